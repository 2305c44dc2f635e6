import { withoutHairlines } from '../checks/geometry/measure.ts';
import type { PinDocument } from '../document/types.ts';
import type { ColorRegion } from '../editing/colorAreas.ts';
import { difference, intersect, union, type Region } from '../geometry/index.ts';
import { dieRegionOf, fillColor, itemRegion, metalRegionOf } from '../kinds/index.ts';

/**
 * The pin as the factory will make it, part by part, as exact disjoint areas: what every output
 * (proof views, plates, SVG layers, mockup) draws, so none of them can show enamel over a hole,
 * metal past the cut line or art beyond the die.
 */
export interface MadePin {
  /** The metal blank: the die line's interior minus the cut-outs (or the art, without a die line). */
  die: Region;
  /** Raised metal, inside the die. */
  metal: Region;
  /** Enamel per colour (as colorRegions gives them), inside the die, never over metal or a hole. */
  enamel: Region[];
  /** Bare recess: inside the die, neither raised metal nor enamel (hairline slivers dropped). */
  recess: Region;
}

export function madePin(doc: PinDocument, colours: readonly Pick<ColorRegion, 'region'>[]): MadePin {
  const items = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const metalAll = metalRegionOf(items);
  const hasOutline = items.some((it) => it.kind === 'outline');
  // Without a die line the pin is its art (the importer's rule), still with its holes cut.
  const die = hasOutline ? dieRegionOf(items)
    : difference(union(metalAll, ...items.filter((it) => fillColor(it)).map(itemRegion)), union(...items.filter((it) => it.kind === 'cutout').map(itemRegion)));
  const metal = intersect(metalAll, die);
  const enamel = colours.map((c) => intersect(c.region, die));
  // Slivers narrower than the engine's hairline are where edges were flattened apart, not recess.
  const recess = union(...withoutHairlines(difference(difference(die, metal), union(...enamel))));
  return { die, metal, enamel, recess };
}
