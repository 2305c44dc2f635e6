import type { Point, Waiver } from '../document/types.ts';
import type { Violation } from './types.ts';

/** Positions in a waiver key are rounded to this, so a re-run at the same place finds it. */
export const WAIVER_GRID_MM = 0.1;
/** A waiver still matches a finding that moved this little (e.g. after re-flattening curves). */
export const WAIVER_MATCH_MM = 0.5;

const snap = (v: number) => Math.round(v / WAIVER_GRID_MM) * WAIVER_GRID_MM;

export function waiverKey(rule: string, items: readonly string[], at: Point): string {
  return `${rule}|${[...items].sort().join(',')}|${snap(at.x).toFixed(1)},${snap(at.y).toFixed(1)}`;
}

/** A waiver for a finding: keyed by rule, sorted items and rounded position, with a reason. */
export function waiverFor(v: Violation, comment: string, createdAt?: string): Waiver {
  const w: Waiver = { rule: v.rule, items: [...v.items].sort(), at: { x: Number(snap(v.at.x).toFixed(1)), y: Number(snap(v.at.y).toFixed(1)) }, comment };
  if (createdAt) w.createdAt = createdAt;
  return w;
}

function matches(w: Waiver, v: Violation): boolean {
  if (w.rule !== v.rule) return false;
  const a = [...w.items].sort();
  const b = [...v.items].sort();
  if (a.length !== b.length || a.some((x, i) => x !== b[i])) return false;
  return Math.abs(w.at.x - v.at.x) <= WAIVER_MATCH_MM && Math.abs(w.at.y - v.at.y) <= WAIVER_MATCH_MM;
}

/** Marks waived findings; returns the waivers that matched nothing (stale: the problem is gone). */
export function applyWaivers(violations: Violation[], waivers: readonly Waiver[]): Waiver[] {
  const used = new Set<number>();
  for (const v of violations) {
    const i = waivers.findIndex((w) => matches(w, v));
    if (i >= 0) {
      v.waived = { comment: waivers[i]!.comment };
      used.add(i);
    }
  }
  return waivers.filter((_, i) => !used.has(i));
}
