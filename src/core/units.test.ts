import { describe, expect, it } from 'vitest';
import { formatMm, isAbove, isBelow, nearlyEqual, roundMm, toMm, unitToMm } from './units.ts';

describe('units', () => {
  it('converts every SVG unit to mm', () => {
    expect(toMm(1, 'in')).toBe(25.4);
    expect(toMm(72, 'pt')).toBeCloseTo(25.4, 12);
    expect(toMm(6, 'pc')).toBeCloseTo(25.4, 12);
    expect(toMm(96, 'px')).toBeCloseTo(25.4, 12);
    expect(toMm(2, 'cm')).toBe(20);
    expect(unitToMm('')).toBeCloseTo(25.4 / 96, 12);
    expect(unitToMm('furlong')).toBeUndefined();
  });
});

describe('tolerant comparisons', () => {
  it('a value exactly at the limit is not below it, even with float noise', () => {
    expect(0.1 + 0.2 < 0.3).toBe(false); // the float noise is real…
    expect(isBelow(0.1 + 0.2, 0.3)).toBe(false); // …and does not flip a verdict
    expect(isBelow(0.3 - 1e-9, 0.3)).toBe(false);
    expect(isBelow(0.2999, 0.3)).toBe(true);
    expect(isAbove(76.2 + 1e-9, 76.2)).toBe(false);
    expect(isAbove(76.3, 76.2)).toBe(true);
    expect(nearlyEqual(0.2, 0.19999999)).toBe(true);
  });

  it('rounds for display so 0.2 is never 0.19999', () => {
    expect(roundMm(0.19999999)).toBe(0.2);
    expect(roundMm(-0.0000001)).toBe(0);
    expect(formatMm(0.15)).toBe('0.15 mm');
  });
});
