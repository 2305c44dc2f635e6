import { z } from 'zod';
import { ItemSchema } from '../document/schema.ts';
import type { Item, PinDocument } from '../document/types.ts';
import { pathGeomToData } from '../geometry/index.ts';
import { importSvg, type ImportNote } from '../io/svg/import.ts';
import { fail, ok, type Result } from '../result.ts';
import { transformItem } from './transformItems.ts';

// The clipboard carries a selection as SVG, in mm and in the layers the importer reads, so a copy
// pastes into Illustrator or Inkscape as the art it is, and art copied there pastes here through
// the importer. A copy made here also carries its items exactly (text stays text, names and
// finishes stay), in an attribute other editors ignore.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ITEMS_ATTR = 'data-pinsmith-items';

function itemSvg(it: Item): string {
  const id = ` id="${esc(it.id)}"`;
  switch (it.kind) {
    case 'metal-line':
      return `<path${id} d="${pathGeomToData(it.path)}" fill="none" stroke="#000000" stroke-width="${it.width}" stroke-linecap="${it.cap}" stroke-linejoin="${it.join}" stroke-miterlimit="${it.miterLimit ?? 4}"/>`;
    case 'metal-area':
      return `<path${id} d="${pathGeomToData(it.path)}" fill="#000000" fill-rule="${it.fillRule}"/>`;
    case 'enamel-fill':
      return `<path${id} d="${pathGeomToData(it.path)}" fill="${it.color.hex}" fill-rule="${it.fillRule}"${it.color.code ? ` data-pantone="${esc(it.color.code)}"` : ''}${it.finish !== 'standard' ? ` data-finish="${it.finish}"` : ''}/>`;
    case 'text':
      return it.mode === 'raised-metal'
        ? `<path${id} d="${pathGeomToData(it.outlines)}" fill="#000000"/>`
        : `<path${id} d="${pathGeomToData(it.outlines)}" fill="${it.color?.hex ?? '#FFFFFF'}"${it.color?.code ? ` data-pantone="${esc(it.color.code)}"` : ''}/>`;
    case 'outline':
    case 'cutout':
      return `<path${id} d="${pathGeomToData(it.path)}" fill="none" stroke="#EC008C" stroke-width="0.1"/>`;
  }
}

/** The selection as an SVG document on the pin's artboard (positions kept), enamel under metal. */
export function clipboardSvg(doc: PinDocument, ids: readonly string[]): string {
  const items = doc.order.filter((id) => ids.includes(id)).map((id) => doc.items[id]!);
  const layer = (name: string, list: Item[]) => (list.length ? `<g id="${name}">${list.map(itemSvg).join('')}</g>` : '');
  const dies = items.filter((it) => it.kind === 'outline');
  const enamel = items.filter((it) => it.kind === 'enamel-fill' || (it.kind === 'text' && it.mode === 'recessed-enamel'));
  const metal = items.filter((it) => it.kind === 'metal-line' || it.kind === 'metal-area' || (it.kind === 'text' && it.mode === 'raised-metal'));
  const { width, height } = doc.artboard;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}" ${ITEMS_ATTR}="${esc(JSON.stringify(items))}">`
    + `${layer('outline', dies)}${layer('enamel', enamel)}${layer('metal', metal)}</svg>`;
}

export interface Pasted {
  items: Item[];
  /** Copied in Pinsmith: the items themselves, not a re-import. */
  exact: boolean;
  notes: ImportNote[];
}

const ItemsSchema = z.array(ItemSchema);

/**
 * Items from clipboard text: a Pinsmith copy exactly, any other SVG through the importer (its
 * die line only when the SVG has an outline layer: pasting art never adds a pin edge). Ids are the
 * copy's own; the caller gives them new ones.
 */
export function itemsFromClipboard(text: string): Result<Pasted> {
  const t = text.trim();
  if (!/^(<\?xml|<!--|<!DOCTYPE|<svg)/i.test(t)) return fail('the clipboard holds no SVG art');
  const own = new RegExp(`<svg\\b[^>]*\\s${ITEMS_ATTR}="([^"]*)"`).exec(t.slice(0, 5_000_000));
  if (own) {
    const json = own[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    try {
      const parsed = ItemsSchema.safeParse(JSON.parse(json));
      if (parsed.success) return ok({ items: parsed.data as Item[], exact: true, notes: [] });
    } catch {
      // Not ours after all: read it as any SVG.
    }
  }
  const r = importSvg(t, { name: 'Pasted' });
  if (!r.ok) return fail(r.error);
  const derived = r.notes.some((n) => /die line was taken from the outer boundary/.test(n.message));
  const items = r.doc.order.map((id) => r.doc.items[id]!).filter((it) => !derived || (it.kind !== 'outline' && it.kind !== 'cutout'));
  return ok({ items, exact: false, notes: r.notes.filter((n) => !/die line was taken from the outer boundary/.test(n.message)) });
}

/** Pasted items with ids of their own in `doc` (and groups kept together under new group ids), moved by (dx, dy). */
export function placePasted(doc: PinDocument, items: Item[], dx: number, dy: number, stamp: string): Item[] {
  const taken = new Set(Object.keys(doc.items));
  const groups = new Map<string, string>();
  return items.map((it, i) => {
    let id = `${it.id}-${stamp}`;
    for (let k = 2; taken.has(id); k++) id = `${it.id}-${stamp}-${k}`;
    taken.add(id);
    const group = it.group ? (groups.get(it.group) ?? (groups.set(it.group, `group-${stamp}-${i}`), groups.get(it.group)!)) : undefined;
    const placed: Item = { ...it, id, ...(group ? { group } : {}) };
    return dx || dy ? transformItem(placed, [1, 0, 0, 1, dx, dy]) : placed;
  });
}
