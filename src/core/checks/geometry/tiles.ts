import type { Item, PinDocument } from '../../document/types.ts';
import {
  area, clipToRect, expandBounds, interiorPoint, isEmpty, intersect, offset, regionBounds,
  regionRings, tick, union, OutOfTime, SpatialIndex, withDeadline, type Bounds, type Region,
} from '../../geometry/index.ts';
import { itemBounds, itemRegion } from '../../kinds/index.ts';
import type { CheckDef, Level, Options, ReportInput, RuleId, Suggestion } from '../types.ts';
import { buildScene, type Scene } from './scene.ts';

/**
 * Geometric checks run per tile: a fixed grid of TILE_MM squares, each checked through a window
 * that reaches `margin` beyond it, so every finding near the tile is seen whole. A tile depends
 * only on what lies in its window; after an edit only the tiles whose windows meet the edited
 * items' old or new bounds are recomputed, and the answer is the same as a full check.
 */
export const TILE_MM = 8;

/**
 * Small pins are checked in a few big tiles (less overlap between windows); busy pins in small
 * tiles, so an edit recomputes little. The size depends only on the document, so a live session
 * and a full check always tile alike.
 */
export function tileSizeFor(itemCount: number): number {
  return itemCount < 200 ? 4 * TILE_MM : itemCount < 800 ? 2 * TILE_MM : TILE_MM;
}
/** Pins are under ~100 mm; a design this wide is not a pin at real size, and checking it tile by
 * tile would take minutes. The geometric checks then step aside with a reason. */
export const MAX_CHECK_EXTENT_MM = 500;

/** What a geometric check finds in one window. */
export interface GeoFinding {
  messageId: string;
  data?: Record<string, string | number>;
  level: Level;
  /** The problem area (window coordinates; clipped to the tile core by the engine). */
  region: Region;
  itemIds: string[];
  measured?: number;
  limit?: number;
  suggestion?: Suggestion;
  /** How measured values of pieces in several tiles combine. */
  combine?: 'min' | 'max' | 'sum';
  /**
   * One cause, one finding: pieces with the same group (and message) are reported together even
   * where they do not touch, with data.places = how many separate places they make.
   */
  group?: string;
}

export interface GeoCheck<O> {
  /** How far beyond a tile this check looks (mm) for the given options. */
  reach(options: O): number;
  tile(scene: Scene, options: O): GeoFinding[];
}

interface Part extends GeoFinding {
  core: Region;
  bounds: Bounds;
}

const tileKey = (i: number, j: number) => `${i},${j}`;

/**
 * Geometry kept between check runs. Item regions are cached by item object, so an immutable
 * update of one item recomputes only that item; tiles are invalidated by the edit's bounds.
 */
export class GeometryCache {
  private readonly boxes = new WeakMap<Item, Bounds>();
  private scenes = new Map<string, Scene>();
  private results = new Map<string, Map<string, Part[]>>();
  private sceneMargin = -1;
  private doc: PinDocument | undefined;
  private index: SpatialIndex<Item> | undefined;
  private hasDie = false;
  private tile = TILE_MM;
  /** Statistics for benchmarks and tests: tiles computed so far. */
  tilesComputed = 0;
  /** Why the geometric checks did not run, when they did not. */
  skipped: string | undefined;
  /** Set by the runner for each run: a tile not started by then is left undone, not guessed. */
  deadline = Infinity;
  /** Per rule, the tiles (their core boxes) the last run left undone for want of time. */
  readonly unfinished = new Map<string, Bounds[]>();

  /** An item's area (kinds caches it per item object for everyone). */
  region(item: Item): Region {
    return itemRegion(item);
  }

  bounds(item: Item): Bounds {
    let b = this.boxes.get(item);
    if (!b) this.boxes.set(item, (b = itemBounds(item)));
    return b;
  }

  /** The box of everything checked (null for an empty design). */
  designBounds(): Bounds | null {
    return this.index?.extent() ?? null;
  }

  /** Point the cache at a new version of the document, dropping tiles the changes touch. */
  setDocument(doc: PinDocument): void {
    const prev = this.doc;
    this.doc = doc;
    const live = (d: PinDocument) => d.order.map((id) => d.items[id]).filter((it): it is Item => !!it && !it.hidden);
    const items = live(doc);
    const hasDie = items.some((it) => it.kind === 'outline');
    const tile = tileSizeFor(items.length);
    if (!prev || !this.index || hasDie !== this.hasDie || tile !== this.tile) {
      this.index = SpatialIndex.build(items.map((it) => [it, this.bounds(it)] as [Item, Bounds]));
      this.hasDie = hasDie;
      this.tile = tile;
      this.scenes.clear();
      this.results.clear();
      return;
    }
    // An edit touches a few items: move just those in the R-tree, and drop the tiles around them.
    const before = new Map(live(prev).map((it) => [it.id, it]));
    const dirty: Bounds[] = [];
    for (const it of items) {
      const old = before.get(it.id);
      if (old !== it) {
        dirty.push(this.bounds(it));
        if (old) {
          dirty.push(this.bounds(old));
          this.index.remove(old);
        }
        this.index.insert(it, this.bounds(it));
      }
      before.delete(it.id);
    }
    for (const gone of before.values()) {
      dirty.push(this.bounds(gone));
      this.index.remove(gone);
    }
    if (dirty.length) this.invalidate(dirty);
  }

