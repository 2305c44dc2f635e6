import type { ColorRef, Item } from '../../document/types.ts';
import {
  clipToRect, difference, EMPTY_REGION, intersect, isEmpty, union, type Bounds, type Region,
} from '../../geometry/index.ts';

/**
 * The pin as a factory sees it, inside one window of the design: D the die area, M the raised
 * metal, and each enamel colour E(c) = its fills minus metal, within D (metal wins).
 */
export interface ColorLayer {
  key: string;
  label: string;
  color: ColorRef;
  itemIds: string[];
  /** The fills as drawn (clipped to the window). */
  fills: Region;
  /** What will hold enamel: fills − metal, within the die. */
  enamel: Region;
}

export interface SceneItem {
  item: Item;
  region: Region;
  bounds: Bounds;
}

export interface Scene {
  window: Bounds;
  core: Bounds;
  hasDie: boolean;
  /** Die area (outline interiors − cut-outs), clipped to the window. */
  die: Region;
  cutouts: SceneItem[];
  metalItems: SceneItem[];
  fillItems: Array<SceneItem & { colorKey: string }>;
  /** All raised metal as drawn. */
  metal: Region;
  /** Raised metal that survives the die cut. */
  metalInDie: Region;
  colors: ColorLayer[];
  /** Every enamel fill together, minus metal, within the die. */
  enamelAll: Region;
}

export function colorKeyOf(c: ColorRef): string {
  return c.code ? `code:${c.code.toLowerCase().replace(/\s+/g, '')}` : `hex:${c.hex}`;
}

export function isMetal(item: Item): boolean {
  return item.kind === 'metal-line' || item.kind === 'metal-area' || (item.kind === 'text' && item.mode === 'raised-metal');
}

export function fillColor(item: Item): ColorRef | undefined {
  if (item.kind === 'enamel-fill') return item.color;
  if (item.kind === 'text' && item.mode === 'recessed-enamel') return item.color ?? { hex: '#FFFFFF', code: 'White' };
  return undefined;
}

export function buildScene(
  items: ReadonlyArray<{ item: Item; region: Region; bounds: Bounds }>,
  window: Bounds,
  core: Bounds,
  hasDie: boolean,
): Scene {
  const clip = (r: Region) => clipToRect(r, window);
  const outlines: Region[] = [];
  const cutouts: SceneItem[] = [];
  const metalItems: SceneItem[] = [];
  const fillItems: Scene['fillItems'] = [];
  const byColor = new Map<string, { color: ColorRef; ids: string[]; regions: Region[] }>();
  for (const { item, region, bounds } of items) {
    const r = clip(region);
    if (isEmpty(r)) continue;
    if (item.kind === 'outline') outlines.push(r);
    else if (item.kind === 'cutout') cutouts.push({ item, region: r, bounds });
    else if (isMetal(item)) metalItems.push({ item, region: r, bounds });
    else {
      const color = fillColor(item);
      if (!color) continue;
      const key = colorKeyOf(color);
      fillItems.push({ item, region: r, bounds, colorKey: key });
      const g = byColor.get(key) ?? { color, ids: [], regions: [] };
      g.ids.push(item.id);
      g.regions.push(r);
      byColor.set(key, g);
    }
  }
  const die = hasDie ? difference(union(...outlines), union(...cutouts.map((c) => c.region))) : EMPTY_REGION;
  const metal = union(...metalItems.map((m) => m.region));
  const metalInDie = hasDie ? intersect(metal, die) : metal;
  const colors: ColorLayer[] = [];
  for (const [key, g] of byColor) {
    const fills = union(...g.regions);
    let enamel = difference(fills, metal);
    if (hasDie) enamel = intersect(enamel, die);
    colors.push({ key, label: g.color.code ?? g.color.hex, color: g.color, itemIds: g.ids, fills, enamel });
  }
  colors.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    window, core, hasDie, die, cutouts, metalItems, fillItems, metal, metalInDie, colors,
    enamelAll: union(...colors.map((c) => c.enamel)),
  };
}
