import { fail, ok, type Result } from '../../result.ts';
import type { PaletteEntry } from '../types.ts';
import { entryFromValues, MAX_CHART_ENTRIES } from './entry.ts';

/** `[{code, hex?, lab?, name?}]` or `{name, colors: [...]}`. */
export function parseJsonChart(text: string): Result<PaletteEntry[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(`the chart is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { colors?: unknown })?.colors;
  if (!Array.isArray(list)) return fail('a JSON chart must be a list of colours or an object with a "colors" list');
  if (list.length > MAX_CHART_ENTRIES) return fail(`the chart has ${list.length} colours; the limit is ${MAX_CHART_ENTRIES}`);
  const out: PaletteEntry[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as Record<string, unknown> | null;
    if (!e || typeof e !== 'object') return fail(`colour ${i + 1} is not an object`);
    const code = typeof e.code === 'string' ? e.code : typeof e.name === 'string' ? e.name : undefined;
    if (!code) return fail(`colour ${i + 1} has no "code"`);
    const lab = Array.isArray(e.lab) && e.lab.length === 3 && e.lab.every((v) => typeof v === 'number' && Number.isFinite(v))
      ? (e.lab as [number, number, number]) : undefined;
    const entry = entryFromValues(code, { hex: typeof e.hex === 'string' ? e.hex : undefined, lab }, typeof e.name === 'string' ? e.name : undefined);
    if (typeof entry === 'string') return fail(`colour ${i + 1}: ${entry}`);
    out.push(entry);
  }
  return ok(out);
}