  private invalidate(boxes: Bounds[]): void {
    const m = Math.max(this.sceneMargin, 0);
    for (const b of boxes) {
      const t = this.tile;
      const i0 = Math.floor((b.minX - m) / t);
      const i1 = Math.floor((b.maxX + m) / t);
      const j0 = Math.floor((b.minY - m) / t);
      const j1 = Math.floor((b.maxY + m) / t);
      for (let i = i0; i <= i1; i++) {
        for (let j = j0; j <= j1; j++) {
          const k = tileKey(i, j);
          this.scenes.delete(k);
          for (const r of this.results.values()) r.delete(k);
        }
      }
    }
  }

  private scene(i: number, j: number, margin: number): Scene | undefined {
    const k = tileKey(i, j);
    let s = this.scenes.get(k);
    if (s) return s;
    const t = this.tile;
    const core = { minX: i * t, minY: j * t, maxX: (i + 1) * t, maxY: (j + 1) * t };
    const window = expandBounds(core, margin);
    const hits = this.index!.search(window);
    if (!hits.length) return undefined;
    hits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    s = buildScene(hits.map((it) => ({ item: it, region: this.region(it), bounds: this.bounds(it) })), window, core, this.hasDie);
    this.scenes.set(k, s);
    return s;
  }

  /**
   * Windows reach `margin` beyond their tile. The runner sets it once per run from every enabled
   * check's reach, so a tile's answer never depends on which check ran first.
   */
  ensureMargin(reach: number): void {
    const margin = Math.max(1, Math.ceil((reach + 0.5) * 2) / 2);
    if (margin !== this.sceneMargin) {
      this.sceneMargin = margin;
      this.scenes.clear();
      this.results.clear();
    }
  }

  /** Findings of one geometric check over the whole design, merged across tiles. */
  findings<O>(rule: string, check: GeoCheck<O>, options: O): ReportInput[] {
    if (this.sceneMargin < 0) this.ensureMargin(check.reach(options));
    this.unfinished.delete(rule);
    const key = `${rule}|${JSON.stringify(options)}`;
    let perTile = this.results.get(key);
    if (!perTile) this.results.set(key, (perTile = new Map()));
    // The design's box is the R-tree's root box: no pass over the items per rule.
    const b = this.index!.extent();
    if (!b) return [];
    const extent = Math.max(b.maxX - b.minX, b.maxY - b.minY);
    if (!(extent <= MAX_CHECK_EXTENT_MM)) {
      this.skipped = `the design is ${Math.round(extent)} mm across (a pin is under ${MAX_CHECK_EXTENT_MM} mm): area checks were skipped; check the units of the file`;
      return [];
    }
    this.skipped = undefined;
    const parts: Part[] = [];
    const undone: Bounds[] = [];
    const t = this.tile;
    for (let i = Math.floor(b.minX / t); i <= Math.floor(b.maxX / t); i++) {
      for (let j = Math.floor(b.minY / t); j <= Math.floor(b.maxY / t); j++) {
        const k = tileKey(i, j);
        let got = perTile.get(k);
        if (!got) {
          got = performance.now() < this.deadline ? this.tryTile(i, j, check, options) : undefined;
          if (!got) {
            // Out of time: this tile is not checked, and says so; it is not cached, so the next run tries again.
            if (this.index!.search({ minX: i * t, minY: j * t, maxX: (i + 1) * t, maxY: (j + 1) * t }).length) {
              undone.push({ minX: i * t, minY: j * t, maxX: (i + 1) * t, maxY: (j + 1) * t });
            }
            continue;
          }
          perTile.set(k, got);
          this.tilesComputed++;
        }
        parts.push(...got);
      }
    }
    this.unfinished.set(rule, undone);
    // Merging is held to the deadline too (thousands of coincident pieces made it quadratic): out
    // of time, the whole check is reported as not finished by the runner.
    return mergeParts(parts);
  }

