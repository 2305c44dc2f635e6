import { PROFILES } from '../core/checks/profiles.ts';
import { normalizeHex } from '../core/palette/codes.ts';
import { isCalendarDate, parseArgs, type OptionSpec } from './args.ts';
import { guardOutput } from './fsErrors.ts';
import type { FileReport } from '../core/checks/fileReport.ts';
import type { ExportOptions } from './export.ts';

// Each command loads only what it needs: --help loads nothing, check never loads the export
// stack (pdf-lib, fonts, the PNG renderer).

const DEFAULT_TIMEOUT_S = 30;

const USAGE = `Usage:
  pinsmith check <file|folder>... [--files-from FILE|-] [--profile ID] [--json] [--regions]
                 [--metal-color HEX] [--timeout SECONDS]
  pinsmith export <file> [-o bundle.zip] [--profile ID] [--date YYYY-MM-DD] [--paper a4|letter] [--reason TEXT]
  pinsmith trace <drawing.png|.jpg> --size 30mm [-o pin.pin.json] [--mode line-art|flat-colour]
                 [--colours N] [--threshold 0-255] [--detail 0-1] [--smoothness 0-1] [--rim MM] [--no-walls]
                 [--fill-cells PMS]

  Checks .svg, .pdf or .ai artwork or .pin.json projects against a factory profile. A folder
  means every such file in it and below it. Put file names that start with "-" after "--".
  Profiles: ${PROFILES.map((p) => p.id).join(', ')} (default: the file's own, else hard-enamel)
  --files-from    read more paths from FILE, one a line ("-" reads them from stdin)
  --json          one JSON array on stdout, one report per file, in input order
  --regions       with --json: each finding's outline as rings in mm (large; off by default)
  --metal-color   for SVGs without layers: the fill colour that means metal (default #000000)
  --timeout       seconds a file may take before it is reported as not checked (default ${DEFAULT_TIMEOUT_S})

  export writes the factory bundle (proof.pdf, artwork.svg, layers/, proof.png, spec.json,
  check-report.json, design.pin.json, swatches.ase, README.txt). A design with errors is only
  exported with --reason, which is printed on the proof. --date is the proof's date (default today).

  trace makes a pin from a drawing: dark lines become raised metal at their real width at --size
  (the pin's longest side, die line included; mm, cm or in), colour areas enamel snapped to the
  nearest PMS colour (at most --colours, default 6), a die line with a --rim (default 1 mm). The
  mode is guessed from the image when not given; --fill-cells fills a line drawing's cells with one
  enamel (e.g. White) instead of leaving them for the bucket. Exit status 0 when the pin is written.

Exit status: 0 no errors, 1 errors found (or a file could not be read), 2 bad usage.`;

const CHECK_OPTIONS: OptionSpec = { boolean: ['--json', '--regions'], valued: ['--profile', '--metal-color', '--timeout', '--files-from'] };
const TRACE_OPTIONS: OptionSpec = { boolean: ['--no-walls'], valued: ['--out', '--size', '--mode', '--colours', '--threshold', '--detail', '--smoothness', '--rim', '--fill-cells'], short: { '-o': '--out' } };
const EXPORT_OPTIONS: OptionSpec = { boolean: [], valued: ['--out', '--profile', '--metal-color', '--date', '--paper', '--reason'], short: { '-o': '--out' } };

class UsageError extends Error {}

function usage(command: string, message: string): never {
  throw new UsageError(`pinsmith${command ? ` ${command}` : ''}: ${message}`);
}

/** Values every command reads the same way, checked before any file is opened. */
function commonValues(command: string, values: Map<string, string>): { profile?: string; metalColor?: string } {
  const profile = values.get('--profile');
  if (profile !== undefined && !PROFILES.some((p) => p.id === profile)) usage(command, `unknown profile "${profile}" (known: ${PROFILES.map((p) => p.id).join(', ')})`);
  const metal = values.get('--metal-color');
  if (metal !== undefined && !normalizeHex(metal)) usage(command, `--metal-color is a hex colour like #000000 (got "${metal}")`);
  return { ...(profile ? { profile } : {}), ...(metal ? { metalColor: metal } : {}) };
}

