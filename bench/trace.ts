import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import jpeg from 'jpeg-js';
import { nodeBundleAssets } from '../src/cli/assets.ts';
import { traceImageFile, type TraceMode } from '../src/core/trace/trace.ts';

/**
 * Tracing a 2000 × 2000 px drawing at 30 mm, from the file's bytes to the pin (decode included):
 * the OpenMoji fox rendered at 2000 px, as a flat-colour PNG and as a line-art JPEG.
 */
export async function benchTrace(reps: number): Promise<{ flatPng: number; lineJpeg: number; png: Uint8Array }> {
  const { renderPng } = await nodeBundleAssets();
  const at2000 = (file: string) => readFileSync(new URL(`../test/fixtures/trace/${file}`, import.meta.url), 'utf8')
    .replace(/<svg\b/, '<svg width="2000" height="2000"').replace(/(<svg[^>]*>)/, '$1<rect width="72" height="72" fill="#fff"/>');
  const flatPng = await renderPng(at2000('fox-colour.svg'));
  const line = decode(await renderPng(at2000('fox-line.svg')));
  const rgba = new Uint8Array(line.width * line.height * 4);
  for (let i = 0; i < line.width * line.height; i++) for (let c = 0; c < 4; c++) rgba[i * 4 + c] = c < line.channels ? line.data[i * line.channels + c]! : 255;
  const lineJpeg = jpeg.encode({ data: rgba, width: line.width, height: line.height }, 85).data;
  const time = (bytes: Uint8Array, mode: TraceMode) => {
    const ms: number[] = [];
    for (let i = 0; i < reps + 1; i++) {
      const t0 = performance.now();
      const r = traceImageFile(bytes, { mode, sizeMm: 30 });
      if (!r.ok) throw new Error(r.reason);
      if (i) ms.push(performance.now() - t0);
    }
    return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
  };
  const out = { flatPng: time(flatPng, 'flat-colour'), lineJpeg: time(new Uint8Array(lineJpeg), 'line-art'), png: flatPng };
  console.log(`trace a 2000 × 2000 px drawing at 30 mm (Node, decode included, median of ${reps}): flat-colour PNG ${out.flatPng.toFixed(0)} ms, line-art JPEG ${out.lineJpeg.toFixed(0)} ms`);
  return out;
}
