import type { Item } from '../document/types.ts';
import { area, difference, intersect, isEmpty, offset, regionToPath, union, type Region } from '../geometry/index.ts';
import { itemRegion } from '../kinds/index.ts';
import { fail, ok, type Result } from '../result.ts';
import { TOLERANCE } from '../units.ts';

// Path operations (Illustrator's Pathfinder, Object › Path › Offset Path and Outline Stroke) on
// what items paint. Results are ordinary items: a shape keeps the kind, colour and finish of the
// item it came from, and a change is upserts plus removals, one undo step.

export type PathOp = 'unite' | 'subtract' | 'intersect' | 'exclude';

export interface PathEdit {
  upserts: Item[];
  removed: string[];
}

/** The item a result takes its kind and colour from, with a new shape (a line becomes a metal area). */
function reshaped(from: Item, id: string, region: Region): Item {
  const path = regionToPath(region);
  const named = from.name ? { name: from.name } : {};
  const flags = { ...(from.group ? { group: from.group } : {}) };
  switch (from.kind) {
    case 'enamel-fill': return { ...from, id, path, fillRule: 'nonzero' };
    case 'outline': case 'cutout': return { id, ...named, ...flags, kind: from.kind, path };
    default: return { id, ...named, ...flags, kind: 'metal-area', path, fillRule: 'nonzero' };
  }
}

const usable = (items: Item[]) => items.filter((it) => !it.locked);

/**
 * Unite: one shape of all, in the colour of the topmost. Subtract: the bottom one minus all above
 * it (Minus Front). Intersect: what all share, in the bottom one's colour. Exclude: where an odd
 * number of them overlap, in the topmost's colour. Items are given in paint order, bottom first.
 */
export function pathOperation(items: Item[], op: PathOp, newId: string): Result<PathEdit> {
  const list = usable(items);
  if (list.length < 2) return fail('select two or more unlocked shapes');
  const regions = list.map(itemRegion);
  let r: Region;
  switch (op) {
    case 'unite': r = union(...regions); break;
    case 'subtract': r = difference(regions[0]!, union(...regions.slice(1))); break;
    case 'intersect': r = regions.slice(1).reduce((acc, x) => intersect(acc, x), regions[0]!); break;
    case 'exclude': r = regions.slice(1).reduce((acc, x) => difference(union(acc, x), intersect(acc, x)), regions[0]!); break;
  }
  const style = op === 'unite' || op === 'exclude' ? list[list.length - 1]! : list[0]!;
  const removed = list.map((it) => it.id);
  if (isEmpty(r) || area(r) <= TOLERANCE.areaMm2) return ok({ upserts: [], removed });
  return ok({ upserts: [reshaped(style, newId, r)], removed });
}

/** Offset Path: each shape grown (or, negative, shrunk) by `deltaMm`, as a new item beside it. */
export function offsetPath(items: Item[], deltaMm: number, newId: (i: number) => string): Result<PathEdit> {
  if (!Number.isFinite(deltaMm) || deltaMm === 0 || Math.abs(deltaMm) > 100) return fail('the offset must be a distance in mm, not 0, up to 100');
  const upserts: Item[] = [];
  usable(items).forEach((it, i) => {
    const r = offset(itemRegion(it), deltaMm);
    if (!isEmpty(r) && area(r) > TOLERANCE.areaMm2) upserts.push(reshaped(it, newId(i), r));
  });
  return upserts.length ? ok({ upserts, removed: [] }) : fail(`an offset of ${deltaMm} mm leaves nothing of the selection`);
}

/** Outline Stroke: a metal line becomes the metal area it raises (same place, same id). */
export function outlineStroke(items: Item[]): Result<PathEdit> {
  const lines = usable(items).filter((it) => it.kind === 'metal-line');
  if (!lines.length) return fail('select a metal line to outline');
  return ok({ upserts: lines.map((it) => reshaped(it, it.id, itemRegion(it))), removed: [] });
}

/** Make Cut-out: a closed shape or a bare recess becomes a hole through the pin (the same outline). */
export function makeCutout(items: Item[], newId: (i: number) => string): Result<PathEdit> {
  const shapes = usable(items).filter((it) => it.kind !== 'outline' && it.kind !== 'cutout');
  if (!shapes.length) return fail('select a closed shape to make a cut-out of');
  const upserts: Item[] = [];
  shapes.forEach((it, i) => {
    const r = itemRegion(it);
    if (!isEmpty(r)) upserts.push({ id: newId(i), ...(it.name ? { name: it.name } : {}), kind: 'cutout', path: regionToPath(r) });
  });
  return upserts.length ? ok({ upserts, removed: shapes.map((it) => it.id) }) : fail('the selection has no area to cut out');
}
