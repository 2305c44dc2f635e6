import { Clipper } from 'clipper2-ts';
import { ENGINE_UNITS_PER_MM } from '../units.ts';
import { area, toRect64, type Region } from './engine.ts';
import type { Bounds } from './flatten.ts';

// Measurements on regions: lengths, widths and distances the checks report.

const S = ENGINE_UNITS_PER_MM;

/** Total boundary length in mm. */
export function perimeter(r: Region): number {
  let p = 0;
  for (const path of r.paths) {
    for (let i = 0; i < path.length; i++) {
      const a = path[i]!;
      const b = path[(i + 1) % path.length]!;
      p += Math.hypot(b.x - a.x, b.y - a.y);
    }
  }
  return p / S;
}

/** Typical width of a thin strip: 2·area / perimeter (exact for a long rectangle). */
export function stripWidth(r: Region): number {
  const p = perimeter(r);
  return p > 0 ? (2 * area(r)) / p : 0;
}

function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

interface Seg { ax: number; ay: number; bx: number; by: number }

function segmentsNear(r: Region, b: Bounds | undefined, frame: Bounds | undefined): Seg[] {
  const out: Seg[] = [];
  const bb = b && toRect64(b);
  const fr = frame && toRect64(frame);
  for (const path of r.paths) {
    for (let i = 0; i < path.length; i++) {
      const p = path[i]!;
      const q = path[(i + 1) % path.length]!;
      if (bb && (Math.max(p.x, q.x) < bb.left || Math.min(p.x, q.x) > bb.right || Math.max(p.y, q.y) < bb.top || Math.min(p.y, q.y) > bb.bottom)) continue;
      // Edges made by clipping to a window are not real boundaries.
      if (fr && ((p.x === q.x && (p.x <= fr.left || p.x >= fr.right)) || (p.y === q.y && (p.y <= fr.top || p.y >= fr.bottom)))) continue;
      out.push({ ax: p.x, ay: p.y, bx: q.x, by: q.y });
    }
  }
  return out;
}

/**
 * Smallest distance in mm between the boundaries of two regions, looking only at edges inside
 * `near` (the place a check found a problem), so it stays cheap on big designs.
 */
export function boundaryDistance(a: Region, b: Region, near?: Bounds, frame?: Bounds): number {
  const sa = segmentsNear(a, near, frame);
  const sb = segmentsNear(b, near, frame);
  let best = Infinity;
  for (const s of sa) {
    for (const t of sb) {
      const d = Math.min(
        segDist2(s.ax, s.ay, t.ax, t.ay, t.bx, t.by), segDist2(s.bx, s.by, t.ax, t.ay, t.bx, t.by),
        segDist2(t.ax, t.ay, s.ax, s.ay, s.bx, s.by), segDist2(t.bx, t.by, s.ax, s.ay, s.bx, s.by),
      );
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best) / S;
}

/**
 * For a region that is one convex polygon: its minimum width (rotating calipers, mm). Undefined
 * when the region has holes, several parts, or a reflex corner. Cheap fast paths for the checks:
 * a convex cell at least w wide has no part narrower than w, and holds a disc of w/3.
 */
export function convexMinWidth(r: Region): number | undefined {
  if (r.paths.length !== 1) return undefined;
  const p = r.paths[0]!;
  const n = p.length;
  if (n < 3) return undefined;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const a = p[i]!;
    const b = p[(i + 1) % n]!;
    const c = p[(i + 2) % n]!;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (cross === 0) continue;
    const s = cross > 0 ? 1 : -1;
    if (sign === 0) sign = s;
    else if (s !== sign) return undefined;
  }
  // Width = min over edges of the farthest vertex distance from that edge's line.
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const a = p[i]!;
    const b = p[(i + 1) % n]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    let far = 0;
    for (let k = 0; k < n; k++) {
      const q = p[k]!;
      const d = Math.abs((b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)) / len;
      if (d > far) far = d;
    }
    if (far < best) best = far;
  }
  return best / S;
}

/** Smallest interior angle (degrees) of a single-path region; 180 for none. */
export function sharpestCorner(r: Region): number {
  let min = 180;
  for (const p of r.paths) {
    const n = p.length;
    for (let i = 0; i < n; i++) {
      const a = p[(i + n - 1) % n]!;
      const b = p[i]!;
      const c = p[(i + 1) % n]!;
      const v1x = a.x - b.x;
      const v1y = a.y - b.y;
      const v2x = c.x - b.x;
      const v2y = c.y - b.y;
      const l = Math.hypot(v1x, v1y) * Math.hypot(v2x, v2y);
      if (l === 0) continue;
      const ang = (Math.acos(Math.max(-1, Math.min(1, (v1x * v2x + v1y * v2y) / l))) * 180) / Math.PI;
      if (ang < min) min = ang;
    }
  }
  return min;
}

/**
 * For a region made of convex rings (one convex outer, convex holes): the narrowest place, i.e.
 * the smaller of the outer ring's width and the closest approach between any two rings. Undefined
 * when a ring is not convex. A disc of that width reaches everywhere except convex corners.
 */
export function convexRingsMinWidth(r: Region): number | undefined {
  if (!r.paths.length) return undefined;
  let width = Infinity;
  for (const p of r.paths) {
    const w = convexMinWidth({ paths: [p] });
    if (w === undefined) return undefined;
    if (Clipper.area(p) > 0) width = Math.min(width, w);
  }
  for (let i = 0; i < r.paths.length; i++) {
    for (let j = i + 1; j < r.paths.length; j++) {
      width = Math.min(width, boundaryDistance({ paths: [r.paths[i]!] }, { paths: [r.paths[j]!] }));
    }
  }
  return width;
}
