import type { ImportNote } from '../io/svg/import.ts';
import type { CheckReport, Violation } from './types.ts';

/** One file's report as `pinsmith check --json` prints it (CONTRACTS.md); also check-report.json. */
export interface FileReport {
  file: string;
  profile?: string;
  summary?: { errors: number; warnings: number };
  violations?: Violation[];
  error?: string;
  notes?: ImportNote[];
  waived?: number;
  truncated?: CheckReport['truncated'];
  staleWaivers?: CheckReport['staleWaivers'];
  skipped?: string;
  /** The pin's colourways, each checked on its own (a pin without colourways has none). */
  colourways?: ColourwayReport[];
}

export type ColourwayReport =
  | { name: string; summary: { errors: number; warnings: number }; violations: Violation[] }
  | { name: string; error: string };

/** Regions in the JSON report: micrometre precision is plenty and keeps reports small. */
const roundRing = (ring: number[]) => ring.map((v) => Math.round(v * 10000) / 10000);

export function toFileReport(file: string, report: CheckReport, notes: ImportNote[] = []): FileReport {
  const out: FileReport = {
    file,
    profile: report.profile,
    summary: { errors: report.summary.errors, warnings: report.summary.warnings },
    violations: report.violations.filter((v) => !v.waived).map((v) => (v.region ? { ...v, region: v.region.map(roundRing) } : v)),
  };
  if (report.summary.waived) out.waived = report.summary.waived;
  if (Object.keys(report.truncated).length) out.truncated = report.truncated;
  if (report.staleWaivers.length) out.staleWaivers = report.staleWaivers;
  if (notes.length) out.notes = notes;
  if (report.skipped) out.skipped = report.skipped;
  return out;
}

/** A colourway's report in a file report: its findings as toFileReport gives them, or why it was not checked. */
export function colourwayReport(name: string, run: { ok: true; report: CheckReport } | { ok: false; reason: string }): ColourwayReport {
  if (!run.ok) return { name, error: run.reason };
  const r = toFileReport(name, run.report);
  return { name, summary: r.summary!, violations: r.violations ?? [] };
}
