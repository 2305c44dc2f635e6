import { describe, expect, it } from 'vitest';
import {
  area, components, containsPoint, difference, ellipsePath, flattenPath, interiorPoint, offset, opening,
  parsePathData, pathGeomToData, polylinePath, rectPath, regionBounds, regionFromPath, strokeOutline, transformPath,
  rotate, SpatialIndex, isConformal, skewX, scale, union,
} from './index.ts';

const anchors = (d: string) => {
  const r = parsePathData(d);
  if (!r.ok) throw new Error(r.reason);
  return r.value.map((sp) => ({ closed: sp.closed, pts: sp.segments.map((s) => [Number(s.x.toFixed(6)), Number(s.y.toFixed(6))]) }));
};

describe('path data', () => {
  it('absolute and relative commands, implicit repeats, H/V', () => {
    expect(anchors('M1 1 L3 1 4 2 h1 v1 l-1 1 z')).toEqual([{ closed: true, pts: [[1, 1], [3, 1], [4, 2], [5, 2], [5, 3], [4, 4]] }]);
    expect(anchors('m1 1 2 0 0 2')).toEqual([{ closed: false, pts: [[1, 1], [3, 1], [3, 3]] }]);
  });

  it('compact numbers and packed arc flags as minifiers write them', () => {
    expect(anchors('M.5.5L1-1e1')).toEqual([{ closed: false, pts: [[0.5, 0.5], [1, -10]] }]);
    const arc = anchors('M0 0a1 1 0 00 2 0');
    expect(arc[0]!.pts.at(-1)).toEqual([2, 0]);
  });

  it('S and T reflect the previous control point; Q becomes an exact cubic', () => {
    const r = parsePathData('M0 0 Q1 1 2 0 T4 0');
    expect(r.ok && r.value[0]!.segments).toHaveLength(3);
    const c = parsePathData('M0 0 C0 1 1 1 1 0 S2 -1 2 0');
    expect(c.ok && c.value[0]!.segments[1]!.hout).toEqual({ x: 0, y: -1 });
  });

  it('arcs: the four-quadrant circle has the right area; radii too small are scaled up', () => {
    expect(area(regionFromPath((parsePathData('M0 5 A5 5 0 0 1 10 5 A5 5 0 0 1 0 5Z') as { ok: true; value: never }).value))).toBeCloseTo(25 * Math.PI, 1);
    const small = parsePathData('M0 0 A1 1 0 0 1 10 0');
    expect(small.ok && small.value[0]!.segments.at(-1)).toMatchObject({ x: 10, y: 0 });
  });

  it('errors say what and where', () => {
    expect(parsePathData('L1 1')).toEqual({ ok: false, reason: 'path data must start with a moveto (M or m)' });
    expect(parsePathData('M1 1 L2')).toMatchObject({ ok: false, reason: expect.stringMatching(/missing a number/) });
    expect(parsePathData('M1 1 X')).toMatchObject({ ok: false, reason: expect.stringMatching(/unexpected "X"/) });
  });

  it('round-trips through path data', () => {
    const p = ellipsePath(5, 5, 3, 2);
    const back = parsePathData(pathGeomToData(p, 9));
    expect(back.ok && area(regionFromPath(back.value))).toBeCloseTo(area(regionFromPath(p)), 6);
  });
});

describe('flattening', () => {
  it('stays within tolerance of a circle and never repeats the closing point', () => {
    // A four-cubic circle itself strays 0.027 % of r from the true circle; flattening adds at most the tolerance.
    const [poly] = flattenPath(ellipsePath(0, 0, 10), 0.002);
    for (let i = 0; i < poly!.pts.length; i += 2) expect(Math.abs(Math.hypot(poly!.pts[i]!, poly!.pts[i + 1]!) - 10)).toBeLessThan(0.002 + 0.00028 * 10);
    expect([poly!.pts[0], poly!.pts[1]]).not.toEqual([poly!.pts.at(-2), poly!.pts.at(-1)]);
  });

  it('drops duplicate points', () => {
    expect(flattenPath(polylinePath([[0, 0], [0, 0], [1, 0], [1, 0]], false))[0]!.pts).toEqual([0, 0, 1, 0]);
  });
});