  /** One tile's findings, or undefined when the deadline passed during it (the engine stops at its next call). */
  private tryTile<O>(i: number, j: number, check: GeoCheck<O>, options: O): Part[] | undefined {
    try {
      return withDeadline(this.deadline, () => {
        const scene = this.scene(i, j, this.sceneMargin);
        return scene ? this.runTile(check, scene, options) : [];
      });
    } catch (e) {
      if (e instanceof OutOfTime) return undefined;
      throw e;
    }
  }

  private runTile<O>(check: GeoCheck<O>, scene: Scene, options: O): Part[] {
    const out: Part[] = [];
    for (const f of check.tile(scene, options)) {
      const core = clipToRect(f.region, scene.core);
      if (isEmpty(core) || area(core) <= 1e-9) continue;
      const part: Part = { ...f, core, bounds: regionBounds(core) };
      // Pieces seen from overlapping windows must not be counted twice: sums use the core part.
      if (f.combine === 'sum') part.measured = area(core);
      out.push(part);
    }
    return out;
  }
}

/** Pieces of one problem found in neighbouring tiles become one finding again. */
function mergeParts(parts: Part[]): ReportInput[] {
  const parent = parts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const idx = SpatialIndex.build(parts.map((p, i) => [i, expandBounds(p.bounds, 1e-3)] as [number, Bounds]));
  parts.forEach((p, i) => {
    tick();
    for (const j of idx.search(expandBounds(p.bounds, 1e-3))) {
      if (j <= i || parts[j]!.messageId !== p.messageId || find(i) === find(j)) continue;
      if (!isEmpty(intersect(offset(p.core, 1e-3), parts[j]!.core))) parent[find(j)] = find(i);
    }
  });
  // Places are the touching groups; then places of one cause join into one finding.
  const places = new Map<number, number>();
  const placeRoots = new Set(parts.map((_, i) => find(i)));
  const byCause = new Map<string, number>();
  for (const root of placeRoots) {
    const cause = parts[root]!.group;
    if (cause === undefined) continue;
    const key = `${parts[root]!.messageId}|${cause}`;
    const first = byCause.get(key);
    if (first === undefined) byCause.set(key, root);
    else parent[root] = find(first);
  }
  for (const root of placeRoots) places.set(find(root), (places.get(find(root)) ?? 0) + 1);
  const groups = new Map<number, Part[]>();
  parts.forEach((p, i) => {
    const g = groups.get(find(i)) ?? [];
    g.push(p);
    groups.set(find(i), g);
  });
  const out: ReportInput[] = [];
  for (const [root, g] of groups) {
    const combine = g[0]!.combine ?? 'min';
    const measuredParts = g.filter((p) => p.measured !== undefined);
    let measured: number | undefined;
    let worst = g[0]!;
    if (measuredParts.length) {
      if (combine === 'sum') measured = measuredParts.reduce((s, p) => s + p.measured!, 0);
      else {
        worst = measuredParts.reduce((w, p) => ((combine === 'min' ? p.measured! < w.measured! : p.measured! > w.measured!) ? p : w));
        measured = worst.measured;
      }
    }
    const region = g.length === 1 ? g[0]!.core : union(...g.map((p) => p.core));
    const biggest = g.reduce((a, p) => (area(p.core) > area(a.core) ? p : a));
    const level: Level = g.some((p) => p.level === 'error') ? 'error' : 'warning';
    const items = [...new Set(g.flatMap((p) => p.itemIds))].sort();
    const r: ReportInput = {
      messageId: g[0]!.messageId,
      data: { ...worst.data, ...(measured !== undefined ? { measured: fmt(measured) } : {}), places: places.get(root) ?? 1, inPlaces: (places.get(root) ?? 1) > 1 ? ` in ${places.get(root)} places` : '' },
      itemIds: items,
      at: interiorPoint(biggest.core) ?? { x: biggest.bounds.minX, y: biggest.bounds.minY },
      region: regionRings(region),
      level,
    };
    if (measured !== undefined) r.measured = measured;
    if (worst.limit !== undefined) r.limit = worst.limit;
    if (worst.suggestion) r.suggestion = worst.suggestion;
    out.push(r);
  }
  out.sort((a, b) => a.at.y - b.at.y || a.at.x - b.at.x);
  return out;
}

const fmt = (v: number) => Number(v.toFixed(v < 1 ? 3 : 2));

/** The run() of a check whose findings all come from tiles: ask the cache, report what it merged. */
export function reportTiles<O extends Options>(id: RuleId, geo: GeoCheck<O>): Pick<CheckDef<O>, 'reach' | 'run'> {
  return {
    reach: (o) => geo.reach(o),
    run(ctx) {
      for (const f of ctx.derived.geometry.findings(id, geo, ctx.options)) ctx.report(f);
    },
  };
}
