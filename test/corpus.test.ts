import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/cli/check.ts';
import { reportProblem } from './fuzz/target.ts';

// The regression corpus (KiCad style): real-looking pins, each named after what it pins, with the
// exact count of findings per severity and rule. A failure prints every finding of that pin.

const dir = new URL('./corpus/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, Record<string, number>>;
const files = readdirSync(dir).filter((f) => /\.(svg|pin\.json)$/.test(f)).sort();

describe('regression corpus', () => {
  it('lists every pin in expected.json, and only those', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s', async (file) => {
    const report = await checkFile(new URL(file, dir).pathname, {});
    expect(report.error, `could not check ${file}: ${report.error}`).toBeUndefined();
    // Every number of every report is finite (JSON would print null for NaN and Infinity), and every message ours.
    expect(reportProblem(report), file).toBeUndefined();
    const counts: Record<string, number> = {};
    for (const v of report.violations ?? []) counts[`${v.severity} ${v.rule}`] = (counts[`${v.severity} ${v.rule}`] ?? 0) + 1;
    const readable = (report.violations ?? []).map((v) => `  ${v.severity} ${v.rule} at (${v.at.x}, ${v.at.y}) [${v.items.join(', ')}]${v.measured !== undefined ? ` measured ${v.measured}` : ''}: ${v.message}`).join('\n') || '  (no findings)';
    expect(counts, `${file}: findings differ from test/corpus/expected.json. All findings:\n${readable}`).toEqual(expected[file]);
  });

  it('a width finding prints the measurement that set its severity (corpus and the 50 Twemoji)', async () => {
    const { importSvg } = await import('../src/core/io/svg/import.ts');
    const { runChecks } = await import('../src/core/checks/index.ts');
    const emoji = new URL('./fixtures/twemoji/', import.meta.url);
    const reports = [
      ...await Promise.all(files.map(async (f) => ({ file: f, violations: (await checkFile(new URL(f, dir).pathname, {})).violations ?? [] }))),
      ...readdirSync(emoji).filter((f) => f.endsWith('.svg')).map((f) => {
        const r = importSvg(readFileSync(new URL(f, emoji), 'utf8').replace('<svg ', '<svg width="25mm" height="25mm" '), { name: f });
        const run = r.ok ? runChecks(r.doc) : undefined;
        return { file: f, violations: run?.ok ? run.report.violations : [] };
      }),
    ];
    let seen = 0;
    for (const { file, violations } of reports) {
      for (const v of violations.filter((x) => x.rule === 'enamel-too-narrow' && x.measured !== undefined)) {
        seen++;
        expect(v.severity === 'error', `${file}: ${v.severity} at ${v.measured} mm: ${v.message}`).toBe(v.measured! < 0.3 - 1e-6);
        expect(v.message, file).toContain(`${Number(v.measured!.toFixed(3))} mm`);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('an ordinary yellow is never offered a neon ink: #FCEA2B gets 3945 C, not the fluorescent 803 C', async () => {
    const report = await checkFile(new URL('neon-adjacent-yellow.svg', dir).pathname, {});
    const off = (report.violations ?? []).find((v) => v.rule === 'color-off-palette');
    expect(off?.suggestion).toMatchObject({ kind: 'snap-color', code: '3945 C' });
    expect(JSON.stringify(off)).not.toContain('803 C');
  });

  it('clean pins have no errors', () => {
    for (const f of ['cat-mascot.svg', 'mountain-badge.svg', 'illustrator-star-badge.svg', 'mosaic-100-clean.pin.json', 'figma-heart-centred-rim.svg']) {
      expect(Object.keys(expected[f]!).filter((k) => k.startsWith('error')), f).toEqual([]);
    }
  });
});
