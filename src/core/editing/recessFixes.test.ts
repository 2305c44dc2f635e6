import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks/index.ts';
import type { PinDocument } from '../document/types.ts';
import { importSvg } from '../io/svg/import.ts';
import { recessFixes } from './recessFixes.ts';

/** The sample badge with its meadow fill left out: a bare recess at the bottom. */
function badgeWithoutMeadow(): PinDocument {
  const svg = readFileSync(new URL('../../../test/fixtures/samples/mountain-badge.svg', import.meta.url), 'utf8')
    .replace(/<path data-pantone="362 C"[^>]*\/>/, '');
  const r = importSvg(svg, { name: 'no meadow' });
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}
const gaps = (doc: PinDocument) => {
  const r = runChecks(doc);
  if (!r.ok) throw new Error(r.reason);
  return r.report.violations.filter((v) => v.rule === 'fill-gap');
};

describe('recessFixes', () => {
  it('offers fill, metal and cut-out for a bare recess; each clears the finding', () => {
    const doc = badgeWithoutMeadow();
    const [gap] = gaps(doc);
    expect(gap).toBeDefined();
    const fixes = recessFixes(gap!, (p) => `new-${p}`, { hex: '#FFFFFF', code: 'White' });
    expect(fixes.map((f) => f.kind)).toEqual(['fill', 'metal', 'cutout']);
    for (const f of fixes) {
      const fixed = { ...doc, items: { ...doc.items, [f.item.id]: f.item }, order: [...doc.order, f.item.id] };
      expect(gaps(fixed), f.label).toEqual([]);
    }
  });

  it('no cut-out where a 1.2 mm hole does not fit; nothing for other rules', () => {
    const thin = { rule: 'fill-gap' as const, region: [[0, 0, 5, 0, 5, 1, 0, 1]] };
    expect(recessFixes(thin, (p) => p, { hex: '#FFFFFF' }).map((f) => f.kind)).toEqual(['fill', 'metal']);
    expect(recessFixes({ rule: 'fill-overlap', region: thin.region }, (p) => p, { hex: '#FFFFFF' })).toEqual([]);
  });
});
