import tracer from 'imagetracerjs';
import type { PathGeom, Segment } from '../document/types.ts';
import type { LabelMap } from './labels.ts';

// The outlines of every label, traced by imagetracerjs (public domain; chosen because it traces a
// whole label grid at once into closed outlines with their holes, fits straight lines and
// quadratic curves to them, and runs as plain JavaScript in a Worker and in Node). Each label's
// outlines and holes together, even-odd, are exactly that label's area.

export interface TraceShape {
  label: number;
  path: PathGeom;
}

/** How far a fitted line or curve may stray from the pixel outline (px), for `smooth` 0..1. */
export const fitTolerancePx = (smooth: number) => 0.4 + 2.6 * Math.min(1, Math.max(0, smooth));

/** `smooth` 0..1: see fitTolerancePx. */
export function traceLabels(m: LabelMap, smooth: number, mmPerPx: number, origin: { x: number; y: number }): TraceShape[] {
  const { width: w, height: h, labels } = m;
  const array: number[][] = [];
  for (let y = -1; y <= h; y++) {
    const row = new Array<number>(w + 2).fill(-1);
    if (y >= 0 && y < h) for (let x = 0; x < w; x++) row[x + 1] = labels[y * w + x]!;
    array.push(row);
  }
  const palette = m.classes.map((_, i) => ({ r: i, g: 0, b: 0, a: 255 }));
  const tolerance = fitTolerancePx(smooth);
  const layers = tracer.batchtracelayers(tracer.batchinternodes(tracer.batchpathscan(tracer.layering({ array, palette }), 0), { rightangleenhance: true }), tolerance, tolerance);
  const P = (x: number, y: number) => ({ x: origin.x + x * mmPerPx, y: origin.y + y * mmPerPx });
  const out: TraceShape[] = [];
  layers.forEach((paths, label) => {
    const path: PathGeom = [];
    for (const p of paths) {
      if (!p.segments.length) continue;
      const segs: Segment[] = [];
      for (const s of p.segments) {
        const a = P(s.x1, s.y1);
        if (!segs.length) segs.push({ x: a.x, y: a.y });
        if (s.type === 'L') { segs.push({ ...P(s.x2, s.y2) }); continue; }
        // A quadratic as a cubic: handles two thirds of the way to the control point.
        const q = P(s.x2, s.y2);
        const b = P(s.x3!, s.y3!);
        const prev = segs[segs.length - 1]!;
        prev.hout = { x: ((q.x - a.x) * 2) / 3, y: ((q.y - a.y) * 2) / 3 };
        segs.push({ x: b.x, y: b.y, hin: { x: ((q.x - b.x) * 2) / 3, y: ((q.y - b.y) * 2) / 3 } });
      }
      // The last point is the first again: the sub-path is closed instead.
      const first = segs[0]!;
      const last = segs[segs.length - 1]!;
      if (segs.length > 1 && Math.abs(last.x - first.x) < 1e-9 && Math.abs(last.y - first.y) < 1e-9) {
        if (last.hin) first.hin = last.hin;
        segs.pop();
      }
      if (segs.length >= 3) path.push({ closed: true, segments: segs });
    }
    if (path.length) out.push({ label, path });
  });
  return out;
}
