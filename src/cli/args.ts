// The command line's one argument reader, shared by every command: `--name value`, `--name=value`,
// short aliases, and `--` ending the options (so a file named `-x.svg` can be given).

export interface OptionSpec {
  /** Options that take no value. */
  boolean: readonly string[];
  /** Options that take a value. */
  valued: readonly string[];
  /** Short spellings: `-o` → `--out`. */
  short?: Readonly<Record<string, string>>;
}

export type ParsedArgs =
  | { ok: true; flags: Set<string>; values: Map<string, string>; positionals: string[] }
  | { ok: false; error: string };

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = eq > 0 ? arg.slice(0, eq) : arg;
    const name = spec.short?.[written] ?? written;
    if (spec.boolean.includes(name)) {
      if (eq > 0) return { ok: false, error: `${name} takes no value (got "${arg}")` };
      flags.add(name);
    } else if (spec.valued.includes(name)) {
      if (eq > 0) {
        values.set(name, arg.slice(eq + 1));
        continue;
      }
      const v = argv[i + 1];
      if (v === undefined) return { ok: false, error: `${written} needs a value` };
      if (v.startsWith('-') && v !== '-') return { ok: false, error: `${written} needs a value (got the option "${v}"; write ${name}=${v} for a value that starts with "-")` };
      values.set(name, v);
      i++;
    } else {
      return { ok: false, error: `unknown option "${arg}" (a file whose name starts with "-" goes after "--")` };
    }
  }
  return { ok: true, flags, values, positionals };
}

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
