import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { runChecks } from '../core/checks/index.ts';
import { savePinFile } from '../core/io/pinFile.ts';
import { decodeRaster } from '../core/trace/raster.ts';
import { guessMode, traceImage, type TraceOptions } from '../core/trace/trace.ts';
import { fsProblem } from './fsErrors.ts';

export type TraceCliOptions = Omit<TraceOptions, 'mode' | 'onProgress'> & { mode?: TraceOptions['mode']; out?: string };

/** `pinsmith trace`: a PNG or JPEG drawing into a .pin.json, with what it made and its checks. */
export async function traceFile(file: string, opts: TraceCliOptions): Promise<{ status: number; out: string; err: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    return { status: 1, out: '', err: `pinsmith trace: cannot read ${file}: ${missing ? 'file not found' : fsProblem(e)}\n` };
  }
  const raster = decodeRaster(bytes, basename(file));
  if (!raster.ok) return { status: 1, out: '', err: `pinsmith trace: ${raster.reason}\n` };
  const name = basename(file).replace(/\.(png|jpe?g)$/i, '');
  const mode = opts.mode ?? guessMode(raster.value);
  const { out: target = `${name}.pin.json`, ...rest } = opts;
  const t0 = performance.now();
  const traced = traceImage(raster.value, { ...rest, mode, name });
  if (!traced.ok) return { status: 1, out: '', err: `pinsmith trace: ${file}: ${traced.reason}\n` };
  const ms = performance.now() - t0;
  const { doc, stats } = traced.value;
  try {
    await writeFile(target, savePinFile(doc));
  } catch (e) {
    return { status: 1, out: '', err: `pinsmith trace: cannot write ${target}: ${fsProblem(e)}\n` };
  }
  const checked = runChecks(doc);
  const colours = doc.order.map((id) => doc.items[id]!).flatMap((it) => (it.kind === 'enamel-fill' ? [it.color.code ?? it.color.hex] : []));
  const die = doc.items['traced-die'] ? `, die line with a ${opts.rimMm ?? 1} mm rim` : '';
  const lines = [
    `${target}: ${doc.artboard.width.toFixed(1)} × ${doc.artboard.height.toFixed(1)} mm artboard, traced as ${mode.replace('-', ' ')}${stats.threshold !== undefined ? ` (ink darker than ${stats.threshold})` : ''} from ${stats.imagePx.join(' × ')} px in ${(ms / 1000).toFixed(1)} s`,
    `  metal ${stats.metalMm2.toFixed(1)} mm²${die}; ${colours.length ? `${colours.length} enamel colour(s): ${colours.join(', ')}` : 'no enamel yet'}${stats.cells ? `; ${stats.cells} cell(s) to fill with the bucket` : ''}; ${stats.merged} speck(s) merged`,
    checked.ok ? `  checks (${checked.report.profile}): ${checked.report.summary.errors} error(s), ${checked.report.summary.warnings} warning(s) — open it in Pinsmith to see them` : `  checks: ${checked.reason}`,
  ];
  return { status: 0, out: `${lines.join('\n')}\n`, err: '' };
}

/** "30mm", "30", "1.25in", "3cm" → millimetres; undefined if not a length. */
export function readLengthMm(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|")?\s*$/i.exec(text);
  if (!m) return undefined;
  const v = Number(m[1]);
  const unit = (m[2] ?? 'mm').toLowerCase();
  return unit === 'mm' ? v : unit === 'cm' ? v * 10 : v * 25.4;
}
