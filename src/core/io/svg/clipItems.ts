import type { Item } from '../../document/types.ts';
import { area, intersect, regionToPath, type Region } from '../../geometry/index.ts';
import { itemRegion } from '../../kinds/index.ts';
import { TOLERANCE } from '../../units.ts';
import type { Drawable, ImportNote } from './walk.ts';

/** What clipping did, for one note each. */
export interface ClipTally {
  cut: Set<string>;
  gone: Set<string>;
  by: Set<string>;
}

/**
 * The items made from one clipped element, each cut to what its clip leaves. An item the clip
 * does not touch keeps its exact curves; a clipped metal line is a metal area (its edge is the
 * clip's, not a stroke's); an item clipped away entirely is left out.
 */
export function clipItems(items: Item[], first: number, d: Drawable, tally: ClipTally): void {
  const clip = d.clip as Region;
  for (let i = items.length - 1; i >= first; i--) {
    const it = items[i]!;
    const region = itemRegion(it);
    const before = area(region);
    const kept = intersect(region, clip);
    const after = area(kept);
    if (before - after <= TOLERANCE.areaMm2) continue;
    for (const by of d.clippedBy ?? []) tally.by.add(by);
    if (after <= TOLERANCE.areaMm2) {
      tally.gone.add(d.label);
      items.splice(i, 1);
      continue;
    }
    tally.cut.add(d.label);
    const named = it.name ? { name: it.name } : {};
    items[i] = it.kind === 'metal-line'
      ? { id: it.id, ...named, kind: 'metal-area', path: regionToPath(kept), fillRule: 'nonzero' }
      : ({ ...it, path: regionToPath(kept), fillRule: 'nonzero' } as Item);
  }
}

export function clipNotes(t: ClipTally, notes: ImportNote[]): void {
  const list = (s: Set<string>) => `${[...s].slice(0, 6).join(', ')}${s.size > 6 ? `, and ${s.size - 6} more` : ''}`;
  if (t.cut.size) notes.push({ level: 'info', message: `${t.cut.size} element(s) were cut to ${list(t.by)}, as drawn: ${list(t.cut)}` });
  if (t.gone.size) notes.push({ level: 'info', message: `${t.gone.size} element(s) lie wholly outside their clipping path, mask or viewport and were left out: ${list(t.gone)}` });
}
