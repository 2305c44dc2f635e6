import { colorKeyOf } from '../checks/geometry/scene.ts';
import type { ColorRef, Finish, PinDocument } from '../document/types.ts';
import { area, difference, intersect, union, type Region } from '../geometry/index.ts';
import { dieRegionOf, fillColor, itemRegion, metalRegionOf } from '../kinds/index.ts';

export interface ColorArea {
  color: ColorRef;
  /** Enamel that will really be there: the fills minus metal, inside the die (mm²). */
  area: number;
  items: number;
}

export interface ColorRegion {
  color: ColorRef;
  /** The enamel of this colour that will really be there: fills minus metal, inside the die. */
  region: Region;
  items: string[];
  /** Special enamels used in this colour (glitter, glow, translucent). */
  finishes: Finish[];
}

/** Each enamel colour with its real enamel region, in the order the colours first appear. */
export function colorRegions(doc: PinDocument): ColorRegion[] {
  const items = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const outlines = items.filter((it) => it.kind === 'outline');
  const die: Region | null = outlines.length ? dieRegionOf(items) : null;
  const metal = metalRegionOf(items);
  const groups = new Map<string, { color: ColorRef; regions: Region[]; items: string[]; finishes: Set<Finish> }>();
  for (const it of items) {
    const c = fillColor(it);
    if (!c) continue;
    const key = colorKeyOf(c);
    const g = groups.get(key) ?? { color: c, regions: [], items: [], finishes: new Set<Finish>() };
    g.regions.push(itemRegion(it));
    g.items.push(it.id);
    if (it.kind === 'enamel-fill' && it.finish !== 'standard') g.finishes.add(it.finish);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => {
    let enamel = difference(union(...g.regions), metal);
    if (die) enamel = intersect(enamel, die);
    return { color: g.color, region: enamel, items: g.items, finishes: [...g.finishes].sort() };
  });
}

/** Each enamel colour of the pin with its area, largest first (the factory prices by colour). */
export function colorAreas(doc: PinDocument): ColorArea[] {
  return colorRegions(doc)
    .map((c) => ({ color: c.color, area: area(c.region), items: c.items.length }))
    .sort((a, b) => b.area - a.area);
}
