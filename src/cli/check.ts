import { readFile } from 'node:fs/promises';
import { runChecks } from '../core/checks/index.ts';
import { toFileReport, type FileReport } from '../core/checks/fileReport.ts';
export type { FileReport };
import type { PinDocument } from '../core/document/types.ts';
import { formatProblems } from '../core/document/validate.ts';
import { loadPinFile } from '../core/io/pinFile.ts';
import { importSvg, type ImportNote } from '../core/io/svg/import.ts';

export interface CheckOptions {
  profile?: string;
  metalColor?: string;
}

export async function loadDesign(file: string, opts: CheckOptions): Promise<{ ok: true; doc: PinDocument; notes: ImportNote[] } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read the file (${code ?? String(e)})` };
  }
  if (/\.pin\.json$|\.json$/i.test(file)) {
    const loaded = loadPinFile(text);
    return loaded.ok ? { ok: true, doc: loaded.doc, notes: [] } : { ok: false, error: `not a valid pin file:\n${formatProblems(loaded.problems)}` };
  }
  if (/\.svg$/i.test(file) || /^\s*(<\?xml|<svg|<!--)/.test(text)) {
    const r = importSvg(text, { name: file.replace(/^.*[\\/]/, '').replace(/\.svg$/i, ''), ...(opts.metalColor ? { metalColor: opts.metalColor } : {}) });
    return r.ok ? { ok: true, doc: r.doc, notes: r.notes } : { ok: false, error: r.error };
  }
  return { ok: false, error: 'not an .svg or .pin.json file' };
}

/** Check one file. Never throws: an unreadable file becomes {file, error}. */
export async function checkFile(file: string, opts: CheckOptions): Promise<FileReport> {
  try {
    const loaded = await loadDesign(file, opts);
    if (!loaded.ok) return { file, error: loaded.error };
    const run = runChecks(loaded.doc, opts.profile ? { profile: opts.profile } : {});
    if (!run.ok) return { file, error: run.reason };
    return toFileReport(file, run.report, loaded.notes);
  } catch (e) {
    return { file, error: `internal error while checking: ${e instanceof Error ? e.message : String(e)}` };
  }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function formatText(r: FileReport, color: boolean): string {
  const red = (s: string) => (color ? `\x1b[31m${s}\x1b[0m` : s);
  const yellow = (s: string) => (color ? `\x1b[33m${s}\x1b[0m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const lines: string[] = [];
  if (r.error) {
    lines.push(`${r.file}`, `  ${red('cannot check')}: ${r.error.replace(/\n/g, '\n    ')}`);
    return lines.join('\n');
  }
  lines.push(`${r.file}  ${dim(`(profile ${r.profile})`)}`);
  for (const n of r.notes ?? []) lines.push(`  ${dim(`import ${n.level}: ${n.message}`)}`);
  for (const v of r.violations ?? []) {
    const sev = v.severity === 'error' ? red(pad('error', 7)) : yellow(pad('warning', 7));
    const where = `(${v.at.x.toFixed(2)}, ${v.at.y.toFixed(2)}) mm`;
    lines.push(`  ${sev} ${pad(v.rule, 18)} ${pad(where, 20)} ${v.message}`);
    if (v.items.length) lines.push(`  ${' '.repeat(7)} ${dim(`items: ${v.items.slice(0, 8).join(', ')}${v.items.length > 8 ? ` (+${v.items.length - 8})` : ''}`)}`);
  }
  if (r.skipped) lines.push(`  ${yellow('note')}: ${r.skipped}`);
  for (const [rule, n] of Object.entries(r.truncated ?? {})) lines.push(`  ${dim(`… ${n} more ${rule} finding(s) not listed`)}`);
  for (const w of r.staleWaivers ?? []) lines.push(`  ${dim(`stale waiver: ${w.rule} at (${w.at.x}, ${w.at.y}) no longer matches a finding ("${w.comment}")`)}`);
  const s = r.summary!;
  const verdict = s.errors === 0 && s.warnings === 0 ? 'no problems found' : `${s.errors} error(s), ${s.warnings} warning(s)`;
  lines.push(`  ${s.errors ? red(verdict) : verdict}${r.waived ? dim(`, ${r.waived} waived`) : ''}`);
  return lines.join('\n');
}
