import { describe, expect, it } from 'vitest';
import { difference, ellipsePath, offset, regionFromPath, isEmpty, type Region } from '../geometry/index.ts';
import { calloutPlacements } from './callouts.ts';
import type { ColourFact } from './facts.ts';

const colour = (n: number, region: Region, anchor: { x: number; y: number }): ColourFact =>
  ({ n, color: { hex: '#000000' }, spotName: `c${n}`, label: `c${n}`, inkHex: '#000000', areaMm2: 0, finishes: [], region, anchor });

describe('calloutPlacements', () => {
  // 10 pt per mm; a callout circle of 5.5 pt is 0.55 mm: it needs a colour 1.3 mm across to sit on.
  const k = 10;
  const r = 5.5;
  const sheet = (p: { x: number; y: number }) => ({ x: 100 + p.x * k, y: 500 - p.y * k });
  const field = difference(regionFromPath(ellipsePath(10, 10, 8)), regionFromPath(ellipsePath(10, 10, 0.5)));
  const nose = regionFromPath(ellipsePath(10, 10, 0.4)); // 0.5 mm²: no circle fits on it

  it('puts a callout on its colour where the whole circle fits, clear of every other colour', () => {
    const [big] = calloutPlacements([colour(1, field, { x: 10, y: 4 })], k, r, 20, sheet);
    expect(big!.inside).toBe(true);
    // The circle (and its 1 pt margin) lies wholly inside the colour.
    const circle = regionFromPath(ellipsePath(big!.at.x, big!.at.y, (r + 0.9) / k));
    expect(isEmpty(difference(circle, field))).toBe(true);
  });

  it('a colour too small for a circle gets it outside, in the column, with a leader to a point on the colour', () => {
    const placed = calloutPlacements([colour(1, field, { x: 10, y: 4 }), colour(2, nose, { x: 10, y: 10 })], k, r, 20, sheet);
    const small = placed.find((p) => p.n === 2)!;
    expect(small.inside).toBe(false);
    expect(small.label.x).toBe(20);
    expect(isEmpty(difference(regionFromPath(ellipsePath(small.at.x, small.at.y, 0.01)), offset(nose, 0.001)))).toBe(true);
  });

  it('outside callouts never overlap, however close their colours are', () => {
    const dots = [0, 1, 2, 3].map((i) => colour(i + 1, regionFromPath(ellipsePath(5 + i * 0.2, 5, 0.2)), { x: 5 + i * 0.2, y: 5 }));
    const placed = calloutPlacements(dots, k, r, 20, sheet);
    const ys = placed.map((p) => p.label.y).sort((a, b) => b - a);
    for (let i = 1; i < ys.length; i++) expect(ys[i - 1]! - ys[i]!).toBeGreaterThanOrEqual(2 * r);
  });
});
