import type { EnamelFillItem, Item } from '../../document/types.ts';
import { area, difference, isEmpty, regionBounds, regionToPath, SpatialIndex, union, type Region } from '../../geometry/index.ts';
import { itemRegion } from '../../kinds/index.ts';
import { TOLERANCE } from '../../units.ts';
import type { ImportNote } from './walk.ts';

/**
 * Fills painted over others hide them: each enamel fill keeps only what no fill above it covers.
 * Done top-down, with an R-tree of the fills above that still show somewhere: a fill hidden
 * entirely lies within those above it, so subtracting only the showing ones near a fill's box
 * takes away the same area, at the cost of its neighbours only (it was a union of every fill
 * above each one: 1,000 stacked fills took over 10 s). Under a deep stack (more than STACK_EXACT
 * showing fills over one box, as in an expanded gradient's 256 nested rings) it subtracts the
 * union of every fill above instead, kept as it grows: one small union a fill, not 256.
 */
const STACK_EXACT = 32;

export function applyPaintOrder(items: Item[], notes: ImportNote[]): Item[] {
  const enamel = items.map((it, i) => ({ it, i })).filter((e) => e.it.kind === 'enamel-fill');
  if (enamel.length < 2) return items;
  const showingAbove = new SpatialIndex<number>();
  let coverAll: Region | undefined;
  const pending: Region[] = [];
  const out = [...items];
  const dropped = new Set<number>();
  for (let k = enamel.length - 1; k >= 0; k--) {
    const { it, i } = enamel[k]!;
    const mine = itemRegion(it);
    const box = regionBounds(mine);
    const above = showingAbove.search(box);
    showingAbove.insert(i, box);
    if (!above.length) {
      pending.push(mine);
      continue;
    }
    let cover: Region;
    if (above.length <= STACK_EXACT && !coverAll) cover = union(...above.map((j) => itemRegion(items[j]!)));
    else {
      // Everything above so far, merged once and then one fill at a time.
      coverAll = union(...(coverAll ? [coverAll] : []), ...pending);
      pending.length = 0;
      cover = coverAll;
    }
    pending.push(mine);
    const visible = difference(mine, cover);
    const after = area(visible);
    if (area(mine) - after <= TOLERANCE.areaMm2) continue;
    if (isEmpty(visible) || after <= TOLERANCE.areaMm2) {
      dropped.add(i);
      showingAbove.remove(i);
      notes.push({ level: 'info', message: `enamel fill ${it.name ?? it.id} is completely covered by fills painted above it; it was left out` });
      continue;
    }
    out[i] = { ...(it as EnamelFillItem), path: regionToPath(visible), fillRule: 'nonzero' };
  }
  return out.filter((_, i) => !dropped.has(i));
}
