import type { ColorRef, EnamelFillItem, Item, PinDocument, Point } from '../document/types.ts';
import { area, components, containsPoint, difference, intersect, isEmpty, offset, regionToPath, union, type Region } from '../geometry/index.ts';
import { dieRegionOf, itemRegion, metalRegionOf } from '../kinds/index.ts';

/** How far a bucket fill runs under the surrounding metal, so a nudged line never opens a gap. */
export const BUCKET_UNDER_METAL_MM = 0.05;

export type BucketResult =
  | { ok: true; fill: EnamelFillItem; trimmed: Item[]; removed: string[] }
  | { ok: false; reason: string };

/**
 * The bucket: the recessed cell under the point (bounded by metal and the die line) becomes one
 * enamel fill of the colour. Fills of other colours lose that cell, so nothing overlaps. A cell
 * that runs to the cut edge is not closed by metal, and the answer says so instead of flooding.
 */
export function bucketFill(doc: PinDocument, at: Point, color: ColorRef, id: string): BucketResult {
  const items = doc.order.map((k) => doc.items[k]!).filter((it) => it && !it.hidden);
  const outlines = items.filter((it) => it.kind === 'outline');
  if (!outlines.length) return { ok: false, reason: 'Draw the die line (outline) first: the bucket fills cells inside it.' };
  const die = dieRegionOf(items);
  if (!containsPoint(die, at.x, at.y)) return { ok: false, reason: 'That point is outside the pin: click inside the die line.' };
  const metal = metalRegionOf(items);
  if (containsPoint(metal, at.x, at.y)) return { ok: false, reason: 'That is raised metal: click inside a cell between metal lines.' };
  const recess = difference(die, metal);
  const cell = components(recess).find((c) => containsPoint(c, at.x, at.y));
  if (!cell || area(cell) <= 1e-6) return { ok: false, reason: 'No enamel cell there.' };
  // A cell touching the cut edge is not closed by metal: filling it would flood to the edge.
  const edgeBand = difference(die, offset(die, -0.01));
  if (area(intersect(cell, edgeBand)) > 1e-4) {
    return { ok: false, reason: 'This area is not closed by metal: it runs to the cut edge of the pin. Add a metal rim or close it with a line, then fill.' };
  }
  const region: Region = intersect(offset(cell, BUCKET_UNDER_METAL_MM), union(cell, metal));
  const fill: EnamelFillItem = { id, kind: 'enamel-fill', path: regionToPath(region), fillRule: 'nonzero', color: { ...color }, finish: 'standard' };
  const trimmed: Item[] = [];
  const removed: string[] = [];
  for (const it of items) {
    if (it.kind !== 'enamel-fill') continue;
    const r = itemRegion(it);
    if (isEmpty(intersect(r, cell)) || area(intersect(r, cell)) <= 1e-6) continue;
    const rest = difference(r, cell);
    // What is left only under metal shows nowhere: drop the fill instead of keeping a hidden rim.
    if (area(difference(rest, metal)) <= 1e-4) removed.push(it.id);
    else trimmed.push({ ...it, path: regionToPath(rest), fillRule: 'nonzero' });
  }
  return { ok: true, fill, trimmed, removed };
}
