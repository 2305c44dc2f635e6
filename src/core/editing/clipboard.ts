import { z } from 'zod';
import { ItemSchema } from '../document/schema.ts';
import type { Item, PinDocument } from '../document/types.ts';
import { importSvg, type ImportNote } from '../io/svg/import.ts';
import { fail, ok, type Result } from '../result.ts';
import { formatProblems, validateDocument } from '../document/validate.ts';
import { ITEMS_ATTR } from './clipboardSvg.ts';
import { transformItem } from './transformItems.ts';

// Pasting: a Pinsmith copy exactly, any other SVG (from Illustrator, Inkscape, a browser) through
// the importer.

export { clipboardSvg } from './clipboardSvg.ts';

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

/**
 * The pasted items placed in `doc`, or why not: the pin with them must still be a pin that
 * saves and opens again (limits on size, points and coordinates), so a hostile or enormous
 * clipboard never makes the open pin one that cannot be reopened.
 */
export function pasteInto(doc: PinDocument, items: Item[], dx: number, dy: number, stamp: string): Result<Item[]> {
  const placed = placePasted(doc, items, dx, dy, stamp);
  const next: PinDocument = { ...doc, items: { ...doc.items }, order: [...doc.order] };
  for (const it of placed) {
    next.items[it.id] = it;
    next.order.push(it.id);
  }
  const v = validateDocument(next);
  return v.ok ? ok(placed) : fail(`the pin would not be valid with it: ${formatProblems(v.problems.slice(0, 3))}`);
}
