import type { PinDocument } from '../document/types.ts';
import { formatProblems } from '../document/validate.ts';
import { loadPinFile } from './pinFile.ts';
import { importSvg, type ImportNote } from './svg/import.ts';

export type OpenResult = { ok: true; doc: PinDocument; notes: ImportNote[] } | { ok: false; error: string };

/** A file the user dropped or picked: a project (.pin.json) or artwork (.svg). Never throws. */
export function openDesignFile(name: string, text: string): OpenResult {
  try {
    const base = name.replace(/^.*[\\/]/, '');
    if (/\.json$/i.test(base)) {
      const r = loadPinFile(text);
      return r.ok ? { ok: true, doc: r.doc, notes: [] } : { ok: false, error: `${base} is not a valid pin file:\n${formatProblems(r.problems.slice(0, 6))}` };
    }
    if (/\.svg$/i.test(base) || /^\s*(<\?xml|<svg)/.test(text)) {
      const r = importSvg(text, { name: base.replace(/\.svg$/i, '') });
      return r.ok ? { ok: true, doc: r.doc, notes: r.notes } : { ok: false, error: `${base} could not be imported: ${r.error}` };
    }
    return { ok: false, error: `${base} is not an SVG or a .pin.json file` };
  } catch (e) {
    return { ok: false, error: `${name} could not be opened: ${e instanceof Error ? e.message : String(e)}` };
  }
}
