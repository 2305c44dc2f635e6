import { PROFILES } from '../core/checks/index.ts';
import { checkFile, formatText } from './check.ts';

const USAGE = `Usage:
  pinsmith check <file>... [--profile ID] [--json] [--metal-color HEX]

  Checks .svg artwork or .pin.json projects against a factory profile.
  Profiles: ${PROFILES.map((p) => p.id).join(', ')} (default: the file's own, else hard-enamel)
  --json          one JSON array on stdout, one report per file, in input order
  --metal-color   for SVGs without layers: the fill colour that means metal (default #000000)

Exit status: 0 no errors, 1 errors found (or a file could not be read), 2 bad usage.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
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
  const reports = [];
  for (const f of files) reports.push(await checkFile(f, opts));
  if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else process.stdout.write(`${reports.map((r) => formatText(r, !!process.stdout.isTTY)).join('\n\n')}\n`);
  return reports.some((r) => r.error || (r.summary?.errors ?? 0) > 0) ? 1 : 0;
}
