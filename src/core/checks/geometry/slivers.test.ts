import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { difference, ellipsePath, regionFromPath, regionFromRing } from '../../geometry/index.ts';
import { SLIVER_MM, sliverPieces } from './measure.ts';
import { clearlyNoSliver } from './scene.ts';

// The fast path that skips the sliver opening must never skip a real sliver.

/** A convex polygon: points on an ellipse at sorted random angles. */
const convexPolygon = fc.record({
  rx: fc.double({ min: 0.15, max: 6, noNaN: true }), ry: fc.double({ min: 0.15, max: 6, noNaN: true }),
  angles: fc.uniqueArray(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true, maxExcluded: true }), { minLength: 3, maxLength: 14 }),
}).map(({ rx, ry, angles }) => [...angles].sort((a, b) => a - b).flatMap((t) => [5 + rx * Math.cos(t), 5 + ry * Math.sin(t)]));

describe('clearlyNoSliver', () => {
  it('never says "no sliver" for a convex cell that has one', () => {
    fc.assert(fc.property(convexPolygon, (ring) => {
      const cell = regionFromRing(ring);
      if (clearlyNoSliver(cell)) expect(sliverPieces(cell)).toEqual([]);
    }), { numRuns: 300 });
  });

  it('rings (a disc with a round hole) too; and it does not skip thin or sharp cells', () => {
    fc.assert(fc.property(fc.double({ min: 0.5, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 0.9, noNaN: true }), (r, k) => {
      const ring = difference(regionFromPath(ellipsePath(5, 5, r)), regionFromPath(ellipsePath(5, 5, r * k)));
      if (clearlyNoSliver(ring)) expect(sliverPieces(ring)).toEqual([]);
    }), { numRuns: 100 });
    expect(clearlyNoSliver(regionFromRing([0, 0, 10, 0, 10, 2 * SLIVER_MM, 0, 2 * SLIVER_MM]))).toBe(false);
    expect(clearlyNoSliver(regionFromRing([0, 0, 10, 0, 0, 0.5]))).toBe(false);
    expect(sliverPieces(regionFromRing([0, 0, 10, 0, 10, 0.02, 0, 0.02])).length).toBe(1);
  });
});
