import type { PinSpec, Point } from '../document/types.ts';
import type { Bounds } from '../geometry/index.ts';

// Limited-edition numbering on the back of a pin: "x / N", laser-marked with each pin's own
// number, or stamped in the mould with the edition size and a blank where the number is marked by
// hand. N is the edition size of the colourway being made.

export type Numbering = NonNullable<PinSpec['backstamp']['numbering']>;

/** Cap height of the numbering when none is given (mm): what laser and stamp both hold legibly. */
export const NUMBERING_HEIGHT_MM = 1.2;

/** Where the numbering goes, offered as three places on the back (front-frame mm, centred across). */
export type NumberingPlace = 'top' | 'middle' | 'bottom';
export function numberingAt(b: Bounds, place: NumberingPlace): Point {
  const h = b.maxY - b.minY;
  const y = place === 'top' ? b.minY + 0.2 * h : place === 'middle' ? b.minY + 0.5 * h : b.minY + 0.8 * h;
  return { x: Math.round(((b.minX + b.maxX) / 2) * 100) / 100, y: Math.round(y * 100) / 100 };
}

/** The marking as it reads on the back: "x / 100" (laser: each pin its number) or "__ / 100" (stamped). */
export function numberingText(n: Numbering, editionSize: number | null | undefined): string {
  const of = editionSize ?? '?';
  return n.method === 'laser' ? `x / ${of}` : `__ / ${of}`;
}

/** How the proof and the order say it: the method, the range, and what is missing. */
export function numberingLabel(n: Numbering, editionSize: number | null | undefined): string {
  if (!editionSize) return `LE numbering ${n.method === 'laser' ? 'laser-marked' : 'stamped'}: no edition size set (set one, or the factory cannot number it)`;
  return n.method === 'laser'
    ? `LE numbering laser-marked, each pin its own number: 1 / ${editionSize} to ${editionSize} / ${editionSize}`
    : `LE numbering stamped in the mould as "__ / ${editionSize}", the number marked by hand`;
}
