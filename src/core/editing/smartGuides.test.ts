import { describe, expect, it } from 'vitest';
import { smartSnap } from './smartGuides.ts';

const box = (minX: number, minY: number, w: number, h: number) => ({ minX, minY, maxX: minX + w, maxY: minY + h });

describe('smart guides', () => {
  it('pull an edge or a centre onto a neighbour\'s, with the guide where it caught', () => {
    const r = smartSnap(box(10.2, 20, 4, 4), [box(0, 0, 4, 4), box(10, 0, 2, 2)], 0.5);
    expect(r.dx).toBeCloseTo(-0.2, 9);
    expect(r.dy).toBe(0);
    expect(r.guides).toEqual([{ axis: 'x', at: 10, from: 0, to: 24 }]);
    const c = smartSnap(box(0.3, 10, 4, 4), [box(1, 0, 2, 2)], 0.5);
    expect(c.dx).toBeCloseTo(-0.3, 9); // centres: 2.3 → 2
  });
  it('pull onto equal spacing after two neighbours', () => {
    const r = smartSnap(box(12.3, 0, 2, 2), [box(0, 0, 2, 2), box(6, 0, 2, 2)], 0.5);
    expect(r.dx).toBeCloseTo(-0.3, 9); // gap 4: 8 + 4 = 12
    expect(r.guides[0]).toMatchObject({ axis: 'x', at: 12 });
  });
  it('let go beyond the tolerance', () => {
    expect(smartSnap(box(20, 20, 2, 2), [box(0, 0, 2, 2)], 0.5)).toEqual({ dx: 0, dy: 0, guides: [] });
  });
});
