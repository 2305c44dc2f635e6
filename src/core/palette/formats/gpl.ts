import { fail, ok, type Result } from '../../result.ts';
import type { PaletteEntry } from '../types.ts';
import { makeEntry, MAX_CHART_ENTRIES } from './entry.ts';

/** GIMP palette: "GIMP Palette" header, optional Name/Columns, then "R G B name" rows. */
export function parseGplChart(text: string): Result<PaletteEntry[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^GIMP Palette\s*$/.test(lines[0]?.trim() ?? '')) return fail('a .gpl file must start with "GIMP Palette"');
  const out: PaletteEntry[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line || line.startsWith('#') || /^(Name|Columns):/i.test(line)) continue;
    const m = /^(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\s*(.*)$/.exec(line);
    if (!m) return fail(`line ${n + 1} is not "R G B name": "${line.slice(0, 40)}"`);
    const rgb = [m[1], m[2], m[3]].map(Number);
    if (rgb.some((v) => v > 255)) return fail(`line ${n + 1}: colour values must be 0–255`);
    const hex = `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    const label = m[4]!.trim() || hex;
    out.push(makeEntry(label.replace(/^PANTONE\s+/i, ''), hex, undefined, label));
    if (out.length > MAX_CHART_ENTRIES) return fail(`the chart has more than ${MAX_CHART_ENTRIES} colours`);
  }
  if (!out.length) return fail('the .gpl file has no colours');
  return ok(out);
}
