import type { Item, PinDocument } from '../document/types.ts';
import {
  boundsOfPolylines, EMPTY_BOUNDS, flattenPath, isEmptyBounds, regionBounds, union, difference,
  type Bounds, type Region,
} from '../geometry/index.ts';
import { itemBounds, itemRegion } from '../kinds/index.ts';

/**
 * Geometry derived from the document, computed once per run and only when a check asks.
 * Checks share it, so the die area is never unioned twice.
 */
export class Derived {
  private readonly regions = new Map<string, Region>();
  private readonly bounds = new Map<string, Bounds>();
  private die?: Region;
  private dieBox?: Bounds;

  constructor(readonly doc: PinDocument) {}

  items(kind?: Item['kind']): Item[] {
    const out: Item[] = [];
    for (const id of this.doc.order) {
      const it = this.doc.items[id];
      if (it && !it.hidden && (!kind || it.kind === kind)) out.push(it);
    }
    return out;
  }

  region(item: Item): Region {
    let r = this.regions.get(item.id);
    if (!r) this.regions.set(item.id, (r = itemRegion(item)));
    return r;
  }

  itemBounds(item: Item): Bounds {
    let b = this.bounds.get(item.id);
    if (!b) this.bounds.set(item.id, (b = itemBounds(item)));
    return b;
  }

  /** D: the die area, outline interiors minus cut-outs. */
  dieRegion(): Region {
    this.die ??= difference(union(...this.items('outline').map((o) => this.region(o))), union(...this.items('cutout').map((c) => this.region(c))));
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

  /** A point on the item's own path (its first anchor, or the middle of its first sub-path). */
  anchor(item: Item): { x: number; y: number } {
    const polys = flattenPath(item.kind === 'text' ? item.outlines : item.path);
    const first = polys[0];
    if (!first || first.pts.length < 2) {
      const b = boundsOfPolylines(polys);
      return isEmptyBounds(b) ? { x: 0, y: 0 } : { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 };
    }
    const n = first.pts.length / 2;
    const k = Math.floor(n / 2);
    return { x: first.pts[2 * k]!, y: first.pts[2 * k + 1]! };
  }
}
