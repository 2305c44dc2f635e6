import {
  area, boundsOverlap, clipToRect, components, difference, expandBounds, intersect, isEmpty, offset, opening, regionBounds,
  type Bounds, type Region,
} from '../../geometry/index.ts';
import { TOLERANCE } from '../../units.ts';
import type { SceneItem } from './scene.ts';

// The tolerances of the area checks, named once (STACK.md, "what a reference prototype taught").

/** Shrink each radius by this, so a feature exactly at the limit passes, curves included (a
 * flattened circle lies up to the flattening tolerance inside the true one). */
export const HAIR_MM = TOLERANCE.flattenMm + 0.001;
/** Grow an opening by this before subtracting, so polygon approximation along curves and rotated
 * edges is not reported as thin. */
export const GROW_MM = 0.005;
/** An opening leaves residue in every convex corner (~0.19 r² at 90°). Residue below this many r²
 * is a corner, not a problem: it passes corners of about 80° and wider. */
export const CORNER_K = 0.3;
/** Thin parts above this many r² are channels (errors); smaller ones are sharp tips (warnings). */
export const CHANNEL_K = 3;
/** Coincident boundaries flattened separately differ by hair-thin rings: open them away first. */
export const HAIRLINE_MM = 0.006;
/** Areas (mm²) below this are numerical dust, not a gap or overlap anyone could fill. */
export const SPECK_MM2 = 0.002;

/**
 * Enamel narrower than this (mm) is a sliver no artist can see at actual size and no factory can
 * fill on its own: where a fill's edge misses its metal line by a hair. Slivers are not cells;
 * each colour's slivers make one finding that says what happened.
 */
export const SLIVER_MM = 0.05;
/** A sliver is at least this many times as long as it is wide (area over width²). */
export const SLIVER_ELONGATION = 4;

/** The slivers of an area of enamel: parts narrower than SLIVER_MM and SLIVER_ELONGATION times as long. */
export function sliverPieces(r: Region): Region[] {
  return significantPieces(narrowParts(r, SLIVER_MM / 2 + HAIR_MM), SLIVER_MM / 2)
    .filter((p) => p.area > SLIVER_ELONGATION * (2 * inscribedRadius(p.region, SLIVER_MM / 2)) ** 2).map((p) => p.region);
}

/** Parts of a region narrower than 2·radius: what a disc of that radius cannot reach. */
export function narrowParts(r: Region, radius: number): Region {
  const rr = radius - HAIR_MM;
  if (rr <= 0 || isEmpty(r)) return { paths: [] };
  return difference(r, offset(opening(r, rr), GROW_MM));
}

/** Pieces bigger than corner residue, with their areas. */
export function significantPieces(r: Region, radius: number): Array<{ region: Region; area: number }> {
  const cutoff = CORNER_K * radius * radius;
  return components(r).map((c) => ({ region: c, area: area(c) })).filter((c) => c.area > cutoff);
}

/** Remove hairline slivers and specks, keeping the exact shape of what remains. */
export function withoutHairlines(r: Region, minArea = SPECK_MM2): Region[] {
  if (isEmpty(r)) return [];
  const opened = opening(r, HAIRLINE_MM / 2);
  const out: Region[] = [];
  for (const c of components(opened)) {
    if (area(c) <= minArea) continue;
    const exact = intersect(r, offset(c, HAIRLINE_MM));
    if (!isEmpty(exact)) out.push(exact);
  }
  return out;
}

/**
 * How wide a region is where `piece` lies: the width of the widest disc that still reaches into
 * the piece, found by bisection on the same opening that finds narrow parts. This one number is
 * printed and compared with the limits, so the message and the severity never disagree.
 * Only the neighbourhood of the piece is opened (a disc of radius `max` sees no further).
 */
export function localWidth(r: Region, piece: Region, max: number): number {
  const near = clipToRect(r, expandBounds(regionBounds(piece), 2 * max + 0.05));
  const narrowAt = (radius: number) => significantPieces(intersect(narrowParts(near, radius), piece), radius - HAIR_MM).length > 0;
  let lo = HAIR_MM;
  let hi = max;
  if (!narrowAt(hi)) return 2 * (hi - HAIR_MM);
  for (let i = 0; i < 9; i++) {
    const mid = (lo + hi) / 2;
    if (narrowAt(mid)) hi = mid;
    else lo = mid;
  }
  // narrowParts shrinks its radius by HAIR_MM: the width is what the disc really spans.
  return Math.max(0, 2 * (hi - HAIR_MM));
}

/** Radius of the largest disc that fits (bisection on inward offsets), up to `max`. */
export function inscribedRadius(r: Region, max: number): number {
  if (!isEmpty(offset(r, -max))) return max;
  let lo = 0;
  let hi = max;
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    if (isEmpty(offset(r, -mid))) hi = mid;
    else lo = mid;
  }
  return lo;
}

/** Scene items whose area meets the region (bounds first, then a real intersection). */
export function itemsTouching<T extends SceneItem>(items: readonly T[], r: Region, slack = 0.01): T[] {
  const b: Bounds = expandBounds(regionBounds(r), slack);
  const grown = slack > 0 ? offset(r, slack) : r;
  return items.filter((it) => boundsOverlap(it.bounds, b) && !isEmpty(intersect(it.region, grown)));
}

export const ids = (items: readonly SceneItem[]) => items.map((i) => i.item.id);

/** A cell that cannot hold the minimum circle is "too small" when compact, "too narrow" when it is
 * a long channel (more than CHANNEL_K circles' worth of area). */
export function isCompactCell(cellArea: number, minWidth: number): boolean {
  return cellArea <= CHANNEL_K * minWidth * minWidth;
}
