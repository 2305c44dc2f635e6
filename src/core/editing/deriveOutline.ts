import type { Item, MetalAreaItem, OutlineItem, PinDocument } from '../document/types.ts';
import { difference, fillHoles, isEmpty, offset, regionToPath, union, type Region } from '../geometry/index.ts';
import { itemRegion } from '../kinds/index.ts';

export type DeriveResult = { ok: true; outline: OutlineItem; rim: MetalAreaItem; removed: string[] } | { ok: false; reason: string };

/**
 * A die line around the artwork with a metal rim `rim` mm wide: the silhouette of all metal and
 * enamel (holes filled), grown by the rim. The band between art and die line becomes a metal area,
 * so enamel never reaches the cut edge. Existing die lines are replaced.
 */
export function deriveOutline(doc: PinDocument, rim: number, ids: { outline: string; rim: string }): DeriveResult {
  if (!(rim > 0 && rim <= 10)) return { ok: false, reason: 'The rim must be between 0 and 10 mm wide.' };
  const art = doc.order.map((id) => doc.items[id]!).filter((it): it is Item => !!it && !it.hidden && it.kind !== 'outline' && it.kind !== 'cutout');
  if (!art.length) return { ok: false, reason: 'Draw some artwork first: the die line is made around it.' };
  return dieAround(union(...art.map(itemRegion)), rim, ids, doc.order.filter((id) => doc.items[id]?.kind === 'outline'));
}

/** The die line `rim` mm around a silhouette (its holes filled), and the metal rim between them. */
export function dieAround(shape: Region, rim: number, ids: { outline: string; rim: string }, removed: string[] = []): DeriveResult {
  const silhouette = fillHoles(shape);
  if (isEmpty(silhouette)) return { ok: false, reason: 'The artwork has no area to put a die line around.' };
  const die = offset(silhouette, rim);
  return {
    ok: true,
    outline: { id: ids.outline, kind: 'outline', path: regionToPath(die) },
    rim: { id: ids.rim, kind: 'metal-area', name: `Rim ${rim} mm`, path: regionToPath(difference(die, silhouette)), fillRule: 'nonzero' },
    removed,
  };
}
