import { runChecks, type RunOptions, type RunResult } from '../checks/index.ts';
import type { ColorRef, Colourway, Item, PinDocument } from '../document/types.ts';

// Colourways: one metal design, several enamel colour sets (limited editions). A colourway is a
// colour map over the pin's own colours; each is a whole pin the checks judge on its own, as a
// colour change can make a bleed (two fills of one colour become two colours touching) or one
// colour too many.

/** How a colour is named in a colour map: its PMS code, else its hex. */
export const colourKey = (c: ColorRef) => c.code ?? c.hex;

/** The pin's enamel colours in paint order, each once (recessed text without its own colour is White, as made). */
export function pinColours(doc: PinDocument): ColorRef[] {
  const seen = new Map<string, ColorRef>();
  for (const id of doc.order) {
    const it = doc.items[id];
    const c = it?.kind === 'enamel-fill' ? it.color : it?.kind === 'text' && it.mode === 'recessed-enamel' ? it.color ?? { hex: '#FFFFFF', code: 'White' } : undefined;
    if (c && !seen.has(colourKey(c))) seen.set(colourKey(c), c);
  }
  return [...seen.values()];
}

function recolour(it: Item, map: Map<string, ColorRef>): Item {
  if (it.kind === 'enamel-fill') {
    const to = map.get(colourKey(it.color));
    return to ? { ...it, color: { ...to } } : it;
  }
  if (it.kind === 'text' && it.mode === 'recessed-enamel') {
    const to = map.get(colourKey(it.color ?? { hex: '#FFFFFF', code: 'White' }));
    return to ? { ...it, color: { ...to } } : it;
  }
  return it;
}

/**
 * The pin as this colourway makes it: every mapped colour replaced, the rest as drawn, its
 * plating if it has one. Items that keep their colour keep their identity (the checks' caches
 * hold for them).
 */
export function colourwayDoc(doc: PinDocument, cw: Colourway): PinDocument {
  const map = new Map(cw.map.map((m) => [m.from, m.to]));
  const items: PinDocument['items'] = {};
  for (const [id, it] of Object.entries(doc.items)) items[id] = recolour(it, map);
  return { ...doc, items, spec: { ...doc.spec, ...(cw.plating ? { plating: cw.plating } : {}) } };
}

export interface ColourwayVerdict {
  /** Null for the pin's own colours. */
  colourway: Colourway | null;
  name: string;
  result: RunResult;
}

/** The checks of the pin's own colours and of each colourway. */
export function checkColourways(doc: PinDocument, opts: RunOptions = {}): ColourwayVerdict[] {
  const own: ColourwayVerdict = { colourway: null, name: 'As drawn', result: runChecks(doc, opts) };
  return [own, ...(doc.colourways ?? []).map((cw) => ({ colourway: cw, name: cw.name, result: runChecks(colourwayDoc(doc, cw), opts) }))];
}

/** A colour map entry's problem, if any: mapping a colour the pin does not have does nothing. */
export function unusedMappings(doc: PinDocument, cw: Colourway): string[] {
  const used = new Set(pinColours(doc).map(colourKey));
  return cw.map.filter((m) => !used.has(m.from)).map((m) => m.from);
}
