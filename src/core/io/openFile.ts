import type { PinDocument } from '../document/types.ts';
import { formatProblems } from '../document/validate.ts';
import { loadPinFile } from './pinFile.ts';
import { importSvg, type ImportNote } from './svg/import.ts';

export type OpenResult = { ok: true; doc: PinDocument; notes: ImportNote[] } | { ok: false; error: string };

/** A file the user dropped or picked, as text: a project (.pin.json) or artwork (.svg). Never throws. */
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
    return { ok: false, error: `${base} is not an SVG, PDF, AI or .pin.json file` };
  } catch (e) {
    return { ok: false, error: `${name} could not be opened: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** A PDF or a PDF-compatible Illustrator file, by its name or its first bytes. */
export const isPdfFile = (name: string, head: Uint8Array) => /\.(pdf|ai)$/i.test(name) || new TextDecoder('latin1').decode(head.subarray(0, 8)).startsWith('%PDF-');

/** Any design file as bytes: PDF and AI through the PDF importer (loaded only then), the rest as text. Never throws. */
export async function openDesignBytes(name: string, bytes: Uint8Array): Promise<OpenResult> {
  const base = name.replace(/^.*[\\/]/, '');
  if (!isPdfFile(base, bytes)) return openDesignFile(name, new TextDecoder().decode(bytes));
  try {
    const { importPdf } = await import('./pdf/import.ts');
    const r = await importPdf(bytes, { name: base.replace(/\.(pdf|ai)$/i, '') });
    return r.ok ? { ok: true, doc: r.doc, notes: r.notes } : { ok: false, error: `${base} could not be imported: ${r.error}` };
  } catch (e) {
    return { ok: false, error: `${base} could not be opened: ${e instanceof Error ? e.message : String(e)}` };
  }
}
