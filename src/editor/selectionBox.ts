import type { PinDocument, Point } from '../core/document/types.ts';
import type { Item } from '../core/document/types.ts';
import { itemBounds } from '../core/kinds/index.ts';
import { boundsOfPolylines, EMPTY_BOUNDS, flattenPath, isEmptyBounds, unionBounds, type Bounds } from '../core/geometry/index.ts';

/** What the artist sees of an item: its path plus half the line width (miter tips aside). */
function visualBounds(it: Item): Bounds {
  if (it.kind !== 'metal-line') return itemBounds(it);
  const b = boundsOfPolylines(flattenPath(it.path));
  const r = it.width / 2;
  return { minX: b.minX - r, minY: b.minY - r, maxX: b.maxX + r, maxY: b.maxY + r };
}

/** The box around the selected items that carries the scale and rotate handles. */
export function selectionBounds(doc: PinDocument, ids: readonly string[]): Bounds | null {
  let b: Bounds = { ...EMPTY_BOUNDS };
  for (const id of ids) {
    const it = doc.items[id];
    if (it) b = unionBounds(b, visualBounds(it));
  }
  return isEmptyBounds(b) ? null : b;
}

export type HandleId = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'rotate';

/** Where each handle sits on the box; the rotate handle floats `lift` mm above the top edge. */
export function handlePositions(b: Bounds, lift: number): Record<HandleId, Point> {
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  return {
    nw: { x: b.minX, y: b.minY }, n: { x: cx, y: b.minY }, ne: { x: b.maxX, y: b.minY }, e: { x: b.maxX, y: cy },
    se: { x: b.maxX, y: b.maxY }, s: { x: cx, y: b.maxY }, sw: { x: b.minX, y: b.maxY }, w: { x: b.minX, y: cy },
    rotate: { x: cx, y: b.minY - lift },
  };
}

/** The point that stays put while a handle scales: the opposite corner or edge. */
export function scalePivot(b: Bounds, h: Exclude<HandleId, 'rotate'>): Point {
  const x = h.includes('w') ? b.maxX : h.includes('e') ? b.minX : (b.minX + b.maxX) / 2;
  const y = h.includes('n') ? b.maxY : h.includes('s') ? b.minY : (b.minY + b.maxY) / 2;
  return { x, y };
}

/** Items a marquee touches. The die line only when wholly inside: it lies under everything. */
export function itemsInMarquee(doc: PinDocument, r: Bounds): string[] {
  return doc.order.filter((id) => {
    const it = doc.items[id];
    if (!it || it.hidden || it.locked) return false;
    const b = visualBounds(it);
    if (it.kind === 'outline') return b.minX >= r.minX && b.maxX <= r.maxX && b.minY >= r.minY && b.maxY <= r.maxY;
    return b.minX <= r.maxX && b.maxX >= r.minX && b.minY <= r.maxY && b.maxY >= r.minY;
  });
}
