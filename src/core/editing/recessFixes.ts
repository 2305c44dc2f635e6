import type { Violation } from '../checks/types.ts';
import type { ColorRef, Item } from '../document/types.ts';
import { isEmpty, offset, regionFromPath, ringsToPath } from '../geometry/index.ts';

/** What a factory would do with a bare recess: fill it, raise it to metal, or cut it out. */
export interface RecessFix {
  kind: 'fill' | 'metal' | 'cutout';
  label: string;
  item: Item;
}

/** The smallest hole a factory cuts (hole-too-small's default minimum diameter, mm). */
export const MIN_HOLE_MM = 1.2;

/**
 * The fixes for a fill-gap finding, as new items covering exactly its region: an enamel fill in
 * the neighbouring colour (or the one given), a metal area, and a cut-out when a hole of
 * MIN_HOLE_MM fits in it. The region's rings are even-odd, as the checks report them.
 */
export function recessFixes(v: Pick<Violation, 'rule' | 'region' | 'suggestion'>, id: (prefix: string) => string, fallback: ColorRef): RecessFix[] {
  if (v.rule !== 'fill-gap' || !v.region?.length) return [];
  const path = ringsToPath(v.region);
  const color: ColorRef = v.suggestion?.kind === 'extend-fill' ? { hex: v.suggestion.hex, ...(v.suggestion.code ? { code: v.suggestion.code } : {}) } : fallback;
  const fixes: RecessFix[] = [
    { kind: 'fill', label: `Fill with ${color.code ?? color.hex}`, item: { id: id('fill'), kind: 'enamel-fill', path, fillRule: 'evenodd', color, finish: 'standard' } },
    { kind: 'metal', label: 'Make it metal', item: { id: id('metal'), kind: 'metal-area', path, fillRule: 'evenodd' } },
  ];
  const room = offset(regionFromPath(path, 'evenodd'), -MIN_HOLE_MM / 2);
  if (!isEmpty(room)) fixes.push({ kind: 'cutout', label: 'Cut it out', item: { id: id('cutout'), kind: 'cutout', path } });
  return fixes;
}
