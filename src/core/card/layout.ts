import type { Card, PinDocument, Point } from '../document/types.ts';
import { ellipsePath, expandBounds, offset, regionFromBounds, regionFromPath, union, type Bounds, type Region } from '../geometry/index.ts';
import { pinBounds } from '../kinds/index.ts';
import { MM_PER_INCH } from '../units.ts';

// Where everything sits on the backing card, for the editor's preview and for card.pdf alike:
// trim, bleed and safe area, the pin at real size where it is placed, the holes its posts go
// through, the hang hole, and what a printer or packer would question.

/** Printed colour runs this far past the trim, so a slightly off cut leaves no white edge. */
export const CARD_BLEED_MM = 3;
/** Text and the pin stay this far inside the trim. */
export const CARD_SAFE_MM = 3;
/** Punched for a post (posts are 0.8–1.2 mm across). */
export const CARD_POST_HOLE_MM = 1.5;

export const CARD_PRESETS = [
  { id: '2x3', label: '2 × 3 in', widthMm: 2 * MM_PER_INCH, heightMm: 3 * MM_PER_INCH },
  { id: '2.5x3.5', label: '2.5 × 3.5 in', widthMm: 2.5 * MM_PER_INCH, heightMm: 3.5 * MM_PER_INCH },
  { id: '3x4', label: '3 × 4 in', widthMm: 3 * MM_PER_INCH, heightMm: 4 * MM_PER_INCH },
  { id: '2x2', label: '2 × 2 in', widthMm: 2 * MM_PER_INCH, heightMm: 2 * MM_PER_INCH },
] as const;

/** A new card for a pin: 2 × 3 in, white, the pin a little above the middle. */
export function defaultCard(): Card {
  const p = CARD_PRESETS[0];
  return { widthMm: p.widthMm, heightMm: p.heightMm, background: '#FFFFFF', pinAt: { x: p.widthMm / 2, y: p.heightMm * 0.45 }, hangHole: 'none', texts: [] };
}

export interface CardLayout {
  trim: Bounds;
  bleed: Bounds;
  safe: Bounds;
  /** The pin's die-line bounds where it sits on the card. */
  pin: Bounds;
  /** Moves the pin's own coordinates onto the card. */
  pinOffset: Point;
  /** Post holes on the card, in the order of the pin's posts. */
  holes: Point[];
  /** The hang hole's outline, if the card has one. */
  hang: Region | null;
  /** What a printer or packer would question, in words. */
  problems: string[];
}

const inside = (a: Bounds, b: Bounds) => a.minX >= b.minX - 1e-6 && a.minY >= b.minY - 1e-6 && a.maxX <= b.maxX + 1e-6 && a.maxY <= b.maxY + 1e-6;
const overlap = (a: Bounds, b: Bounds) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/** The hang hole: a 6 mm round hole, or a euro slot (a 7 mm hole in a 20 × 3 mm slot), 7 mm below the top edge. */
function hangHole(card: Card): Region | null {
  if (card.hangHole === 'none') return null;
  const cx = card.widthMm / 2;
  const cy = 7;
  if (card.hangHole === 'round') return regionFromPath(ellipsePath(cx, cy, 3));
  return union(regionFromPath(ellipsePath(cx, cy, 3.5)), offset(regionFromBounds({ minX: cx - 8.5, maxX: cx + 8.5, minY: cy - 0.05, maxY: cy + 0.05 }), 1.45));
}

export function cardLayout(doc: PinDocument, card: Card): CardLayout {
  const trim = { minX: 0, minY: 0, maxX: card.widthMm, maxY: card.heightMm };
  const safe = expandBounds(trim, -CARD_SAFE_MM);
  const b = pinBounds(doc);
  const pinOffset = { x: card.pinAt.x - (b.minX + b.maxX) / 2, y: card.pinAt.y - (b.minY + b.maxY) / 2 };
  const pin = { minX: b.minX + pinOffset.x, maxX: b.maxX + pinOffset.x, minY: b.minY + pinOffset.y, maxY: b.maxY + pinOffset.y };
  const holes = doc.spec.posts.map((p) => ({ x: p.x + pinOffset.x, y: p.y + pinOffset.y }));
  const hang = hangHole(card);
  const problems: string[] = [];
  if (!inside(pin, safe)) problems.push(`The pin reaches past the safe area (${CARD_SAFE_MM} mm inside the cut): move it in, or use a bigger card.`);
  if (!holes.length) problems.push('The pin has no posts placed, so no holes can be punched: place them on the back (Export → Back).');
  if (hang && overlap(pin, expandBounds({ minX: card.widthMm / 2 - 10, maxX: card.widthMm / 2 + 10, minY: 3, maxY: 11 }, 1))) problems.push('The hang hole runs into the pin: move the pin down.');
  card.texts.forEach((t, i) => {
    const half = (t.text.length * t.sizeMm * 0.55) / 2;
    if (t.text.trim() && !inside({ minX: t.x - half, maxX: t.x + half, minY: t.y - t.sizeMm * 0.75, maxY: t.y + t.sizeMm * 0.25 }, safe)) problems.push(`Text line ${i + 1} ("${t.text.slice(0, 24)}") reaches past the safe area: it may be cut.`);
  });
  return { trim, bleed: expandBounds(trim, CARD_BLEED_MM), safe, pin, pinOffset, holes, hang, problems };
}
