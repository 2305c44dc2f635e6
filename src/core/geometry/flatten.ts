import type { PathGeom } from '../document/types.ts';
import { TOLERANCE } from '../units.ts';

// Flattening is the hot path of every check, so it is done here on plain 8-number arrays with the
// same flatness test paper.js uses (Willcocks). Importing paper.js in Node loads jsdom and builds
// a DOM (~1.5 s of start-up for the CLI and every test file) for two small functions.

/** The cubic is within `tol` of its chord (a bound on the control points' deviation). */
function isFlatEnough(v: number[], tol: number): boolean {
  const ux = 3 * v[2]! - 2 * v[0]! - v[6]!;
  const uy = 3 * v[3]! - 2 * v[1]! - v[7]!;
  const vx = 3 * v[4]! - 2 * v[6]! - v[0]!;
  const vy = 3 * v[5]! - 2 * v[7]! - v[1]!;
  return Math.max(ux * ux, vx * vx) + Math.max(uy * uy, vy * vy) <= 16 * tol * tol;
}

/** De Casteljau split at t = 0.5. */
function subdivide(v: number[]): [number[], number[]] {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = v as [number, number, number, number, number, number, number, number];
  const ax = (x0 + x1) / 2;
  const ay = (y0 + y1) / 2;
  const bx = (x1 + x2) / 2;
  const by = (y1 + y2) / 2;
  const cx = (x2 + x3) / 2;
  const cy = (y2 + y3) / 2;
  const dx = (ax + bx) / 2;
  const dy = (ay + by) / 2;
  const ex = (bx + cx) / 2;
  const ey = (by + cy) / 2;
  const mx = (dx + ex) / 2;
  const my = (dy + ey) / 2;
  return [[x0, y0, ax, ay, dx, dy, mx, my], [mx, my, ex, ey, cx, cy, x3, y3]];
}

/** A flattened sub-path: x0,y0,x1,y1,... in mm. Closed polylines do not repeat the first point. */
export interface Polyline {
  pts: number[];
  closed: boolean;
}

const MAX_DEPTH = 16;

function pushCurve(out: number[], v: number[], tol: number, depth: number): void {
  if (depth >= MAX_DEPTH || isFlatEnough(v, tol)) {
    out.push(v[6]!, v[7]!);
    return;
  }
  const [l, r] = subdivide(v);
  pushCurve(out, l, tol, depth + 1);
  pushCurve(out, r, tol, depth + 1);
}

export function flattenPath(path: PathGeom, tolerance: number = TOLERANCE.flattenMm): Polyline[] {
  const out: Polyline[] = [];
  for (const sp of path) {
    const segs = sp.segments;
    if (segs.length === 0) continue;
    const pts: number[] = [segs[0]!.x, segs[0]!.y];
    const n = sp.closed ? segs.length : segs.length - 1;
    for (let i = 0; i < n; i++) {
      const a = segs[i]!;
      const b = segs[(i + 1) % segs.length]!;
      if (a.hout || b.hin) {
        const v = [a.x, a.y, a.x + (a.hout?.x ?? 0), a.y + (a.hout?.y ?? 0), b.x + (b.hin?.x ?? 0), b.y + (b.hin?.y ?? 0), b.x, b.y];
        pushCurve(pts, v, tolerance, 0);
      } else {
        pts.push(b.x, b.y);
      }
    }
    if (sp.closed && pts.length >= 4) {
      // The loop ended on the first anchor again; the polygon is implicitly closed.
      pts.length -= 2;
    }
    out.push({ pts: dedupe(pts), closed: sp.closed });
  }
  return out;
}

/** Drop consecutive duplicate points (real artwork has them; they break nothing but waste work). */
function dedupe(pts: number[]): number[] {
  if (pts.length <= 2) return pts;
  const out = [pts[0]!, pts[1]!];
  for (let i = 2; i < pts.length; i += 2) {
    const x = pts[i]!;
    const y = pts[i + 1]!;
    if (x !== out[out.length - 2] || y !== out[out.length - 1]) out.push(x, y);
  }
  return out;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export const EMPTY_BOUNDS: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };

export function boundsOfPolylines(polys: Polyline[], into: Bounds = { ...EMPTY_BOUNDS }): Bounds {
  for (const p of polys) {
    for (let i = 0; i < p.pts.length; i += 2) {
      const x = p.pts[i]!;
      const y = p.pts[i + 1]!;
      if (x < into.minX) into.minX = x;
      if (y < into.minY) into.minY = y;
      if (x > into.maxX) into.maxX = x;
      if (y > into.maxY) into.maxY = y;
    }
  }
  return into;
}

export function isEmptyBounds(b: Bounds): boolean {
  return !(b.minX <= b.maxX && b.minY <= b.maxY);
}

export function unionBounds(a: Bounds, b: Bounds): Bounds {
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

export function expandBounds(b: Bounds, by: number): Bounds {
  return { minX: b.minX - by, minY: b.minY - by, maxX: b.maxX + by, maxY: b.maxY + by };
}
