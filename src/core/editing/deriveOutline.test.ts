import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks/index.ts';
import { pin, PMS } from '../document/builders.ts';
import { area, ellipsePath, rectPath } from '../geometry/index.ts';
import { itemRegion } from '../kinds/index.ts';
import { deriveOutline } from './deriveOutline.ts';

describe('die line from the artwork', () => {
  it('grows the silhouette by the rim and makes the band metal: no enamel at the edge', () => {
    const doc = pin('Art', 30, 30).fill(ellipsePath(15, 15, 10), PMS.red186, { id: 'disc' }).strokePath(ellipsePath(15, 15, 10), 0.4, 'ring')
      .spec({ posts: [{ x: 15, y: 15 }] }).build();
    const r = deriveOutline(doc, 1, { outline: 'die', rim: 'rim' });
    if (!r.ok) throw new Error(r.reason);
    expect(area(itemRegion(r.outline))).toBeCloseTo(Math.PI * 11.2 * 11.2, 0);
    const next = { ...doc, items: { ...doc.items, die: r.outline, rim: r.rim }, order: ['die', ...doc.order, 'rim'] };
    const run = runChecks(next);
    expect(run.ok && run.report.violations.filter((v) => v.severity === 'error').map((v) => v.rule)).toEqual([]);
  });

  it('replaces existing die lines and refuses impossible input', () => {
    const doc = pin().rectOutline(0, 0, 5, 5, 'old').metalArea(rectPath(1, 1, 3, 3)).build();
    const r = deriveOutline(doc, 0.5, { outline: 'die', rim: 'rim' });
    expect(r.ok && r.removed).toEqual(['old']);
    expect(deriveOutline(doc, 0, { outline: 'a', rim: 'b' })).toMatchObject({ ok: false, reason: expect.stringMatching(/between 0 and 10/) });
    expect(deriveOutline(pin().build(), 1, { outline: 'a', rim: 'b' })).toMatchObject({ ok: false, reason: expect.stringMatching(/Draw some artwork/) });
  });
});
