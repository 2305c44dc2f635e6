import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildBundle } from '../core/export/bundle.ts';
import type { Paper } from '../core/export/proofPdf.ts';
import { runChecks } from '../core/checks/index.ts';
import { colourwayDoc } from '../core/colourways/colourways.ts';
import { nodeBundleAssets } from './assets.ts';
import { loadDesign } from './check.ts';
import { fsProblem } from './fsErrors.ts';

export interface ExportOptions {
  out?: string;
  profile?: string;
  metalColor?: string;
  date?: string;
  paper?: Paper;
  reason?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** `pinsmith export`: returns the exit status and what to print. */
export async function exportFile(file: string, opts: ExportOptions): Promise<{ status: number; out: string; err: string }> {
  const loaded = await loadDesign(file, opts);
  if (!loaded.ok) return { status: 1, out: '', err: `pinsmith export: ${file}: ${loaded.error}\n` };
  const checked = runChecks(loaded.doc, opts.profile ? { profile: opts.profile } : {});
  if (!checked.ok) return { status: 1, out: '', err: `pinsmith export: ${file}: ${checked.reason}\n` };
  const open = (vs: typeof checked.report.violations) => vs.filter((v) => !v.waived && v.severity === 'error');
  // Every colourway is made too: its errors need the reason as much as the pin's own.
  const errors = [...open(checked.report.violations), ...(loaded.doc.colourways ?? []).flatMap((cw) => {
    const r = runChecks(colourwayDoc(loaded.doc, cw), opts.profile ? { profile: opts.profile } : {});
    return r.ok ? open(r.report.violations).map((v) => ({ ...v, message: `colourway "${cw.name}": ${v.message}` })) : [];
  })];
  if (errors.length && !opts.reason?.trim()) {
    const list = errors.slice(0, 10).map((v) => `  error   ${v.rule}  ${v.message}`).join('\n');
    return { status: 1, out: '', err: `pinsmith export: ${file} has ${errors.length} error(s) a factory would reject:\n${list}\nFix them, waive them in the editor, or export anyway with --reason "why" (the reason is printed on the proof).\n` };
  }
  const bundle = await buildBundle(loaded.doc, await nodeBundleAssets(), {
    date: opts.date ?? today(),
    ...(opts.paper ? { paper: opts.paper } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.reason ? { exportReason: opts.reason } : {}),
    report: checked.report,
  });
  if (!bundle.ok) return { status: 1, out: '', err: `pinsmith export: ${file}: ${bundle.reason}\n` };
  const target = opts.out ?? `${basename(file).replace(/(\.pin)?\.(svg|json|pdf|ai)$/i, '')}.zip`;
  try {
    await writeFile(target, bundle.value.zip);
  } catch (e) {
    return { status: 1, out: '', err: `pinsmith export: cannot write ${target}: ${fsProblem(e)}\n` };
  }
  const { facts } = bundle.value;
  return {
    status: 0,
    out: `${target}: ${bundle.value.files.length} files, ${(bundle.value.zip.length / 1024).toFixed(0)} KB — ${facts.widthMm.toFixed(1)} × ${facts.heightMm.toFixed(1)} mm, ${facts.colours.length} colour(s), ${facts.report.summary.errors} error(s), ${facts.report.summary.warnings} warning(s)\n`,
    err: '',
  };
}
