import type { PathGeom } from '../document/types.ts';

/** 2-D affine matrix [a, b, c, d, e, f] as in SVG: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export const translate = (tx: number, ty: number): Matrix => [1, 0, 0, 1, tx, ty];
export const scale = (sx: number, sy: number = sx): Matrix => [sx, 0, 0, sy, 0, 0];
export function rotate(deg: number, cx = 0, cy = 0): Matrix {
  const r = (deg * Math.PI) / 180;
  const m: Matrix = [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
  return cx || cy ? multiply(multiply(translate(cx, cy), m), translate(-cx, -cy)) : m;
}
export const skewX = (deg: number): Matrix => [1, 0, Math.tan((deg * Math.PI) / 180), 1, 0, 0];
export const skewY = (deg: number): Matrix => [1, Math.tan((deg * Math.PI) / 180), 0, 1, 0, 0];

export function determinant(m: Matrix): number {
  return m[0] * m[3] - m[1] * m[2];
}

/** True when the matrix scales every direction equally (rotation, uniform scale, mirror). */
export function isConformal(m: Matrix, rel = 1e-9): boolean {
  const lenX = Math.hypot(m[0], m[1]);
  const lenY = Math.hypot(m[2], m[3]);
  const dot = m[0] * m[2] + m[1] * m[3];
  const s = Math.max(lenX, lenY, 1e-300);
  return Math.abs(lenX - lenY) <= rel * s && Math.abs(dot) <= rel * s * s;
}

/** The inverse map, or undefined when the matrix flattens the plane. */
export function invert(m: Matrix): Matrix | undefined {
  const det = determinant(m);
  if (!(Math.abs(det) > 1e-300) || !Number.isFinite(det)) return undefined;
  const [a, b, c, d, e, f] = m;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

export function applyToPoint(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Affine maps carry bézier control points exactly, so handles transform as vectors. */
export function transformPath(path: PathGeom, m: Matrix): PathGeom {
  const vec = (v: { x: number; y: number }) => ({ x: m[0] * v.x + m[2] * v.y, y: m[1] * v.x + m[3] * v.y });
  return path.map((sp) => ({
    closed: sp.closed,
    segments: sp.segments.map((s) => {
      const [x, y] = applyToPoint(m, s.x, s.y);
      const seg: (typeof sp.segments)[number] = { x, y };
      if (s.hin) seg.hin = vec(s.hin);
      if (s.hout) seg.hout = vec(s.hout);
      return seg;
    }),
  }));
}
