import type { Point, SubPath } from '../document/types.ts';

/**
 * Freehand input (a pointer trail) to a few smooth béziers: drop the jitter with
 * Ramer–Douglas–Peucker at `toleranceMm`, then give every kept point Catmull–Rom handles, so the
 * curve passes through the points the hand meant and stays smooth between them.
 */
export function smoothFreehand(trail: readonly Point[], toleranceMm: number, closed = false): SubPath | null {
  const pts = dedupe(trail);
  if (pts.length < 2) return null;
  const kept = simplify(pts, toleranceMm);
  if (closed && kept.length > 2 && dist(kept[0]!, kept[kept.length - 1]!) < toleranceMm * 2) kept.pop();
  const n = kept.length;
  const at = (i: number) => kept[closed ? (i + n) % n : Math.min(Math.max(i, 0), n - 1)]!;
  const segments = kept.map((p, i) => {
    if (n < 3 || (!closed && (i === 0 || i === n - 1))) return { x: p.x, y: p.y };
    const prev = at(i - 1);
    const next = at(i + 1);
    const tx = (next.x - prev.x) / 6;
    const ty = (next.y - prev.y) / 6;
    return { x: p.x, y: p.y, hin: { x: -tx, y: -ty }, hout: { x: tx, y: ty } };
  });
  return { closed: closed && n > 2, segments };
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function dedupe(trail: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of trail) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const last = out[out.length - 1];
    if (!last || dist(last, p) > 1e-6) out.push(p);
  }
  return out;
}

/** Ramer–Douglas–Peucker, iterative so a long stroke cannot overflow the stack. */
export function simplify(pts: readonly Point[], tol: number): Point[] {
  if (pts.length <= 2) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const pa = pts[a]!;
    const pb = pts[b]!;
    const len = dist(pa, pb);
    let far = -1;
    let farD = tol;
    for (let i = a + 1; i < b; i++) {
      const p = pts[i]!;
      const d = len < 1e-9 ? dist(p, pa) : Math.abs((pb.x - pa.x) * (pa.y - p.y) - (pa.x - p.x) * (pb.y - pa.y)) / len;
      if (d > farD) {
        farD = d;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}
