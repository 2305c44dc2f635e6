import { describe, expect, it } from 'vitest';
import { barPin } from '../../../test/support/pins.ts';
import { runChecks } from '../checks/index.ts';
import { pin, PMS } from '../document/builders.ts';
import { ellipsePath } from '../geometry/index.ts';
import { area } from '../geometry/index.ts';
import { itemRegion } from '../kinds/index.ts';
import { bucketFill } from './bucketFill.ts';

describe('bucket fill', () => {
  it('fills exactly the cell under the point and repaints it without overlaps', () => {
    const doc = barPin().build();
    const r = bucketFill(doc, { x: 15, y: 5 }, PMS.yellow123, 'new');
    if (!r.ok) throw new Error(r.reason);
    // The blue right half was exactly that cell: it is removed, the new fill takes its place.
    expect(r.removed).toEqual(['right']);
    // The cell is 10.2..19 × 1..9, plus 0.05 mm under the metal on each side.
    expect(area(itemRegion(r.fill))).toBeCloseTo((8.8 + 0.1) * (8 + 0.1), 1);
    const next = { ...doc, items: { ...doc.items, new: r.fill }, order: [...doc.order.filter((id) => id !== 'right'), 'new'] };
    delete (next.items as Record<string, unknown>).right;
    const run = runChecks(next);
    expect(run.ok && run.report.summary.errors).toBe(0);
  });

  it('trims other colours that covered the cell', () => {
    const doc = barPin({ leftWidth: 15 }).build(); // red runs under the wall into the right cell
    const r = bucketFill(doc, { x: 17, y: 5 }, PMS.yellow123, 'new');
    if (!r.ok) throw new Error(r.reason);
    expect(r.trimmed.map((t) => t.id).sort()).toEqual(['left']);
    expect(r.removed).toEqual(['right']);
  });

  it('explains instead of flooding: open cells, metal, outside, no die', () => {
    expect(bucketFill(barPin({ rim: 0 }).build(), { x: 5, y: 5 }, PMS.red186, 'x')).toMatchObject({ ok: false, reason: expect.stringMatching(/not closed by metal/) });
    expect(bucketFill(barPin().build(), { x: 10, y: 5 }, PMS.red186, 'x')).toMatchObject({ ok: false, reason: expect.stringMatching(/raised metal/) });
    expect(bucketFill(barPin().build(), { x: 50, y: 5 }, PMS.red186, 'x')).toMatchObject({ ok: false, reason: expect.stringMatching(/outside the pin/) });
    expect(bucketFill(pin().line([[0, 0], [5, 5]], 0.4).build(), { x: 1, y: 1 }, PMS.red186, 'x')).toMatchObject({ ok: false, reason: expect.stringMatching(/die line/) });
  });

  it('fills a round cell inside a ring', () => {
    const doc = barPin().strokePath(ellipsePath(5, 5, 2), 0.4, 'ring').build();
    const r = bucketFill(doc, { x: 5, y: 5 }, PMS.white, 'dot');
    if (!r.ok) throw new Error(r.reason);
    expect(area(itemRegion(r.fill))).toBeCloseTo(Math.PI * 1.85 * 1.85, 1);
  });
});
