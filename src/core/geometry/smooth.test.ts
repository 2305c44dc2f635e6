import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simplify, smoothFreehand } from './smooth.ts';
import { polygonPath, starPath } from './shapes.ts';

describe('smoothFreehand', () => {
  it('turns a jittery trail into a few smooth anchors that follow it', () => {
    const trail = Array.from({ length: 200 }, (_, i) => ({ x: i * 0.1, y: Math.sin(i / 20) * 3 + (i % 2 ? 0.01 : -0.01) }));
    const sp = smoothFreehand(trail, 0.05);
    expect(sp).not.toBeNull();
    expect(sp!.segments.length).toBeLessThan(30);
    expect(sp!.segments.length).toBeGreaterThan(4);
    expect(sp!.segments.slice(1, -1).every((s) => s.hin && s.hout)).toBe(true);
    expect(sp!.segments[0]).toEqual({ x: 0, y: trail[0]!.y });
  });
  it('ignores non-finite points and gives null for a dot', () => {
    expect(smoothFreehand([{ x: 1, y: 1 }, { x: 1, y: 1 }, { x: Number.NaN, y: 0 }], 0.05)).toBeNull();
  });
  it('closes a loop when asked and the ends meet', () => {
    const ring = Array.from({ length: 64 }, (_, i) => ({ x: Math.cos((i / 63) * 2 * Math.PI) * 5, y: Math.sin((i / 63) * 2 * Math.PI) * 5 }));
    const sp = smoothFreehand(ring, 0.05, true)!;
    expect(sp.closed).toBe(true);
    expect(sp.segments.every((s) => s.hin && s.hout)).toBe(true);
  });
  it('simplify keeps every point farther than the tolerance from the result (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ x: fc.double({ min: -50, max: 50, noNaN: true }), y: fc.double({ min: -50, max: 50, noNaN: true }) }), { minLength: 3, maxLength: 60 }), (pts) => {
      const kept = simplify(pts, 0.1);
      expect(kept[0]).toBe(pts[0]);
      expect(kept[kept.length - 1]).toBe(pts[pts.length - 1]);
      expect(kept.length).toBeLessThanOrEqual(pts.length);
    }));
  });
});

describe('polygon and star', () => {
  it('puts a polygon corner straight up and every corner on the circle', () => {
    const p = polygonPath(10, 10, 5, 6)[0]!;
    expect(p.segments).toHaveLength(6);
    expect(p.segments[0]!.x).toBeCloseTo(10);
    expect(p.segments[0]!.y).toBeCloseTo(5);
    for (const s of p.segments) expect(Math.hypot(s.x - 10, s.y - 10)).toBeCloseTo(5);
  });
  it('alternates outer and inner radius on a star', () => {
    const s = starPath(0, 0, 10, 5, 0.4)[0]!;
    expect(s.segments).toHaveLength(10);
    expect(Math.hypot(s.segments[1]!.x, s.segments[1]!.y)).toBeCloseTo(4);
  });
});
