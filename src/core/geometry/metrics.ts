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

export interface Seg { ax: number; ay: number; bx: number; by: number }

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
  if (!sa.length || !sb.length) return Infinity;
  return Math.sqrt(sa.length * sb.length <= BRUTE_PAIRS ? closestBrute(sa, sb) : closestGridded(sa, sb)) / S;
}

// Below this many pairs every pair is measured; above, one side goes in a grid. A die line and a
// band of enamel along it have thousands of edges each (an emoji: 9 % of its check time).
const BRUTE_PAIRS = 4096;

/** The pairs' measure (squared, engine units): the smallest end-to-segment distance either way. */
function pairDist2(s: Seg, t: Seg): number {
  return Math.min(
    segDist2(s.ax, s.ay, t.ax, t.ay, t.bx, t.by), segDist2(s.bx, s.by, t.ax, t.ay, t.bx, t.by),
    segDist2(t.ax, t.ay, s.ax, s.ay, s.bx, s.by), segDist2(t.bx, t.by, s.ax, s.ay, s.bx, s.by),
  );
}

export function closestBrute(sa: Seg[], sb: Seg[]): number {
  let best = Infinity;
  for (const s of sa) for (const t of sb) {
    const d = pairDist2(s, t);
    if (d < best) best = d;
  }
  return best;
}

/**
 * The same minimum as closestBrute, found by searching a grid of `sb` in rings around each edge
 * of `sa`: the distance between two edges' boxes is a lower bound of their measure, so a ring
 * farther than the best so far cannot hold a better pair.
 */
export function closestGridded(sa: Seg[], sb: Seg[]): number {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const t of sb) {
    minX = Math.min(minX, t.ax, t.bx); maxX = Math.max(maxX, t.ax, t.bx);
    minY = Math.min(minY, t.ay, t.by); maxY = Math.max(maxY, t.ay, t.by);
  }
  const side = Math.max(1, Math.ceil(Math.sqrt(sb.length)));
  const cell = Math.max(1, (maxX - minX) / side, (maxY - minY) / side);
  const cols = Math.floor((maxX - minX) / cell) + 1;
  const rows = Math.floor((maxY - minY) / cell) + 1;
  const cells: number[][] = Array.from({ length: cols * rows }, () => []);
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / cell)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / cell)));
  sb.forEach((t, i) => {
    for (let cy = row(Math.min(t.ay, t.by)); cy <= row(Math.max(t.ay, t.by)); cy++) {
      for (let cx = col(Math.min(t.ax, t.bx)); cx <= col(Math.max(t.ax, t.bx)); cx++) cells[cy * cols + cx]!.push(i);
    }
  });
  const seen = new Int32Array(sb.length).fill(-1);
  let best = Infinity;
  sa.forEach((s, si) => {
    const c0 = col(Math.min(s.ax, s.bx)), c1 = col(Math.max(s.ax, s.bx));
    const r0 = row(Math.min(s.ay, s.by)), r1 = row(Math.max(s.ay, s.by));
    for (let k = 0; ; k++) {
      // Ring k: the cells k steps outside the edge's own cells.
      for (let cy = r0 - k; cy <= r1 + k; cy++) {
        if (cy < 0 || cy >= rows) continue;
        const edge = k === 0 || cy === r0 - k || cy === r1 + k;
        for (let cx = c0 - k; cx <= c1 + k; cx += edge ? 1 : c1 - c0 + 2 * k || 1) {
          if (cx < 0 || cx >= cols) continue;
          for (const i of cells[cy * cols + cx]!) {
            if (seen[i] === si) continue;
            seen[i] = si;
            const d = pairDist2(s, sb[i]!);
            if (d < best) best = d;
          }
        }
      }
      // Every edge not seen yet lies only in cells beyond ring k: at least k cells away.
      const gap = k * cell;
      if (gap * gap >= best || (r0 - k <= 0 && c0 - k <= 0 && r1 + k >= rows - 1 && c1 + k >= cols - 1)) break;
    }
  });
  return best;
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
