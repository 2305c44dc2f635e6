import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks/index.ts';
import { validateDocument } from '../document/validate.ts';
import { area, difference, isEmpty, offset, regionFromPath } from '../geometry/index.ts';
import { dieRegionOf, itemRegion, metalRegionOf, pinBounds } from '../kinds/index.ts';
import { newPin, type PinShape } from './newPin.ts';

const base = { name: 'Fox badge', widthMm: 30, heightMm: 24, rimMm: 0.8, profile: 'hard-enamel', plating: 'gold' as const };

describe('newPin', () => {
  it.each(['round', 'rectangle', 'rounded-rectangle', 'shield'] as PinShape[])('%s: a die line of the size asked, a rim of the width asked inside it, ready to draw on', (shape) => {
    const r = newPin({ ...base, shape });
    if (!r.ok) throw new Error(r.reason);
    const doc = r.value;
    expect(validateDocument(doc).ok).toBe(true);
    const b = pinBounds(doc);
    expect(b.maxX - b.minX).toBeCloseTo(30, 1);
    expect(b.maxY - b.minY).toBeCloseTo(shape === 'round' ? 30 : 24, 1);
    const items = doc.order.map((id) => doc.items[id]!);
    const die = dieRegionOf(items);
    const rim = metalRegionOf(items);
    // The rim is exactly the die minus its 0.8 mm inset: nothing of it outside, nothing inside missing.
    expect(isEmpty(difference(rim, offset(die, 0.001)))).toBe(true);
    expect(area(difference(difference(die, offset(die, -0.8)), rim))).toBeLessThan(0.01);
    const checks = runChecks(doc);
    if (!checks.ok) throw new Error(checks.reason);
    expect(checks.report.violations.map((v) => v.rule).filter((x) => x !== 'fill-gap')).toEqual([]);
    expect(doc.spec.posts).toHaveLength(1);
    expect(itemRegion(doc.items.outline!)).toEqual(regionFromPath(doc.items.outline!.kind === 'outline' ? doc.items.outline!.path : []));
  });

  it('takes the profile and plating, and starts blank for "from the artwork"', () => {
    const r = newPin({ ...base, shape: 'from-artwork', profile: 'soft-enamel', plating: 'black-nickel' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.order).toEqual([]);
    expect(r.value.checks.profile).toBe('soft-enamel');
    expect(r.value.spec).toMatchObject({ process: 'soft-enamel', plating: 'black-nickel' });
    expect(r.value.artboard).toEqual({ width: 32, height: 26 });
  });

  it('refuses impossible numbers with the reason', () => {
    expect(newPin({ ...base, shape: 'round', widthMm: 2 })).toEqual({ ok: false, reason: 'The width must be between 5 and 150 mm (got 2 mm).' });
    expect(newPin({ ...base, shape: 'rectangle', heightMm: Number.NaN })).toEqual({ ok: false, reason: 'The height must be between 5 and 150 mm (got no number).' });
    expect(newPin({ ...base, shape: 'round', rimMm: 9 })).toMatchObject({ ok: false, reason: expect.stringMatching(/^The rim must be between 0.2 mm and 7.5 mm/) });
    expect(newPin({ ...base, shape: 'round', name: '  ' })).toEqual({ ok: false, reason: 'Give the pin a name.' });
  });
});
