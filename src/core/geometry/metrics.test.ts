import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestBrute, closestGridded, type Seg } from './metrics.ts';

const seg = (span: number) => fc.record({
  ax: fc.integer({ min: -span, max: span }), ay: fc.integer({ min: -span, max: span }),
  bx: fc.integer({ min: -span, max: span }), by: fc.integer({ min: -span, max: span }),
});

describe('closest pair of edges', () => {
  it('the grid search finds exactly the minimum that measuring every pair finds', () => {
    fc.assert(fc.property(fc.array(seg(5000), { minLength: 1, maxLength: 60 }), fc.array(seg(5000), { minLength: 1, maxLength: 90 }), (a: Seg[], b: Seg[]) => {
      expect(closestGridded(a, b)).toBe(closestBrute(a, b));
    }), { numRuns: 300 });
  });
  it('also when one side is far outside the other side\'s grid, or all its edges are short', () => {
    fc.assert(fc.property(fc.array(seg(50), { minLength: 1, maxLength: 40 }), fc.array(seg(200000), { minLength: 1, maxLength: 40 }), (a: Seg[], b: Seg[]) => {
      const far = a.map((s) => ({ ax: s.ax + 90000, ay: s.ay - 300000, bx: s.bx + 90000, by: s.by - 300000 }));
      expect(closestGridded(far, b)).toBe(closestBrute(far, b));
      expect(closestGridded(b, a)).toBe(closestBrute(b, a));
    }), { numRuns: 200 });
  });
});
