import type { Item, PinDocument } from '../document/types.ts';
import {
  boundsOfPolylines, EMPTY_BOUNDS, flattenPath, isEmptyBounds, regionBounds,
  type Bounds, type Region,
} from '../geometry/index.ts';
import { dieRegionOf } from '../kinds/index.ts';
import { GeometryCache } from './geometry/tiles.ts';

/**
 * Geometry derived from the document, computed once per run and only when a check asks.
 * Checks share it, so the die area is never unioned twice.
 */
export class Derived {
  private die?: Region;
  private dieBox?: Bounds;
  readonly geometry: GeometryCache;

  constructor(readonly doc: PinDocument, cache?: GeometryCache) {
    this.geometry = cache ?? new GeometryCache();
    this.geometry.setDocument(doc);
  }

  items(kind?: Item['kind']): Item[] {
    const out: Item[] = [];
    for (const id of this.doc.order) {
      const it = this.doc.items[id];
      if (it && !it.hidden && (!kind || it.kind === kind)) out.push(it);
    }
    return out;
  }

  region(item: Item): Region {
    return this.geometry.region(item);
  }

  itemBounds(item: Item): Bounds {
    return this.geometry.bounds(item);
  }

  /** D: the die area, outline interiors minus cut-outs. */
  dieRegion(): Region {
    this.die ??= dieRegionOf(this.items(), (it) => this.region(it));
    return this.die;
  }

  /** The pin's extent: the die line's bounds, or the artwork's when no die line is drawn. */
  pinBounds(): Bounds {
    if (this.dieBox) return this.dieBox;
    const outlines = this.items('outline');
    let b: Bounds;
    if (outlines.length) b = regionBounds(this.dieRegion());
    else {
      b = { ...EMPTY_BOUNDS };
      for (const it of this.items()) {
        const ib = this.itemBounds(it);
        b = { minX: Math.min(b.minX, ib.minX), minY: Math.min(b.minY, ib.minY), maxX: Math.max(b.maxX, ib.maxX), maxY: Math.max(b.maxY, ib.maxY) };
      }
    }
    this.dieBox = b;
    return b;
  }

  hasArt(): boolean {
    return !isEmptyBounds(this.pinBounds());
  }

  /** A point on the item's own path: half way along its first sub-path. */
  anchor(item: Item): { x: number; y: number } {
    const polys = flattenPath(item.kind === 'text' ? item.outlines : item.path);
    const first = polys[0];
    if (!first || first.pts.length < 4) {
      const b = boundsOfPolylines(polys);
      return isEmptyBounds(b) ? { x: 0, y: 0 } : { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 };
    }
    const p = first.pts;
    let total = 0;
    for (let i = 2; i < p.length; i += 2) total += Math.hypot(p[i]! - p[i - 2]!, p[i + 1]! - p[i - 1]!);
    let walked = 0;
    for (let i = 2; i < p.length; i += 2) {
      const seg = Math.hypot(p[i]! - p[i - 2]!, p[i + 1]! - p[i - 1]!);
      if (walked + seg >= total / 2 && seg > 0) {
        const t = (total / 2 - walked) / seg;
        return { x: p[i - 2]! + t * (p[i]! - p[i - 2]!), y: p[i - 1]! + t * (p[i + 1]! - p[i - 1]!) };
      }
      walked += seg;
    }
    return { x: p[0]!, y: p[1]! };
  }
}
