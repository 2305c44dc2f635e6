import type { PathGeom, Segment } from '../../document/types.ts';

export const MARKABLE = new Set(['path', 'line', 'polyline', 'polygon']);

export interface MarkerPlace {
  which: 'start' | 'mid' | 'end';
  x: number;
  y: number;
  /** Direction of the path there, in degrees (the bisector at a corner). */
  angle: number;
  /** For `orient="auto-start-reverse"`. */
  isStart: boolean;
}

const deg = (dx: number, dy: number) => (Math.atan2(dy, dx) * 180) / Math.PI;

function bisect(a: number | undefined, b: number | undefined): number {
  if (a === undefined) return b ?? 0;
  if (b === undefined) return a;
  let d = b - a;
  while (d > 180) d -= 360;
  while (d < -180) d += 360;
  return a + d / 2;
}

/** Direction leaving `s` toward `next` (the first control point that is not on the anchor). */
function outDir(s: Segment, next: Segment): number | undefined {
  const cands = [s.hout ? [s.hout.x, s.hout.y] : null, next.hin ? [next.x + next.hin.x - s.x, next.y + next.hin.y - s.y] : null, [next.x - s.x, next.y - s.y]];
  for (const c of cands) if (c && (c[0] !== 0 || c[1] !== 0)) return deg(c[0]!, c[1]!);
  return undefined;
}

/** Direction arriving at `s` from `prev`. */
function inDir(prev: Segment, s: Segment): number | undefined {
  const cands = [s.hin ? [-s.hin.x, -s.hin.y] : null, prev.hout ? [s.x - prev.x - prev.hout.x, s.y - prev.y - prev.hout.y] : null, [s.x - prev.x, s.y - prev.y]];
  for (const c of cands) if (c && (c[0] !== 0 || c[1] !== 0)) return deg(c[0]!, c[1]!);
  return undefined;
}

/**
 * Where markers go on a path, in its own user space: marker-start at the first vertex, marker-end
 * at the last, marker-mid at every other one (a closed sub-path's closing vertex included), each
 * oriented along the path (bisecting the angle at a corner) as SVG's orient="auto" does.
 */
export function markerPlaces(path: PathGeom): MarkerPlace[] {
  const verts: Array<{ x: number; y: number; angle: number }> = [];
  for (const sp of path) {
    const segs = sp.segments;
    const n = segs.length;
    if (!n) continue;
    for (let i = 0; i < n; i++) {
      const s = segs[i]!;
      const prev = i > 0 ? segs[i - 1] : sp.closed ? segs[n - 1] : undefined;
      const next = i < n - 1 ? segs[i + 1] : sp.closed ? segs[0] : undefined;
      const a = prev && n > 1 ? inDir(prev, s) : undefined;
      const b = next && n > 1 ? outDir(s, next) : undefined;
      verts.push({ x: s.x, y: s.y, angle: bisect(a, b) });
    }
    if (sp.closed && n > 1) verts.push({ ...verts[verts.length - n]! });
  }
  if (verts.length === 1) return [{ which: 'start', ...verts[0]!, isStart: true }, { which: 'end', ...verts[0]!, isStart: false }];
  return verts.map((v, i) => ({
    which: i === 0 ? 'start' : i === verts.length - 1 ? 'end' : 'mid',
    ...v,
    isStart: i === 0,
  }));
}
