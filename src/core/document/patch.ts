import type { Item, PinDocument } from './types.ts';

/**
 * What changed between two versions of a document, small enough to post to a Worker on every
 * edit. Applying it keeps unchanged items as the same objects, which is what lets live checking
 * recompute only around the edit.
 */
export interface DocumentPatch {
  upserts: Item[];
  removed: string[];
  order?: string[];
  rest?: Omit<PinDocument, 'items' | 'order'>;
}

export function diffDocuments(prev: PinDocument, next: PinDocument): DocumentPatch {
  const upserts: Item[] = [];
  for (const [id, it] of Object.entries(next.items)) if (prev.items[id] !== it) upserts.push(it);
  const removed = Object.keys(prev.items).filter((id) => !(id in next.items));
  const patch: DocumentPatch = { upserts, removed };
  if (prev.order !== next.order) patch.order = next.order;
  if (prev.spec !== next.spec || prev.checks !== next.checks || prev.name !== next.name || prev.artboard !== next.artboard) {
    const { items: _i, order: _o, ...rest } = next;
    patch.rest = rest;
  }
  return patch;
}

export function applyPatch(doc: PinDocument, patch: DocumentPatch): PinDocument {
  const items = { ...doc.items };
  for (const id of patch.removed) delete items[id];
  for (const it of patch.upserts) items[it.id] = it;
  return { ...doc, ...(patch.rest ?? {}), items, order: patch.order ?? doc.order };
}