export async function main(argv: string[]): Promise<number> {
  guardOutput();
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  try {
    if (command === 'export') return await exportCommand(rest);
    if (command === 'check') return await checkCommand(rest);
    if (command === 'trace') return await traceCommand(rest);
    usage('', `unknown command "${command}"`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n\n${USAGE}\n`);
    return 2;
  }
}

async function checkCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, CHECK_OPTIONS);
  if (!parsed.ok) usage('check', parsed.error);
  const { flags, values, positionals } = parsed;
  const common = commonValues('check', values);
  const timeoutText = values.get('--timeout');
  const timeoutS = timeoutText === undefined ? DEFAULT_TIMEOUT_S : Number(timeoutText);
  if (!(timeoutS > 0 && timeoutS <= 86_400)) usage('check', `--timeout is a number of seconds above 0 (got "${timeoutText}")`);
  const { expandInputs, readFileList } = await import('./inputs.ts');
  const listed = values.has('--files-from') ? await readFileList(values.get('--files-from')!) : { ok: true as const, paths: [] };
  if (!listed.ok) usage('check', listed.error);
  const files = await expandInputs([...positionals, ...listed.paths]);
  if (!files.length) usage('check', 'no files given');

  // The checks stop starting new work at three quarters of the timeout and report what they did
  // not finish; the watchdog at the full timeout catches a single step that never returns.
  const opts = { ...common, ...(flags.has('--regions') ? { regions: true } : {}), budgetMs: timeoutS * 750 };
  const [{ formatText }, { checkFiles }] = await Promise.all([import('./format.ts'), import('./checkPool.ts')]);
  // The worker script sits beside this one, built or not.
  const worker = new URL(import.meta.url.endsWith('.ts') ? './checkWorker.ts' : './check-worker.js', import.meta.url);
  const json = flags.has('--json');
  // Reports are written as soon as every file before them is done, so a long batch shows progress
  // and its output never waits in memory; the JSON stays one array in input order.
  const done = new Map<number, FileReport>();
  let written = 0;
  const write = (s: string) => process.stdout.write(s);
  if (json) write('[');
  const flush = () => {
    while (done.has(written)) {
      const r = done.get(written)!;
      done.delete(written);
      if (json) write(`${written ? ',' : ''}\n${JSON.stringify(r, null, 2).replace(/^/gm, '  ')}`);
      else write(`${written ? '\n' : ''}${formatText(r, !!process.stdout.isTTY)}\n`);
      written++;
    }
  };
  let failed = false;
  await checkFiles(files, opts, worker, { timeoutMs: timeoutS * 1000 }, (i, r) => {
    failed ||= !!r.error || (r.summary?.errors ?? 0) > 0 || (r.colourways ?? []).some((cw) => 'error' in cw || cw.summary.errors > 0);
    done.set(i, r);
    flush();
  });
  if (json) write('\n]\n');
  return failed ? 1 : 0;
}

async function exportCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, EXPORT_OPTIONS);
  if (!parsed.ok) usage('export', parsed.error);
  const { values, positionals } = parsed;
  if (positionals.length !== 1) usage('export', `give exactly one design file (got ${positionals.length})`);
  const opts: ExportOptions = commonValues('export', values);
  const paper = values.get('--paper');
  if (paper !== undefined) {
    if (paper !== 'a4' && paper !== 'letter') usage('export', `--paper is a4 or letter (got "${paper}")`);
    opts.paper = paper;
  }
  const date = values.get('--date');
  if (date !== undefined) {
    if (!isCalendarDate(date)) usage('export', `--date is a real date written YYYY-MM-DD (got "${date}")`);
    opts.date = date;
  }
  if (values.has('--out')) opts.out = values.get('--out')!;
  if (values.has('--reason')) opts.reason = values.get('--reason')!;
  const { exportFile } = await import('./export.ts');
  const r = await exportFile(positionals[0]!, opts);
  process.stdout.write(r.out);
  process.stderr.write(r.err);
  return r.status;
}

async function traceCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, TRACE_OPTIONS);
  if (!parsed.ok) usage('trace', parsed.error);
  const { values, positionals, flags } = parsed;
  if (positionals.length !== 1) usage('trace', `give exactly one PNG or JPEG drawing (got ${positionals.length})`);
  const { readLengthMm, traceFile } = await import('./trace.ts');
  const sizeText = values.get('--size');
  if (sizeText === undefined) usage('trace', '--size is needed: the pin\'s longest side, like 30mm or 1.25in');
  const sizeMm = readLengthMm(sizeText);
  if (sizeMm === undefined) usage('trace', `--size is a length like 30mm, 3cm or 1.25in (got "${sizeText}")`);
  const mode = values.get('--mode');
  if (mode !== undefined && mode !== 'line-art' && mode !== 'flat-colour') usage('trace', `--mode is line-art or flat-colour (got "${mode}")`);
  const num = (name: string, ok: (v: number) => boolean, what: string) => {
    const t = values.get(name);
    if (t === undefined) return undefined;
    const v = Number(t);
    if (t.trim() === '' || !Number.isFinite(v) || !ok(v)) usage('trace', `${name} is ${what} (got "${t}")`);
    return v;
  };
  const colours = num('--colours', (v) => Number.isInteger(v) && v >= 1 && v <= 12, 'a whole number from 1 to 12');
  const threshold = num('--threshold', (v) => v >= 0 && v <= 255, 'a number from 0 to 255');
  const detail = num('--detail', (v) => v >= 0 && v <= 1, 'a number from 0 to 1');
  const smoothness = num('--smoothness', (v) => v >= 0 && v <= 1, 'a number from 0 to 1');
  const rimText = values.get('--rim');
  const rimMm = rimText === undefined ? undefined : readLengthMm(rimText);
  if (rimText !== undefined && rimMm === undefined) usage('trace', `--rim is a length like 1mm (got "${rimText}")`);
  const fillText = values.get('--fill-cells');
  let fillCells: { hex: string; code: string } | undefined;
  if (fillText !== undefined) {
    const { pantoneSolidCoated } = await import('../core/palette/pantone.ts');
    const e = pantoneSolidCoated().find(fillText);
    if (!e) usage('trace', `--fill-cells is a PMS code like White or 186 C (got "${fillText}")`);
    fillCells = { hex: e.hex, code: e.code };
  }
  const r = await traceFile(positionals[0]!, {
    ...(fillCells ? { fillCells } : {}),
    sizeMm, ...(mode ? { mode } : {}), ...(colours !== undefined ? { colours } : {}), ...(threshold !== undefined ? { threshold } : {}),
    ...(detail !== undefined ? { detail } : {}), ...(smoothness !== undefined ? { smoothness } : {}), ...(rimMm !== undefined ? { rimMm } : {}),
    ...(flags.has('--no-walls') ? { walls: false } : {}), ...(values.has('--out') ? { out: values.get('--out')! } : {}),
  });
  process.stdout.write(r.out);
  process.stderr.write(r.err);
  return r.status;
}
