import type { PinDocument } from '../document/types.ts';
import { pinBounds } from '../kinds/index.ts';
import { transformItem } from './transformItems.ts';

/** Room left around the art when the artboard is fitted to it (mm). */
export const ARTBOARD_FIT_MARGIN_MM = 1;

/**
 * The artboard fitted to the pin (its die line, or its art): the art moves so its box starts
 * `margin` from the top left, and the artboard becomes the box plus the margin all round. Posts
 * move with the art. Returns the same document when nothing would change.
 */
export function fitArtboardToArt(doc: PinDocument, margin = ARTBOARD_FIT_MARGIN_MM): PinDocument {
  if (!doc.order.length) return doc;
  const b = pinBounds(doc);
  const dx = margin - b.minX;
  const dy = margin - b.minY;
  const width = Math.round((b.maxX - b.minX + 2 * margin) * 1e4) / 1e4;
  const height = Math.round((b.maxY - b.minY + 2 * margin) * 1e4) / 1e4;
  const moved = Math.abs(dx) > 1e-9 || Math.abs(dy) > 1e-9;
  if (!moved && width === doc.artboard.width && height === doc.artboard.height) return doc;
  const items = moved ? Object.fromEntries(Object.entries(doc.items).map(([id, it]) => [id, transformItem(it, [1, 0, 0, 1, dx, dy])])) : doc.items;
  return {
    ...doc, items, artboard: { width, height },
    spec: moved ? { ...doc.spec, posts: doc.spec.posts.map((p) => ({ x: p.x + dx, y: p.y + dy })) } : doc.spec,
  };
}
