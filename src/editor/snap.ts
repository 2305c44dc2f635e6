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
  // Ruler guides: each axis on its own, so a point can sit on a guide and the grid at once.
  const gx = nearestWithin(doc.guides?.x ?? [], p.x, SNAP_POINT_MM);
  const gy = nearestWithin(doc.guides?.y ?? [], p.y, SNAP_POINT_MM);
  const onGrid = (v: number) => (grid ? Math.round(v / grid) * grid : v);
  return { x: gx ?? onGrid(p.x), y: gy ?? onGrid(p.y) };
}

function nearestWithin(values: readonly number[], v: number, tol: number): number | undefined {
  let best: number | undefined;
  for (const g of values) if (Math.abs(g - v) <= tol && (best === undefined || Math.abs(g - v) < Math.abs(best - v))) best = g;
  return best;
}
