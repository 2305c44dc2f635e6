import data from '../../../data/pantone-solid-coated.json' with { type: 'json' };
import { Palette } from './palette.ts';
import type { PaletteEntry } from './types.ts';

// PANTONE® and the Pantone colour names and numbers are trademarks of Pantone LLC. The values are
// approximate screen values, not Pantone's standard: see data/PANTONE-SOURCES.md.
export const PANTONE_NOTICE =
  'PANTONE® and Pantone colour codes are trademarks of Pantone LLC. Screen colours are approximations; '
  + 'check against a current physical Pantone guide.';

/** Enamel makers stock white; it is not a Pantone code (there is no "White C"). */
export const STOCK_ENAMELS: readonly PaletteEntry[] = [
  { code: 'White', name: 'White enamel', hex: '#FFFFFF', kind: 'stock' },
];

interface RawEntry {
  code: string;
  name: string;
  hex: string;
  lab: [number, number, number];
}

/** Solid Coated's fluorescent (801–807 C) and metallic (871–877 C) inks. */
export function specialInkOf(code: string): PaletteEntry['ink'] {
  const n = /^(\d+) C$/.exec(code)?.[1];
  if (!n) return undefined;
  const v = Number(n);
  return v >= 801 && v <= 807 ? 'fluorescent' : v >= 871 && v <= 877 ? 'metallic' : undefined;
}

let cached: Palette | undefined;

/** Pantone Solid Coated (2,390 codes) plus the stock enamels. Built once, on first use. */
export function pantoneSolidCoated(): Palette {
  cached ??= new Palette('Pantone Solid Coated + stock enamels', [
    ...(data as RawEntry[]).map((e): PaletteEntry => {
      const ink = specialInkOf(e.code);
      return { code: e.code, name: e.name, hex: e.hex, lab: e.lab, kind: 'pantone-c', ...(ink ? { ink } : {}) };
    }),
    ...STOCK_ENAMELS,
  ]);
  return cached;
}
