import { formatHex } from 'culori';
import type { Palette } from '../../palette/index.ts';
import { readFunction, type PdfFunction } from './functions.ts';
import type { Obj, PdfReader } from './objects.ts';

// Colour spaces (§8.6) as far as a pin needs them: what colour a paint shows, and, for a spot
// colour, its name (a Separation named "PANTONE 186 C" is the code the factory mixes).

export type Space =
  | { kind: 'device'; n: 1 | 3 | 4 }
  | { kind: 'spot'; names: string[]; alt: Space; fn?: PdfFunction }
  | { kind: 'indexed'; base: Space; hival: number; lookup: Uint8Array }
  | { kind: 'lab'; range: number[] }
  | { kind: 'pattern' };

export interface Colour {
  hex: string;
  /** The spot ink's name, when painted at full strength in one spot ink. */
  spot?: string;
  /** Its palette code, when the ink is a Pantone colour ("PANTONE 186 C" → "186 C"). */
  code?: string;
  /** A spot ink at less than full strength (a tint the factory cannot mix). */
  tint?: { name: string; amount: number };
  pattern?: boolean;
  /** The spot "None": paints nothing. */
  none?: boolean;
}

export const GRAY: Space = { kind: 'device', n: 1 };

const hex2 = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0');
const rgbHex = (r: number, g: number, b: number) => `#${hex2(r)}${hex2(g)}${hex2(b)}`.toUpperCase();

function deviceHex(n: number, c: number[]): string {
  if (n === 1) return rgbHex(c[0] ?? 0, c[0] ?? 0, c[0] ?? 0);
  if (n === 3) return rgbHex(c[0] ?? 0, c[1] ?? 0, c[2] ?? 0);
  // CMYK without a profile: the usual naive conversion (the checks snap it to the nearest PMS).
  const k = c[3] ?? 0;
  return rgbHex((1 - (c[0] ?? 0)) * (1 - k), (1 - (c[1] ?? 0)) * (1 - k), (1 - (c[2] ?? 0)) * (1 - k));
}

export function components(space: Space): number {
  switch (space.kind) {
    case 'device': return space.n;
    case 'spot': return space.names.length;
    case 'indexed': return 1;
    case 'lab': return 3;
    case 'pattern': return 0;
  }
}

/** The colour a space starts with after `cs`: black, or full tint of a spot. */
export function initialComponents(space: Space): number[] {
  if (space.kind === 'device') return space.n === 4 ? [0, 0, 0, 1] : Array.from({ length: space.n }, () => 0);
  if (space.kind === 'spot') return space.names.map(() => 1);
  return Array.from({ length: components(space) }, () => 0);
}

export function readSpace(r: PdfReader, o: Obj, named: Obj, depth = 0): Space | undefined {
  if (depth > 8) return undefined;
  const name = r.name(o);
  if (name !== undefined) {
    switch (name) {
      case 'DeviceGray': case 'G': case 'CalGray': return GRAY;
      case 'DeviceRGB': case 'RGB': case 'CalRGB': return { kind: 'device', n: 3 };
      case 'DeviceCMYK': case 'CMYK': return { kind: 'device', n: 4 };
      case 'Pattern': return { kind: 'pattern' };
      default: {
        const res = r.get(named, name);
        return res === undefined ? undefined : readSpace(r, res, named, depth + 1);
      }
    }
  }
  const a = r.arr(o);
  if (!a?.length) return undefined;
  const family = r.name(a[0]);
  switch (family) {
    case 'CalGray': return GRAY;
    case 'CalRGB': return { kind: 'device', n: 3 };
    case 'Lab': return { kind: 'lab', range: r.nums(r.get(a[1], 'Range')) ?? [-100, 100, -100, 100] };
    case 'ICCBased': {
      const n = r.num(r.get(a[1], 'N'));
      return n === 1 || n === 3 || n === 4 ? { kind: 'device', n } : undefined;
    }
    case 'Pattern': return { kind: 'pattern' };
    case 'Indexed': case 'I': {
      const base = readSpace(r, a[1], named, depth + 1);
      const hival = r.num(a[2]);
      const lookup = r.text(a[3]) !== undefined ? Uint8Array.from([...r.text(a[3])!].map((ch) => ch.charCodeAt(0) & 255)) : r.bytes(a[3]);
      return base && hival !== undefined && lookup ? { kind: 'indexed', base, hival, lookup } : undefined;
    }
    case 'Separation': case 'DeviceN': {
      const names = family === 'Separation' ? [r.name(a[1]) ?? ''] : (r.arr(a[1]) ?? []).map((x) => r.name(x) ?? '');
      const alt = readSpace(r, a[2], named, depth + 1) ?? GRAY;
      const fn = readFunction(r, a[3]);
      return { kind: 'spot', names, alt, ...(fn ? { fn } : {}) };
    }
    default: return undefined;
  }
}

/** What `comps` in `space` shows; a spot colour named after a palette code keeps that code. */
export function colourOf(space: Space, comps: number[], palette: Palette): Colour {
  switch (space.kind) {
    case 'device': return { hex: deviceHex(space.n, comps) };
    case 'lab': {
      const hex = formatHex({ mode: 'lab', l: comps[0] ?? 0, a: comps[1] ?? 0, b: comps[2] ?? 0 });
      return { hex: (hex ?? '#808080').toUpperCase() };
    }
    case 'pattern': return { hex: '#808080', pattern: true };
    case 'indexed': {
      const i = Math.max(0, Math.min(space.hival, Math.round(comps[0] ?? 0)));
      const n = components(space.base);
      const base = Array.from({ length: n }, (_, k) => (space.lookup[i * n + k] ?? 0) / 255);
      return colourOf(space.base, base, palette);
    }
    case 'spot': {
      const names = space.names;
      if (names.length === 1 && names[0] === 'None') return { hex: '#FFFFFF', none: true };
      if (names.length === 1 && names[0] === 'All') return { hex: '#000000' };
      // One ink at full strength: named after it. A palette name takes the palette's colour.
      const inked = names.map((n, i) => ({ n, t: comps[i] ?? 0 })).filter((x) => x.t > 0.001 && x.n !== 'None');
      const single = inked.length === 1 ? inked[0]! : undefined;
      const entry = single ? pantoneFor(single.n, palette) : undefined;
      if (single && single.t >= 0.999) {
        if (entry) return { hex: entry.hex, spot: single.n, code: entry.code };
        return { hex: altHex(space, comps, palette), spot: single.n };
      }
      const hex = altHex(space, comps, palette);
      return single ? { hex, tint: { name: single.n, amount: single.t } } : { hex };
    }
  }
}

function altHex(space: Extract<Space, { kind: 'spot' }>, comps: number[], palette: Palette): string {
  if (!space.fn) return '#808080';
  const out = space.fn(comps);
  return colourOf(space.alt, out, palette).hex;
}

/** "PANTONE 186 C", "PMS 186 C", "186 C"; a Pantone+ process simulation ("186 CP") means the spot. */
export function pantoneFor(name: string, palette: Palette) {
  return palette.find(name) ?? palette.find(name.replace(/\s*(CP|CV|CVC|PC)\s*$/i, ' C'));
}
