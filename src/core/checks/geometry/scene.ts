import type { ColorRef, Item } from '../../document/types.ts';
import { fillColor, isMetal } from '../../kinds/index.ts';

export { fillColor, isMetal } from '../../kinds/index.ts';
import { SLIVER_MM, sliverPieces } from './measure.ts';
import {
  area, boundsOverlap, clipToRect, components, convexMinWidth, convexRingsMinWidth, difference, EMPTY_REGION, expandBounds, intersect, isEmpty,
  offset, regionBounds, regionFromBounds, sharpestCorner, stripWidth, union,
  type Bounds, type Region,
} from '../../geometry/index.ts';

/**
 * The pin as a factory sees it, inside one window of the design: D the die area, M the raised
 * metal, and each enamel colour E(c) = its fills minus metal, within D (metal wins).
 */
export interface Cell {
  region: Region;
  area: number;
  bounds: Bounds;
  /** Minimum width when the cell is one convex polygon (fast paths), else undefined. */
  convexWidth: number | undefined;
  /** For a convex cell with convex holes: its narrowest place, else undefined. */
  ringsWidth: number | undefined;
}

export interface ColorLayer {
  key: string;
  label: string;
  color: ColorRef;
  itemIds: string[];
  /** The fills as drawn (clipped to the window). */
  fills: Region;
  /** What will hold enamel: fills − metal, within the die. */
  enamel: Region;
  /** Its parts narrower than SLIVER_MM, one region per sliver (computed on first use). */
  slivers(): Region[];
  /** The enamel without its slivers: what the cell checks measure. */
  visible(): Region;
  /** The separate cells of this colour, slivers left out (computed on first use). */
  cells(): Cell[];
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
  /** The outline interiors alone (cut-outs not removed). */
  outer: Region;
  cutouts: SceneItem[];
  metalItems: SceneItem[];
  fillItems: Array<SceneItem & { colorKey: string }>;
  /** All raised metal as drawn. */
  metal: Region;
  /** Raised metal that survives the die cut. */
  metalInDie: Region;
  colors: ColorLayer[];
  /** Every enamel fill together, minus metal, within the die, slivers left out. */
  enamelAll: Region;
  /** Where enamel can be: the die minus metal (everything minus metal without a die). */
  recess: Region;
  /** Every fill as drawn, together. */
  fillsAll: Region;
  /** True when the die covers the whole window: nothing here is outside it. */
  dieCoversWindow: boolean;
  /** The part of the die within `width` of a real cut edge (outline or cut-out), never of the
   * window's own edges. Cached per width. */
  edgeBand(width: number): Region;
}

/** Width below which a sliver is flattening noise, not enamel (same as the hairline opening). */
const HAIRLINE_MM = 0.006;

/** How far past the window the die is kept when measuring cut edges (bands up to this wide). */
const EDGE_SLACK_MM = 1.5;

/**
 * A cell that cannot hold a sliver: convex (holes convex too), at least 4 sliver widths across
 * everywhere, and no corner sharper than 45°, so the only parts a sliver-sized disc misses are
 * small compact corner residues (a property test holds this against the full opening).
 */
export function clearlyNoSliver(c: Region): boolean {
  const width = c.paths.length === 1 ? convexMinWidth(c) : convexRingsMinWidth(c);
  return width !== undefined && width >= 4 * SLIVER_MM && sharpestCorner(c) >= 45;
}

/** The fills of one colour that make up a cell (bounds first, then a real intersection). */
export function cellItemIds(scene: Scene, layer: ColorLayer, cell: Cell): string[] {
  return scene.fillItems
    .filter((f) => f.colorKey === layer.key && boundsOverlap(f.bounds, cell.bounds) && !isEmpty(intersect(f.region, cell.region)))
    .map((f) => f.item.id);
}

