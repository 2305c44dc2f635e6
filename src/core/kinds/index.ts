import type { ColorRef, Item, PathGeom, PinDocument } from '../document/types.ts';
import {
  boundsOfPolylines, difference, EMPTY_BOUNDS, flattenPath, isEmptyBounds, regionBounds, regionFromPath, strokeOutline, union, unionBounds, type Bounds, type Region,
} from '../geometry/index.ts';

// What each item kind means geometrically: the area it occupies on the pin.

export function itemPath(item: Item): PathGeom {
  return item.kind === 'text' ? item.outlines : item.path;
}

/** Items are immutable: each one's area is worked out once, whoever asks (checks, colour areas, export). */
const regionOf = new WeakMap<Item, Region>();

/** The area the item covers, in its own meaning: a stroke's outline, a fill's interior. */
export function itemRegion(item: Item): Region {
  let r = regionOf.get(item);
  if (!r) regionOf.set(item, (r = computeItemRegion(item)));
  return r;
}

function computeItemRegion(item: Item): Region {
  switch (item.kind) {
    case 'metal-line':
      return strokeOutline(item.path, item);
    case 'metal-area':
    case 'enamel-fill':
      return regionFromPath(item.path, item.fillRule);
    case 'outline':
    case 'cutout':
      return regionFromPath(item.path, 'nonzero');
    case 'text':
      return regionFromPath(item.outlines, 'nonzero');
  }
}

/** Bounds of the painted area (a stroke's bounds grow by half its width). */
export function itemBounds(item: Item): Bounds {
  const b = boundsOfPolylines(flattenPath(itemPath(item)));
  if (item.kind === 'metal-line') {
    // Miter tips can reach miterLimit·w/2 from the path; round and square caps stay within w/√2.
    const reach = (item.width / 2) * (item.join === 'miter' ? Math.max(item.miterLimit ?? 4, Math.SQRT2) : Math.SQRT2);
    return { minX: b.minX - reach, minY: b.minY - reach, maxX: b.maxX + reach, maxY: b.maxY + reach };
  }
  return b;
}

export function isMetal(item: Item): boolean {
  return item.kind === 'metal-line' || item.kind === 'metal-area' || (item.kind === 'text' && item.mode === 'raised-metal');
}

export function fillColor(item: Item): ColorRef | undefined {
  if (item.kind === 'enamel-fill') return item.color;
  if (item.kind === 'text' && item.mode === 'recessed-enamel') return item.color ?? { hex: '#FFFFFF', code: 'White' };
  return undefined;
}

/** D: the die area, outline interiors minus cut-outs (empty when no die line is drawn). */
export function dieRegionOf(items: readonly Item[], region: (it: Item) => Region = itemRegion): Region {
  return difference(union(...items.filter((it) => it.kind === 'outline').map(region)), union(...items.filter((it) => it.kind === 'cutout').map(region)));
}

/** M: all raised metal (stroke outlines with caps and joins, metal areas, raised text). */
export function metalRegionOf(items: readonly Item[], region: (it: Item) => Region = itemRegion): Region {
  return union(...items.filter(isMetal).map(region));
}

/** The pin's real extent: the die line's box, or the art's box without a die line, or the artboard. */
export function pinBounds(doc: PinDocument): Bounds {
  const visible = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const die = dieRegionOf(visible);
  if (die.paths.length) return regionBounds(die);
  const b = visible.map(itemBounds).reduce(unionBounds, { ...EMPTY_BOUNDS });
  return isEmptyBounds(b) ? { minX: 0, minY: 0, maxX: doc.artboard.width, maxY: doc.artboard.height } : b;
}

export { KIND_LABEL } from './labels.ts';
