import { describe, expect, it } from 'vitest';
import { polylinePath } from '../../geometry/index.ts';
import { dashPath, dashPattern, MAX_DASHES } from './dash.ts';

const lengths = (p: ReturnType<typeof dashPath>) => (p.ok ? p.path.map((sp) => {
  let l = 0;
  for (let i = 1; i < sp.segments.length; i++) l += Math.hypot(sp.segments[i]!.x - sp.segments[i - 1]!.x, sp.segments[i]!.y - sp.segments[i - 1]!.y);
  return +l.toFixed(6);
}) : []);

describe('dashes', () => {
  it('reads stroke-dasharray as SVG does', () => {
    expect(dashPattern('none', 10)).toBeUndefined();
    expect(dashPattern('0 0', 10)).toBeUndefined();
    expect(dashPattern('2 -1', 10)).toBeUndefined();
    expect(dashPattern('3', 10)).toEqual([3, 3]);
    expect(dashPattern('1, 2 3', 10)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(dashPattern('10%', 20)).toEqual([2, 2]);
  });
  it('cuts a line into its dashes, with the offset, across corners', () => {
    const line = polylinePath([[0, 0], [10, 0]], false);
    expect(lengths(dashPath(line, [2, 1], 0, 0.01, false))).toEqual([2, 2, 2, 1]);
    expect(lengths(dashPath(line, [2, 1], 1, 0.01, false))).toEqual([1, 2, 2, 2]);
    const corner = polylinePath([[0, 0], [3, 0], [3, 3]], false);
    const r = dashPath(corner, [4, 1], 0, 0.01, false);
    expect(r.ok && r.path[0]!.segments.map((s) => [s.x, s.y])).toEqual([[0, 0], [3, 0], [3, 1]]);
    expect(lengths(r)).toEqual([4, 1]);
  });
  it('runs round a closed shape, and starts again on each sub-path', () => {
    const square = polylinePath([[0, 0], [4, 0], [4, 4], [0, 4]], true);
    expect(lengths(dashPath(square, [3, 1], 0, 0.01, false))).toEqual([3, 3, 3, 3]);
    const two = [...polylinePath([[0, 0], [2.5, 0]], false), ...polylinePath([[0, 5], [2.5, 5]], false)];
    expect(lengths(dashPath(two, [1, 1], 0, 0.01, false))).toEqual([1, 0.5, 1, 0.5]);
  });
  it('keeps zero-length dashes as dots only when the caps draw them', () => {
    const line = polylinePath([[0, 0], [4, 0]], false);
    expect(dashPath(line, [0, 2], 0, 0.01, false)).toEqual({ ok: true, path: [], count: 0 });
    expect(dashPath(line, [0, 2], 0, 0.01, true).ok && dashPath(line, [0, 2], 0, 0.01, true).count).toBe(3);
  });
  it('gives up past the cap instead of making a texture of a million dashes', () => {
    const line = polylinePath([[0, 0], [1000, 0]], false);
    expect(dashPath(line, [0.01, 0.01], 0, 0.01, false).ok).toBe(false);
    expect(dashPath(line, [0, 1e-6], 0, 0.01, false)).toMatchObject({ ok: false });
    expect(MAX_DASHES).toBe(20_000);
  });
});
