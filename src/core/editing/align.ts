import type { PinDocument } from '../document/types.ts';
import { area, regionBounds, union, type Bounds } from '../geometry/index.ts';
import { itemRegion } from '../kinds/index.ts';

// Align and distribute (Illustrator's Align panel), on what each item paints (a line with its
// width), to the selection, the die line, the artboard or a key object.

export type AlignEdge = 'left' | 'center-x' | 'right' | 'top' | 'center-y' | 'bottom';
export type AlignTo = 'selection' | 'die' | 'artboard' | { key: string };
export interface Move {
  id: string;
  dx: number;
  dy: number;
}

function boundsOf(doc: PinDocument, id: string): Bounds | undefined {
  const it = doc.items[id];
  if (!it) return undefined;
  const r = itemRegion(it);
  return area(r) > 0 || it.kind === 'metal-line' ? regionBounds(r) : undefined;
}

function unionBounds(bs: Bounds[]): Bounds | undefined {
  if (!bs.length) return undefined;
  return bs.reduce((a, b) => ({ minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) }));
}

function target(doc: PinDocument, ids: readonly string[], to: AlignTo): Bounds | undefined {
  if (to === 'artboard') return { minX: 0, minY: 0, maxX: doc.artboard.width, maxY: doc.artboard.height };
  if (to === 'die') {
    const dies = doc.order.map((id) => doc.items[id]!).filter((it) => it.kind === 'outline');
    return dies.length ? regionBounds(union(...dies.map(itemRegion))) : undefined;
  }
  if (to === 'selection') return unionBounds(ids.map((id) => boundsOf(doc, id)).filter((b): b is Bounds => !!b));
  return boundsOf(doc, to.key);
}

const isX = (e: AlignEdge) => e === 'left' || e === 'center-x' || e === 'right';
const at = (b: Bounds, e: AlignEdge) => {
  switch (e) {
    case 'left': return b.minX;
    case 'right': return b.maxX;
    case 'center-x': return (b.minX + b.maxX) / 2;
    case 'top': return b.minY;
    case 'bottom': return b.maxY;
    case 'center-y': return (b.minY + b.maxY) / 2;
  }
};

/** How far each item moves to line up; items already in line (and a key object) do not move. */
export function alignMoves(doc: PinDocument, ids: readonly string[], edge: AlignEdge, to: AlignTo): Move[] {
  const t = target(doc, ids, to);
  if (!t) return [];
  const goal = at(t, edge);
  const out: Move[] = [];
  for (const id of ids) {
    if (typeof to === 'object' && id === to.key) continue;
    const b = boundsOf(doc, id);
    if (!b || doc.items[id]!.locked) continue;
    const d = goal - at(b, edge);
    if (Math.abs(d) > 1e-9) out.push({ id, dx: isX(edge) ? d : 0, dy: isX(edge) ? 0 : d });
  }
  return out;
}

/**
 * Equal gaps between neighbours along an axis (the outermost two stay), as Illustrator's
 * "Distribute Spacing": three or more items.
 */
export function distributeMoves(doc: PinDocument, ids: readonly string[], axis: 'x' | 'y'): Move[] {
  const boxes = ids.map((id) => ({ id, b: boundsOf(doc, id) })).filter((x): x is { id: string; b: Bounds } => !!x.b);
  if (boxes.length < 3) return [];
  const lo = (b: Bounds) => (axis === 'x' ? b.minX : b.minY);
  const hi = (b: Bounds) => (axis === 'x' ? b.maxX : b.maxY);
  boxes.sort((a, b) => lo(a.b) + hi(a.b) - (lo(b.b) + hi(b.b)));
  const span = hi(boxes[boxes.length - 1]!.b) - lo(boxes[0]!.b);
  const sizes = boxes.reduce((s, x) => s + hi(x.b) - lo(x.b), 0);
  const gap = (span - sizes) / (boxes.length - 1);
  const out: Move[] = [];
  let cursor = lo(boxes[0]!.b);
  for (const { id, b } of boxes) {
    const d = cursor - lo(b);
    if (Math.abs(d) > 1e-9 && !doc.items[id]!.locked) out.push({ id, dx: axis === 'x' ? d : 0, dy: axis === 'y' ? d : 0 });
    cursor += hi(b) - lo(b) + gap;
  }
  return out;
}
