import type { Item, PinDocument, Point } from '../document/types.ts';
import { boundsOfPolylines, flattenPath, type Bounds, type Polyline } from '../geometry/index.ts';
import { itemPath } from '../kinds/index.ts';

/** Hit-testing follows the curve this closely; far finer than a pointer. */
const HIT_FLATTEN_MM = 0.01;

interface Shape {
  lines: Polyline[];
  bounds: Bounds;
}
// Items are immutable: each version is flattened once, however often the pointer asks.
const shapes = new WeakMap<Item, Shape>();
function shapeOf(item: Item): Shape {
  let s = shapes.get(item);
  if (!s) {
    const lines = flattenPath(itemPath(item), HIT_FLATTEN_MM);
    s = { lines, bounds: boundsOfPolylines(lines) };
    shapes.set(item, s);
  }
  return s;
}

/** Front to back as the canvas stacks them: cut-outs, then metal and text, then enamel. */
const LAYER: Record<Item['kind'], number> = { cutout: 3, 'metal-line': 2, 'metal-area': 2, text: 2, 'enamel-fill': 1, outline: 0 };

/**
 * The item under a point, as the artist sees it: a line within its half width (plus `tolMm`,
 * a few screen pixels), a filled shape by its fill rule. Hidden and locked items and the die
 * line are not picked.
 */
export function itemAt(doc: PinDocument, p: Point, tolMm: number): string | undefined {
  let best: { id: string; layer: number; index: number } | undefined;
  doc.order.forEach((id, index) => {
    const it = doc.items[id];
    if (!it || it.hidden || it.locked || it.kind === 'outline') return;
    const layer = LAYER[it.kind];
    if (best && (layer < best.layer || (layer === best.layer && index < best.index))) return;
    const reach = (it.kind === 'metal-line' ? it.width / 2 : 0) + tolMm;
    const { lines, bounds } = shapeOf(it);
    if (p.x < bounds.minX - reach || p.x > bounds.maxX + reach || p.y < bounds.minY - reach || p.y > bounds.maxY + reach) return;
    if (hits(it, lines, p, reach)) best = { id, layer, index };
  });
  return best?.id;
}

function hits(it: Item, lines: Polyline[], p: Point, reach: number): boolean {
  if (it.kind === 'metal-line') return lines.some((l) => distanceToPolyline(l, p) <= reach);
  const evenOdd = (it.kind === 'enamel-fill' || it.kind === 'metal-area') && it.fillRule === 'evenodd';
  const w = winding(lines, p);
  return (evenOdd ? w % 2 !== 0 : w !== 0) || lines.some((l) => distanceToPolyline({ ...l, closed: true }, p) <= reach);
}

/** Winding number of closed rings around p (every sub-path of a filled shape counts as closed). */
function winding(lines: Polyline[], p: Point): number {
  let w = 0;
  for (const { pts } of lines) {
    const n = pts.length / 2;
    for (let i = 0; i < n; i++) {
      const x1 = pts[2 * i]!, y1 = pts[2 * i + 1]!;
      const j = (i + 1) % n;
      const x2 = pts[2 * j]!, y2 = pts[2 * j + 1]!;
      const side = (x2 - x1) * (p.y - y1) - (p.x - x1) * (y2 - y1);
      if (y1 <= p.y) {
        if (y2 > p.y && side > 0) w++;
      } else if (y2 <= p.y && side < 0) w--;
    }
  }
  return Math.abs(w);
}

function distanceToPolyline(l: Polyline, p: Point): number {
  const { pts } = l;
  const n = pts.length / 2;
  if (n === 1) return Math.hypot(p.x - pts[0]!, p.y - pts[1]!);
  let best = Infinity;
  const segs = l.closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const j = (i + 1) % n;
    const ax = pts[2 * i]!, ay = pts[2 * i + 1]!, bx = pts[2 * j]!, by = pts[2 * j + 1]!;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((p.x - ax) * dx + (p.y - ay) * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(p.x - ax - t * dx, p.y - ay - t * dy));
  }
  return best;
}
