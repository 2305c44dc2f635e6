import { runChecks } from '../../src/core/checks/index.ts';
import { buildBundle, type BundleAssets } from '../../src/core/export/bundle.ts';
import type { PinDocument } from '../../src/core/document/types.ts';
import { formatProblems } from '../../src/core/document/validate.ts';
import { loadPinFile, savePinFile } from '../../src/core/io/pinFile.ts';
import { importSvg } from '../../src/core/io/svg/import.ts';

// What one fuzz input goes through, as a user's file would: open it, check it within the budget,
// save and reopen what was opened, and (for some) export it. The answer says how it ended and
// whether anything a user reads broke a promise: a non-finite number, a message that is not ours.

export type Outcome =
  | 'refused' // a clear reason, the open document untouched
  | 'checked' // a full report
  | 'unfinished' // a report whose checks ran out of time on some areas, said as errors
  | 'non-finite' // NaN or Infinity somewhere in a report or a saved file
  | 'leak' // a message naming a library, a validator path, a URL or a stack
  | 'threw' // an exception escaped
  | 'round-trip' // what was opened did not save and reopen
  | 'export-failed'; // export threw or gave a message that is not ours

export interface Answer {
  outcome: Outcome;
  detail?: string;
  exported?: boolean;
  ms: number;
}

/**
 * Words a user must never read: library names, JavaScript's own words, validator and JSON paths,
 * URLs, stack frames, doubled stops, and NaN or Infinity printed as a value.
 */
const NOT_OURS = new RegExp([
  /\b(zod|jszip|fflate|pdf-?lib|clipper|resvg|opentype|saxes|TypeError|RangeError|ReferenceError|undefined|null is|\[object)\b/.source,
  /https?:\/\//.source,
  /\bat \S+:\d+:\d+/.source,
  /\w\.\.(\s|$)/.source,
  /options\.\w+|must be of type/.source,
  /\bitems\.[\w-]+\.\w+|\w\[\d+\]\.\w+/.source,
  /\b(found|is|of|at|=|:)\s+-?(NaN|Infinity)\b|\b(NaN|Infinity)\s*(mm|%|ms|s)\b/.source,
].join('|'));

export function leaksInternals(message: string): boolean {
  // What the message quotes from the file ("NaNmm") is the file's, not ours.
  return NOT_OURS.test(message.replace(/"[^"\n]*"/g, '""'));
}

function nonFinite(v: unknown, path = ''): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : `${path} = ${v}`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = nonFinite(v[i], `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const bad = nonFinite(x, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return undefined;
}

/** Every number in a report is finite (JSON would print null for NaN and Infinity). */
export function reportProblem(report: { violations?: ReadonlyArray<{ message: string }> }): string | undefined {
  const bad = nonFinite(report);
  if (bad) return `non-finite ${bad}`;
  for (const v of report.violations ?? []) if (leaksInternals(v.message)) return `message: ${v.message}`;
  return undefined;
}

export interface TargetOptions {
  budgetMs: number;
  /** Export this input too (export is the slow part; the campaign exports a share of inputs). */
  exportIt: boolean;
  assets?: BundleAssets;
}

export async function runTarget(kind: 'svg' | 'pin', text: string, o: TargetOptions): Promise<Answer> {
  const t0 = performance.now();
  const answer = (outcome: Outcome, detail?: string, exported?: boolean): Answer => ({ outcome, ...(detail ? { detail: detail.slice(0, 300) } : {}), ...(exported ? { exported } : {}), ms: performance.now() - t0 });
  let doc: PinDocument;
  try {
    if (kind === 'svg') {
      const r = importSvg(text);
      if (!r.ok) return answer(leaksInternals(r.error) ? 'leak' : 'refused', r.error);
      doc = r.doc;
    } else {
      const r = loadPinFile(text);
      if (!r.ok) {
        const msg = formatProblems(r.problems);
        return answer(leaksInternals(msg) ? 'leak' : 'refused', msg);
      }
      doc = r.doc;
    }
    const run = runChecks(doc, { budgetMs: o.budgetMs });
    if (!run.ok) return answer(leaksInternals(run.reason) ? 'leak' : 'refused', run.reason);
    const problem = reportProblem(run.report);
    if (problem) return answer(problem.startsWith('non-finite') ? 'non-finite' : 'leak', problem);
    const saved = savePinFile(doc);
    const back = loadPinFile(saved);
    if (!back.ok) return answer('round-trip', formatProblems(back.problems));
    const unfinished = run.report.violations.some((v) => /could not finish/.test(v.message));
    let exported = false;
    if (o.exportIt && o.assets) {
      try {
        const b = await buildBundle(doc, o.assets, { date: '2026-12-01', report: run.report, exportReason: 'fuzz' });
        if (!b.ok && leaksInternals(b.reason)) return answer('export-failed', b.reason);
        exported = b.ok;
      } catch (e) {
        return answer('export-failed', e instanceof Error ? `${e.message}\n${e.stack}` : String(e));
      }
    }
    return answer(unfinished ? 'unfinished' : 'checked', undefined, exported);
  } catch (e) {
    return answer('threw', e instanceof Error ? `${e.message}\n${e.stack}` : String(e));
  }
}
