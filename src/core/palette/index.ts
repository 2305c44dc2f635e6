import { fail, type Result } from '../result.ts';
import { parseAseChart } from './formats/ase.ts';
import { parseCsvChart } from './formats/csv.ts';
import { parseGplChart } from './formats/gpl.ts';
import { parseJsonChart } from './formats/json.ts';
import { Palette } from './palette.ts';

export { deltaEHex, Palette, hexToLab, labD50ToHex } from './palette.ts';
export { pantoneSolidCoated, STOCK_ENAMELS, PANTONE_NOTICE } from './pantone.ts';
export { codeKey, kindOfCode, normalizeHex } from './codes.ts';
export { ciede2000 } from './ciede2000.ts';
export { writeAse } from './formats/ase.ts';
export type { PaletteEntry, NearestMatch, PaletteEntryKind } from './types.ts';

export type ChartFormat = 'json' | 'csv' | 'gpl' | 'ase';

export function chartFormatOf(fileName: string): ChartFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'json' || ext === 'csv' || ext === 'gpl' || ext === 'ase' ? ext : undefined;
}

/** A factory's colour chart from a file, as its own palette. */
export function loadChart(fileName: string, bytes: Uint8Array): Result<Palette> {
  const format = chartFormatOf(fileName);
  if (!format) return fail(`"${fileName}" is not a colour chart Pinsmith reads (JSON, CSV, GIMP .gpl or Adobe .ase)`);
  const text = format === 'ase' ? '' : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const parsed = format === 'ase' ? parseAseChart(bytes)
    : format === 'json' ? parseJsonChart(text)
      : format === 'csv' ? parseCsvChart(text) : parseGplChart(text);
  if (!parsed.ok) return fail(`${fileName}: ${parsed.reason}`);
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '');
  return { ok: true, value: new Palette(name, parsed.value) };
}
