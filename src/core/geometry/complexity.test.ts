import { describe, expect, it } from 'vitest';
import { crossingPairs } from './complexity.ts';

describe('crossingPairs', () => {
  it('stays near the edge count for an ordinary shape', () => {
    const pts: number[] = [];
    for (let i = 0; i < 2000; i++) pts.push(10 + 8 * Math.cos((i / 2000) * 2 * Math.PI), 10 + 8 * Math.sin((i / 2000) * 2 * Math.PI));
    expect(crossingPairs([{ pts, closed: true }])).toBeLessThan(4000);
  });

  it('grows as n² for edges that swing across each other, and stops counting when told', () => {
    const zig = (n: number) => {
      const pts: number[] = [];
      for (let i = 0; i < n; i++) pts.push(2 + (26 * i) / n, 15 + Math.sin(i) * 5);
      return [{ pts, closed: false }];
    };
    const small = crossingPairs(zig(500), 0.15);
    const big = crossingPairs(zig(2000), 0.15);
    expect(big / small).toBeGreaterThan(10);
    expect(crossingPairs(zig(2000), 0.15, 1000)).toBeLessThan(big);
  });
});