export function colorKeyOf(c: ColorRef): string {
  return c.code ? `code:${c.code.toLowerCase().replace(/\s+/g, '')}` : `hex:${c.hex}`;
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
  const outer = hasDie ? union(...outlines) : EMPTY_REGION;
  const die = hasDie ? difference(outer, union(...cutouts.map((c) => c.region))) : EMPTY_REGION;
  // The die over a wider window, for cut-edge bands that must not see the window's own edges.
  const wide = expandBounds(window, EDGE_SLACK_MM);
  const wideDie = hasDie
    ? difference(union(...items.filter((x) => x.item.kind === 'outline').map((x) => clipToRect(x.region, wide))),
      union(...items.filter((x) => x.item.kind === 'cutout').map((x) => clipToRect(x.region, wide))))
    : EMPTY_REGION;
  const wideArea = (wide.maxX - wide.minX) * (wide.maxY - wide.minY);
  const noCutEdgeNear = hasDie && area(wideDie) >= wideArea - 1e-6;
  const bands = new Map<number, Region>();
  const edgeBand = (width: number): Region => {
    let band = bands.get(width);
    if (band) return band;
    if (!hasDie || (noCutEdgeNear && width <= EDGE_SLACK_MM)) band = EMPTY_REGION;
    else if (width <= EDGE_SLACK_MM) band = clipToRect(difference(wideDie, offset(wideDie, -width)), window);
    else {
      const wider = expandBounds(window, 2 * width);
      const pick = (k: Item['kind']) => items.filter((x) => x.item.kind === k).map((x) => clipToRect(x.region, wider));
      const d = difference(union(...pick('outline')), union(...pick('cutout')));
      band = clipToRect(difference(d, offset(d, -width)), window);
    }
    bands.set(width, band);
    return band;
  };
  const windowArea = (window.maxX - window.minX) * (window.maxY - window.minY);
  const dieCoversWindow = hasDie && area(die) >= windowArea - 1e-6;
  const metal = union(...metalItems.map((m) => m.region));
  // The recess: where enamel can be. Each colour's enamel is its fills within it (one boolean).
  const recess = hasDie && !dieCoversWindow ? difference(die, metal) : undefined;
  const colors: ColorLayer[] = [];
  for (const [key, g] of byColor) {
    const fills = union(...g.regions);
    const enamel = recess ? intersect(fills, recess) : difference(fills, metal);
    let cells: Cell[] | undefined;
    let slivers: Region[] | undefined;
    let visible: Region | undefined;
    // Long and thin: a fill's edge running beside its line. Short pieces are the tips of cells in
    // acute corners, which stay part of their cells (enamel-too-narrow's tips).
    // Most colours are simple cells with nothing thin about them: those skip the opening (its
    // cost on a 2,000-cell mosaic was ~40 % of the checks).
    let parts: Region[] | undefined;
    const partsOf = () => (parts ??= components(enamel));
    const sliversOf = () => (slivers ??= partsOf().every(clearlyNoSliver) ? [] : sliverPieces(enamel));
    const visibleOf = () => (visible ??= sliversOf().length ? difference(enamel, union(...sliversOf())) : enamel);
    colors.push({
      key, label: g.color.code ?? g.color.hex, color: g.color, itemIds: g.ids, fills, enamel, slivers: sliversOf, visible: visibleOf,
      // Hairline slivers (edges that coincide but were flattened apart) are not cells.
      cells: () => (cells ??= (sliversOf().length ? components(visibleOf()) : partsOf())
        .map((c) => ({ region: c, area: area(c), bounds: regionBounds(c), convexWidth: convexMinWidth(c), ringsWidth: c.paths.length > 1 ? convexRingsMinWidth(c) : undefined }))
        .filter((c) => c.area > HAIRLINE_MM * HAIRLINE_MM && stripWidth(c.region) > HAIRLINE_MM / 2)),
    });
  }
  colors.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let metalInDie: Region | undefined;
  let enamelAll: Region | undefined;
  let recessAll: Region | undefined;
  let fillsAll: Region | undefined;
  // The rest is computed on first use: not every check needs it.
  return {
    window, core, hasDie, die, outer, cutouts, metalItems, fillItems, metal, colors, edgeBand, dieCoversWindow,
    get metalInDie() {
      return (metalInDie ??= hasDie && !dieCoversWindow ? intersect(metal, die) : metal);
    },
    get enamelAll() {
      return (enamelAll ??= union(...colors.map((c) => c.visible())));
    },
    get recess() {
      return (recessAll ??= recess ?? difference(hasDie ? die : regionFromBounds(window), metal));
    },
    get fillsAll() {
      return (fillsAll ??= union(...colors.map((c) => c.fills)));
    },
  };
}
