import { readFile } from 'node:fs/promises';
import { runChecks } from '../core/checks/index.ts';
import { colourwayReport, toFileReport, type ColourwayReport, type FileReport } from '../core/checks/fileReport.ts';
import { colourwayDoc } from '../core/colourways/colourways.ts';
export type { FileReport };
import type { PinDocument } from '../core/document/types.ts';
import { formatProblems } from '../core/document/validate.ts';
import { isPdfFile } from '../core/io/openFile.ts';
import { loadPinFile } from '../core/io/pinFile.ts';
import { importSvg, type ImportNote } from '../core/io/svg/import.ts';
import { fsProblem } from './fsErrors.ts';

export interface CheckOptions {
  profile?: string;
  metalColor?: string;
  /** Keep each finding's region (rings in mm) in the report; off, a report is a few KB. */
  regions?: boolean;
  /** Time reading and checking may take together; what is not done by then is reported as not checked. */
  budgetMs?: number;
}

export async function loadDesign(file: string, opts: CheckOptions): Promise<{ ok: true; doc: PinDocument; notes: ImportNote[] } | { ok: false; error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'a folder with no .svg, .pdf, .ai or .pin.json files in it' : `cannot read the file: ${fsProblem(e)}` };
  }
  const name = file.replace(/^.*[\\/]/, '');
  const importOpts = { ...(opts.metalColor ? { metalColor: opts.metalColor } : {}), ...(opts.budgetMs !== undefined ? { budgetMs: opts.budgetMs } : {}) };
  if (isPdfFile(name, bytes)) {
    // The PDF reader loads only for PDFs: checking SVGs stays as quick to start as it was.
    const { importPdf } = await import('../core/io/pdf/import.ts');
    const r = await importPdf(bytes, { name: name.replace(/\.(pdf|ai)$/i, ''), ...importOpts });
    return r.ok ? { ok: true, doc: r.doc, notes: r.notes } : { ok: false, error: r.error };
  }
  const text = new TextDecoder().decode(bytes);
  if (/\.pin\.json$|\.json$/i.test(file)) {
    const loaded = loadPinFile(text);
    return loaded.ok ? { ok: true, doc: loaded.doc, notes: [] } : { ok: false, error: `not a valid pin file:\n${formatProblems(loaded.problems)}` };
  }
  if (/\.svg$/i.test(file) || /^\s*(<\?xml|<svg|<!--)/.test(text)) {
    const r = importSvg(text, { name: name.replace(/\.svg$/i, ''), ...importOpts });
    return r.ok ? { ok: true, doc: r.doc, notes: r.notes } : { ok: false, error: r.error };
  }
  return { ok: false, error: 'not an .svg, .pdf, .ai or .pin.json file' };
}

/** Check one file. Never throws: an unreadable file becomes {file, error}. */
export async function checkFile(file: string, opts: CheckOptions): Promise<FileReport> {
  const started = performance.now();
  try {
    const loaded = await loadDesign(file, opts);
    if (!loaded.ok) return { file, error: loaded.error };
    // The checks get what the reading left of the budget.
    const left = opts.budgetMs === undefined ? undefined : Math.max(0, opts.budgetMs - (performance.now() - started));
    const run = runChecks(loaded.doc, { ...(opts.profile ? { profile: opts.profile } : {}), ...(left !== undefined ? { budgetMs: left } : {}) });
    if (!run.ok) return { file, error: run.reason };
    const report = toFileReport(file, run.report, loaded.notes);
    if (!opts.regions) report.violations = report.violations?.map(({ region: _, ...v }) => v);
    // Each colourway is made too: checked on its own, in what is left of the budget.
    const ways = loaded.doc.colourways ?? [];
    if (ways.length) {
      report.colourways = ways.map((cw): ColourwayReport => {
        const rest = opts.budgetMs === undefined ? undefined : Math.max(0, opts.budgetMs - (performance.now() - started));
        const one = colourwayReport(cw.name, runChecks(colourwayDoc(loaded.doc, cw), { ...(opts.profile ? { profile: opts.profile } : {}), ...(rest !== undefined ? { budgetMs: rest } : {}) }));
        return 'error' in one || opts.regions ? one : { ...one, violations: one.violations.map(({ region: _, ...v }) => v) };
      });
    }
    return report;
  } catch (e) {
    return { file, error: `internal error while checking: ${e instanceof Error ? e.message : String(e)}` };
  }
}
