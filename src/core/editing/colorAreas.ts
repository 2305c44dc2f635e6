import { colorKeyOf } from '../checks/geometry/scene.ts';
import type { ColorRef, PinDocument } from '../document/types.ts';
import { area, difference, intersect, union, type Region } from '../geometry/index.ts';
import { dieRegionOf, fillColor, itemRegion, metalRegionOf } from '../kinds/index.ts';

export interface ColorArea {
  color: ColorRef;
  /** Enamel that will really be there: the fills minus metal, inside the die (mm²). */
  area: number;
  items: number;
}

/** Each enamel colour of the pin with its area, largest first (the factory prices by colour). */
export function colorAreas(doc: PinDocument): ColorArea[] {
  const items = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const outlines = items.filter((it) => it.kind === 'outline');
  const die: Region | null = outlines.length ? dieRegionOf(items) : null;
  const metal = metalRegionOf(items);
  const groups = new Map<string, { color: ColorRef; regions: Region[] }>();
  for (const it of items) {
    const c = fillColor(it);
    if (!c) continue;
    const key = colorKeyOf(c);
    const g = groups.get(key) ?? { color: c, regions: [] };
    g.regions.push(itemRegion(it));
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => {
    let enamel = difference(union(...g.regions), metal);
    if (die) enamel = intersect(enamel, die);
    return { color: g.color, area: area(enamel), items: g.regions.length };
  }).sort((a, b) => b.area - a.area);
}
