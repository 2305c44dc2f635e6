import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/core/checks/index.ts';
import { importSvg } from '../src/core/io/svg/import.ts';

// 50 real emoji (Twemoji, test/fixtures/twemoji) at 25 mm: exact findings per file, so a change
// to the checks shows what it did to artwork nobody drew for Pinsmith.

const dir = new URL('./fixtures/twemoji/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, Record<string, number>>;
const files = readdirSync(dir).filter((f) => f.endsWith('.svg')).sort();

/** The findings of one emoji at 25 mm, counted by severity and rule. */
export function twemojiCounts(file: string): Record<string, number> {
  const svg = readFileSync(new URL(file, dir), 'utf8').replace('<svg ', '<svg width="25mm" height="25mm" ');
  const r = importSvg(svg, { name: file });
  if (!r.ok) return { [`unreadable: ${r.error}`]: 1 };
  const run = runChecks(r.doc);
  if (!run.ok) return { [`failed: ${run.reason}`]: 1 };
  const counts: Record<string, number> = {};
  for (const v of run.report.violations) counts[`${v.severity} ${v.rule}`] = (counts[`${v.severity} ${v.rule}`] ?? 0) + 1;
  return counts;
}

describe('50 Twemoji at 25 mm', () => {
  it('lists every file in expected.json', () => {
    expect(files.length).toBe(50);
    expect(Object.keys(expected).sort()).toEqual(files);
  });
  it.each(files)('%s', (file) => {
    expect(twemojiCounts(file)).toEqual(expected[file]);
  });
});
