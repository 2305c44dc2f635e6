import RBush from 'rbush';
import type { Bounds } from './flatten.ts';

interface Entry<T> extends Bounds {
  value: T;
}

/** R-tree over item bounds, so pairwise work visits neighbours instead of every item. */
export class SpatialIndex<T> {
  private readonly tree = new RBush<Entry<T>>();
  private readonly entries = new Map<T, Entry<T>>();

  static build<T>(items: Iterable<[T, Bounds]>): SpatialIndex<T> {
    const index = new SpatialIndex<T>();
    const batch: Entry<T>[] = [];
    for (const [value, b] of items) {
      const e = { ...b, value };
      index.entries.set(value, e);
      batch.push(e);
    }
    index.tree.load(batch);
    return index;
  }

  insert(value: T, b: Bounds): void {
    this.remove(value);
    const e = { ...b, value };
    this.entries.set(value, e);
    this.tree.insert(e);
  }

  remove(value: T): void {
    const e = this.entries.get(value);
    if (!e) return;
    this.tree.remove(e);
    this.entries.delete(value);
  }

  /** The box around everything indexed (the R-tree root's box), or null when empty. */
  extent(): Bounds | null {
    const root = this.tree.toJSON() as Bounds & { children: unknown[] };
    return root.children.length ? { minX: root.minX, minY: root.minY, maxX: root.maxX, maxY: root.maxY } : null;
  }

  search(b: Bounds): T[] {
    return this.tree.search(b).map((e) => e.value);
  }

  get size(): number {
    return this.entries.size;
  }
}
