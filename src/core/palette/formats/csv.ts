import { fail, ok, type Result } from '../../result.ts';
import type { PaletteEntry } from '../types.ts';
import { entryFromValues, MAX_CHART_ENTRIES } from './entry.ts';

function splitCsvLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/**
 * A header row names the columns: code (or pantone/pms), name, hex, or r/g/b, or L/a/b.
 * Comma, semicolon or tab separated, as spreadsheets save them.
 */
export function parseCsvChart(text: string): Result<PaletteEntry[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return fail('the CSV chart needs a header row and at least one colour');
  if (lines.length - 1 > MAX_CHART_ENTRIES) return fail(`the chart has ${lines.length - 1} colours; the limit is ${MAX_CHART_ENTRIES}`);
  const headerLine = lines[0]!;
  const sep = headerLine.includes('\t') ? '\t' : headerLine.includes(';') ? ';' : ',';
  const header = splitCsvLine(headerLine, sep).map((h) => h.toLowerCase());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const iCode = col('code', 'pantone', 'pms', 'color', 'colour');
  const iName = col('name', 'description');
  const iHex = col('hex', 'rgb hex', 'html', 'web');
  const [iR, iG, iB] = [col('r', 'red'), col('g', 'green'), col('b', 'blue')];
  const [iL, iA, iLb] = [col('l', 'l*'), col('a', 'a*'), col('b*', 'lab b')];
  if (iCode < 0 && iName < 0) return fail('the CSV header needs a "code" (or "name") column');
  if (iHex < 0 && (iR < 0 || iG < 0 || iB < 0) && (iL < 0 || iA < 0 || iLb < 0)) {
    return fail('the CSV header needs a "hex" column, or "r,g,b", or "L,a,b*" columns');
  }
  const out: PaletteEntry[] = [];
  for (let n = 1; n < lines.length; n++) {
    const cells = splitCsvLine(lines[n]!, sep);
    const code = cells[iCode >= 0 ? iCode : iName] ?? '';
    if (!code) return fail(`row ${n + 1} has no code`);
    let hex = iHex >= 0 ? cells[iHex] : undefined;
    if (!hex && iR >= 0) {
      const rgb = [cells[iR], cells[iG], cells[iB]].map((v) => Number(v));
      if (rgb.some((v) => !Number.isInteger(v) || v < 0 || v > 255)) return fail(`row ${n + 1}: r, g, b must be whole numbers 0–255`);
      hex = `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    }
    let lab: [number, number, number] | undefined;
    if (iL >= 0 && iA >= 0 && iLb >= 0) {
      const v = [cells[iL], cells[iA], cells[iLb]].map((x) => Number(x));
      if (v.every((x) => Number.isFinite(x))) lab = v as [number, number, number];
    }
    const entry = entryFromValues(code, { hex, lab }, iName >= 0 && iCode >= 0 ? cells[iName] : undefined);
    if (typeof entry === 'string') return fail(`row ${n + 1}: ${entry}`);
    out.push(entry);
  }
  return ok(out);
}
