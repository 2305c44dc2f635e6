import type { PinDocument, Point } from '../core/document/types.ts';

/** Line ends and anchors within this distance pull the pointer onto them. */
export const SNAP_POINT_MM = 0.3;

/**
 * Where a drawing tool should put a point: on a nearby anchor of an existing path (line ends
 * first), else on the grid when the grid is on, else where the pointer is.
 */
export function snapPoint(doc: PinDocument, p: Point, grid: number | null): Point {
  let best: Point | null = null;
  let bestD = SNAP_POINT_MM;
  for (const id of doc.order) {
    const it = doc.items[id];
    if (!it || it.hidden || it.kind === 'text') continue;
    for (const sp of it.path) {
      for (const s of sp.segments) {
        const d = Math.hypot(s.x - p.x, s.y - p.y);
        if (d < bestD) {
          bestD = d;
          best = { x: s.x, y: s.y };
        }
      }
    }
  }
  if (best) return best;
  if (grid) return { x: Math.round(p.x / grid) * grid, y: Math.round(p.y / grid) * grid };
  return p;
}
