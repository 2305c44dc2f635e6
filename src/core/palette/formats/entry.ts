import { kindOfCode, normalizeHex } from '../codes.ts';
import { labD50ToHex } from '../palette.ts';
import type { PaletteEntry } from '../types.ts';

/** One chart entry from whatever the file gave; a Pantone-looking code keeps its book. */
export function makeEntry(code: string, hex: string, lab?: readonly [number, number, number], name?: string): PaletteEntry {
  const kind = kindOfCode(code);
  const e: PaletteEntry = {
    code: code.trim(),
    name: name?.trim() || (kind === 'custom' ? code.trim() : `PANTONE ${code.trim()}`),
    hex,
    kind,
  };
  if (lab) e.lab = lab;
  return e;
}

export function entryFromValues(code: string, values: { hex?: string; lab?: readonly [number, number, number] }, name?: string): PaletteEntry | string {
  const hex = values.hex ? normalizeHex(values.hex) : values.lab ? labD50ToHex(values.lab) : undefined;
  if (!hex) return `colour "${code}" has no usable hex or Lab value`;
  return makeEntry(code, hex, values.lab, name);
}

export const MAX_CHART_ENTRIES = 20_000;
