import type { FileReport } from '../core/checks/fileReport.ts';

// The readable report of one file; loads nothing of the checks, so the main thread stays light
// while workers check.

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
  for (const cw of r.colourways ?? []) {
    if ('error' in cw) { lines.push(`  colourway "${cw.name}": ${red('cannot check')}: ${cw.error}`); continue; }
    const v = cw.summary.errors === 0 && cw.summary.warnings === 0 ? 'no problems found' : `${cw.summary.errors} error(s), ${cw.summary.warnings} warning(s)`;
    lines.push(`  colourway "${cw.name}": ${cw.summary.errors ? red(v) : v}`);
    for (const x of cw.violations) lines.push(`    ${x.severity === 'error' ? red(pad('error', 7)) : yellow(pad('warning', 7))} ${pad(x.rule, 18)} ${x.message}`);
  }
  return lines.join('\n');
}
