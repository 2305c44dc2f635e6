import { describe, expect, it } from 'vitest';
import { barPin } from '../../../test/support/pins.ts';
import { colorAreas } from './colorAreas.ts';

describe('colour areas', () => {
  it('measures the enamel each colour will really have (fills minus metal, in the die)', () => {
    const areas = colorAreas(barPin().build());
    // Each half: 10 × 10 minus the 1 mm rim and half the 0.4 mm wall → 8.8 × 8.
    expect(areas.map((a) => a.color.code)).toEqual(['186 C', '286 C']);
    for (const a of areas) expect(a.area).toBeCloseTo(8.8 * 8, 6);
  });
});