describe('regions (Clipper2)', () => {
  const line = polylinePath([[0, 0], [10, 0]], false);
  it('stroke outlines honour caps', () => {
    expect(area(strokeOutline(line, { width: 1, cap: 'butt', join: 'miter' }))).toBeCloseTo(10, 6);
    expect(area(strokeOutline(line, { width: 1, cap: 'square', join: 'miter' }))).toBeCloseTo(11, 6);
    expect(area(strokeOutline(line, { width: 1, cap: 'round', join: 'round' }))).toBeCloseTo(10 + Math.PI / 4, 1);
  });

  it('zero-length strokes are dots with round or square caps, nothing with butt', () => {
    const dot = polylinePath([[5, 5], [5, 5]], false);
    expect(area(strokeOutline(dot, { width: 1, cap: 'round', join: 'round' }))).toBeCloseTo(Math.PI / 4, 1);
    expect(area(strokeOutline(dot, { width: 1, cap: 'square', join: 'round' }))).toBeCloseTo(1, 6);
    expect(area(strokeOutline(dot, { width: 1, cap: 'butt', join: 'round' }))).toBe(0);
  });

  it('closed strokes are rings', () => {
    expect(area(strokeOutline(rectPath(0, 0, 10, 10), { width: 1, cap: 'butt', join: 'miter' }))).toBeCloseTo(121 - 81, 6);
  });

  it('booleans, offsets, opening', () => {
    const a = regionFromPath(rectPath(0, 0, 10, 10));
    const b = regionFromPath(rectPath(5, 0, 10, 10));
    expect(area(union(a, b))).toBeCloseTo(150, 6);
    expect(area(difference(a, b))).toBeCloseTo(50, 6);
    expect(area(offset(a, -1))).toBeCloseTo(64, 6);
    expect(area(offset(a, 1))).toBeCloseTo(144 - 4 + Math.PI, 1);
    const neck = union(a, regionFromPath(rectPath(10, 4.95, 5, 0.1)), regionFromPath(rectPath(15, 0, 10, 10)));
    expect(components(opening(neck, 0.1))).toHaveLength(2);
  });

  it('components keep holes with their outer, and islands apart', () => {
    const ring = difference(regionFromPath(rectPath(0, 0, 10, 10)), regionFromPath(rectPath(2, 2, 6, 6)));
    const island = regionFromPath(rectPath(4, 4, 2, 2));
    const comps = components(union(ring, island));
    expect(comps.map((c) => Number(area(c).toFixed(6))).sort((x, y) => x - y)).toEqual([4, 64]);
  });

  it('containsPoint and interiorPoint respect holes', () => {
    const ring = difference(regionFromPath(rectPath(0, 0, 10, 10)), regionFromPath(rectPath(2, 2, 6, 6)));
    expect(containsPoint(ring, 5, 5)).toBe(false);
    expect(containsPoint(ring, 1, 5)).toBe(true);
    const p = interiorPoint(ring)!;
    expect(containsPoint(ring, p.x, p.y)).toBe(true);
  });

  it('huge coordinate offsets stay exact', () => {
    const far = regionFromPath(rectPath(50_000, 50_000, 1, 1));
    expect(area(far)).toBeCloseTo(1, 9);
    expect(regionBounds(far).minX).toBe(50_000);
  });
});

describe('affine', () => {
  it('transforms anchors and handles; knows conformal maps', () => {
    const p = transformPath(ellipsePath(0, 0, 1), rotate(90));
    expect(p[0]!.segments[0]!.x).toBeCloseTo(0, 12);
    expect(p[0]!.segments[0]!.y).toBeCloseTo(1, 12);
    expect(isConformal(rotate(33))).toBe(true);
    expect(isConformal(scale(2, -2))).toBe(true);
    expect(isConformal(scale(1, 2))).toBe(false);
    expect(isConformal(skewX(10))).toBe(false);
  });
});

describe('spatial index', () => {
  it('finds neighbours and forgets removed items', () => {
    const idx = SpatialIndex.build<string>([['a', { minX: 0, minY: 0, maxX: 1, maxY: 1 }], ['b', { minX: 5, minY: 5, maxX: 6, maxY: 6 }]]);
    expect(idx.search({ minX: 0.5, minY: 0.5, maxX: 2, maxY: 2 })).toEqual(['a']);
    idx.insert('c', { minX: 1.5, minY: 1.5, maxX: 3, maxY: 3 });
    idx.remove('a');
    expect(idx.search({ minX: 0.5, minY: 0.5, maxX: 2, maxY: 2 })).toEqual(['c']);
    expect(idx.size).toBe(2);
  });
});

describe('SpatialIndex.extent', () => {
  it('is the box around everything indexed, null when empty, and follows removals', async () => {
    const { SpatialIndex } = await import('./spatialIndex.ts');
    const idx = SpatialIndex.build<string>([['a', { minX: 0, minY: 0, maxX: 1, maxY: 1 }], ['b', { minX: 5, minY: -2, maxX: 6, maxY: 3 }]]);
    expect(idx.extent()).toEqual({ minX: 0, minY: -2, maxX: 6, maxY: 3 });
    idx.remove('b');
    expect(idx.extent()).toEqual({ minX: 0, minY: 0, maxX: 1, maxY: 1 });
    idx.remove('a');
    expect(idx.extent()).toBeNull();
  });
});
