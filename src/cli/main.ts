import { PROFILES } from '../core/checks/profiles.ts';
import type { ExportOptions } from './export.ts';

// Each command loads only what it needs: --help loads nothing, check never loads the export
// stack (pdf-lib, fonts, the PNG renderer).

const USAGE = `Usage:
  pinsmith check <file>... [--profile ID] [--json] [--metal-color HEX]
  pinsmith export <file> [-o bundle.zip] [--profile ID] [--date YYYY-MM-DD] [--paper a4|letter] [--reason TEXT]

  Checks .svg artwork or .pin.json projects against a factory profile.
  Profiles: ${PROFILES.map((p) => p.id).join(', ')} (default: the file's own, else hard-enamel)
  --json          one JSON array on stdout, one report per file, in input order
  --metal-color   for SVGs without layers: the fill colour that means metal (default #000000)

  export writes the factory bundle (proof.pdf, artwork.svg, layers/, proof.png, spec.json,
  check-report.json, design.pin.json, swatches.ase, README.txt). A design with errors is only
  exported with --reason, which is printed on the proof. --date is the proof's date (default today).

Exit status: 0 no errors, 1 errors found (or a file could not be read), 2 bad usage.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === 'export') return exportCommand(rest);
  if (command !== 'check') {
    process.stderr.write(`pinsmith: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  let json = false;
  let profile: string | undefined;
  let metalColor: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') json = true;
    else if (a === '--profile' || a === '--metal-color') {
      const v = rest[++i];
      if (!v || v.startsWith('--')) {
        process.stderr.write(`pinsmith: ${a} needs a value\n`);
        return 2;
      }
      if (a === '--profile') profile = v;
      else metalColor = v;
    } else if (a.startsWith('--profile=')) profile = a.slice(10);
    else if (a.startsWith('--metal-color=')) metalColor = a.slice(14);
    else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`pinsmith: unknown option "${a}"\n\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (!files.length) {
    process.stderr.write(`pinsmith check: no files given\n\n${USAGE}\n`);
    return 2;
  }
  if (profile && !PROFILES.some((p) => p.id === profile)) {
    process.stderr.write(`pinsmith: unknown profile "${profile}" (known: ${PROFILES.map((p) => p.id).join(', ')})\n`);
    return 2;
  }
  const opts = { ...(profile ? { profile } : {}), ...(metalColor ? { metalColor } : {}) };
  const [{ formatText }, { checkFiles }] = await Promise.all([import('./check.ts'), import('./checkPool.ts')]);
  // Many files are checked on all cores; the worker script sits beside this one, built or not.
  const worker = new URL(import.meta.url.endsWith('.ts') ? './checkWorker.ts' : './check-worker.js', import.meta.url);
  const reports = await checkFiles(files, opts, worker);
  if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else process.stdout.write(`${reports.map((r) => formatText(r, !!process.stdout.isTTY)).join('\n\n')}\n`);
  return reports.some((r) => r.error || (r.summary?.errors ?? 0) > 0) ? 1 : 0;
}

async function exportCommand(args: string[]): Promise<number> {
  const opts: ExportOptions = {};
  const files: string[] = [];
  const valued = new Set(['-o', '--out', '--profile', '--metal-color', '--date', '--paper', '--reason']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (valued.has(flag)) {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith('-') && v !== '-')) {
        process.stderr.write(`pinsmith export: ${flag} needs a value\n`);
        return 2;
      }
      if (flag === '-o' || flag === '--out') opts.out = v;
      else if (flag === '--profile') opts.profile = v;
      else if (flag === '--metal-color') opts.metalColor = v;
      else if (flag === '--date') opts.date = v;
      else if (flag === '--reason') opts.reason = v;
      else if (v === 'a4' || v === 'letter') opts.paper = v;
      else {
        process.stderr.write(`pinsmith export: --paper is a4 or letter (got "${v}")\n`);
        return 2;
      }
    } else if (a.startsWith('-')) {
      process.stderr.write(`pinsmith export: unknown option "${a}"\n\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length !== 1) {
    process.stderr.write(`pinsmith export: give exactly one design file (got ${files.length})\n\n${USAGE}\n`);
    return 2;
  }
  if (opts.profile && !PROFILES.some((p) => p.id === opts.profile)) {
    process.stderr.write(`pinsmith: unknown profile "${opts.profile}" (known: ${PROFILES.map((p) => p.id).join(', ')})\n`);
    return 2;
  }
  if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
    process.stderr.write(`pinsmith export: --date is YYYY-MM-DD (got "${opts.date}")\n`);
    return 2;
  }
  const { exportFile } = await import('./export.ts');
  const r = await exportFile(files[0]!, opts);
  process.stdout.write(r.out);
  process.stderr.write(r.err);
  return r.status;
}
