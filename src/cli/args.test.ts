import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseArgs } from './args.ts';

const spec = { boolean: ['--json'], valued: ['--profile', '--out'], short: { '-o': '--out' } } as const;

describe('parseArgs', () => {
  it('reads flags, values in both spellings, short aliases and positionals', () => {
    const r = parseArgs(['a.svg', '--json', '--profile', 'soft-enamel', '-o', 'x.zip', 'b.svg'], spec);
    expect(r).toEqual({ ok: true, flags: new Set(['--json']), values: new Map([['--profile', 'soft-enamel'], ['--out', 'x.zip']]), positionals: ['a.svg', 'b.svg'] });
    const eq = parseArgs(['--profile=hard-enamel', '--out=-weird.zip'], spec);
    expect(eq.ok && [...eq.values]).toEqual([['--profile', 'hard-enamel'], ['--out', '-weird.zip']]);
  });

  it('takes everything after -- as a file, even names that start with -', () => {
    const r = parseArgs(['--json', '--', '-x.svg', '--json'], spec);
    expect(r.ok && r.positionals).toEqual(['-x.svg', '--json']);
    expect(r.ok && [...r.flags]).toEqual(['--json']);
  });

  it('refuses unknown options, missing values, options as values and values on flags', () => {
    expect(parseArgs(['-x.svg'], spec)).toEqual({ ok: false, error: expect.stringMatching(/unknown option "-x\.svg".*after "--"/) });
    expect(parseArgs(['--profile'], spec)).toEqual({ ok: false, error: '--profile needs a value' });
    expect(parseArgs(['--profile', '--json'], spec)).toEqual({ ok: false, error: expect.stringMatching(/--profile needs a value .*--profile=--json/) });
    expect(parseArgs(['--json=yes'], spec)).toEqual({ ok: false, error: '--json takes no value (got "--json=yes")' });
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates and refuses impossible or misspelt ones', () => {
    expect(isCalendarDate('2026-11-26')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('bad')).toBe(false);
    expect(isCalendarDate('2026-1-1')).toBe(false);
  });
});
