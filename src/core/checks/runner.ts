import type { PinDocument } from '../document/types.ts';
import { pantoneSolidCoated, type Palette } from '../palette/index.ts';
import { roundMm } from '../units.ts';
import { Derived } from './derived.ts';
import { GeometryCache } from './geometry/tiles.ts';
import { OutOfTime, withDeadline, type Bounds } from '../geometry/index.ts';
import { formatMessage } from './messages.ts';
import { DEFAULT_PROFILE, findProfile, PROFILES, type Profile } from './profiles.ts';
import { CHECKS } from './registry.ts';
import type { CheckDef, CheckReport, Level, Options, RuleId, Violation } from './types.ts';
import { RULE_IDS } from './types.ts';
import { applyWaivers } from './waivers.ts';

/** Findings past this per check are counted, not listed: one broken item must not flood the panel. */
export const DEFAULT_REPORT_CAP = 100;

export interface RunOptions {
  /** Overrides the document's own profile (the CLI's --profile). */
  profile?: string;
  palette?: Palette;
  /** Run only these checks. */
  only?: readonly RuleId[];
  checks?: readonly CheckDef<Options>[];
  reportCap?: number;
  /** Geometry kept from earlier runs (live checking): only tiles near changed items are redone. */
  cache?: GeometryCache;
  /**
   * Time the run may take. Work not started by then is not done: each check reports the areas it
   * could not finish as an error (never a silent skip, never a clean verdict).
   */
  budgetMs?: number;
}

export type RunResult = { ok: true; report: CheckReport } | { ok: false; reason: string };

export interface EffectiveRule {
  severity: 'error' | 'warning' | 'off';
  options: Options;
}

/**
 * Check defaults, then the profile, then the document's own settings. The severity setting is a
 * ceiling: "error" (the default) keeps each finding's own level, "warning" makes every finding a
 * warning, "off" skips the check.
 */
export function effectiveRule(check: CheckDef<Options>, profile: Profile, doc: PinDocument): EffectiveRule {
  const fromProfile = profile.rules[check.id];
  const fromDoc = doc.checks.rules[check.id];
  return {
    severity: fromDoc?.severity ?? fromProfile?.severity ?? 'error',
    options: { ...check.defaultOptions, ...fromProfile?.options, ...fromDoc?.options },
  };
}

export function runChecks(doc: PinDocument, opts: RunOptions = {}): RunResult {
  const profileId = opts.profile ?? doc.checks.profile ?? DEFAULT_PROFILE;
  const profile = findProfile(profileId);
  if (!profile) return { ok: false, reason: `unknown profile "${profileId}" (known: ${PROFILES.map((p) => p.id).join(', ')})` };
  const palette = opts.palette ?? pantoneSolidCoated();
  const cap = opts.reportCap ?? DEFAULT_REPORT_CAP;
  const derived = new Derived(doc, opts.cache);
  const violations: Violation[] = [];
  const truncated: CheckReport['truncated'] = {};
  const checks = (opts.checks ?? CHECKS).filter((c) => !opts.only || opts.only.includes(c.id));

  let reach = 0;
  for (const check of checks) {
    const rule = effectiveRule(check, profile, doc);
    if (rule.severity !== 'off' && check.reach) reach = Math.max(reach, check.reach(rule.options));
  }
  derived.geometry.ensureMargin(reach);
  const deadline = opts.budgetMs === undefined ? Infinity : performance.now() + opts.budgetMs;
  derived.geometry.deadline = deadline;

  for (const check of checks) {
    const rule = effectiveRule(check, profile, doc);
    if (rule.severity === 'off') continue;
    if (performance.now() >= deadline) {
      const whole = derived.geometry.designBounds();
      if (whole) violations.push(unfinished(check.id, [whole], opts.budgetMs!));
      continue;
    }
    let count = 0;
    const mine: Violation[] = [];
    const ran = runWithin(deadline, () => check.run({
      doc,
      options: rule.options,
      profile,
      palette,
      derived,
      report(r) {
        count++;
        if (count > cap) return;
        // A rule set to "warning" makes all its findings warnings; "error" keeps each finding's level.
        const level: Level = rule.severity === 'warning' ? 'warning' : r.level ?? check.defaultSeverity;
        const template = check.messages[r.messageId];
        const v: Violation = {
          rule: check.id,
          severity: level,
          message: template ? formatMessage(template, r.data) : r.messageId,
          items: [...r.itemIds],
          at: { x: roundMm(r.at.x), y: roundMm(r.at.y) },
        };
        if (r.region) v.region = r.region;
        if (r.measured !== undefined) v.measured = roundMm(r.measured);
        if (r.limit !== undefined) v.limit = roundMm(r.limit);
        if (r.suggestion) v.suggestion = r.suggestion;
        mine.push(v);
      },
    }));
    if (!ran) {
      const whole = derived.geometry.designBounds();
      if (whole) violations.push(unfinished(check.id, [whole], opts.budgetMs!));
      continue;
    }
    if (count > cap) truncated[check.id] = count - cap;
    violations.push(...mine);
    const undone = derived.geometry.unfinished.get(check.id);
    if (undone?.length) violations.push(unfinished(check.id, undone, opts.budgetMs!));
  }
  derived.geometry.deadline = Infinity;
  if (derived.geometry.skipped) violations.push(tooLargeToCheck(derived.geometry.skipped));

  const order = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  violations.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
    || order.get(a.rule)! - order.get(b.rule)! || a.at.y - b.at.y || a.at.x - b.at.x);
  const stale = applyWaivers(violations, doc.checks.waivers);
  const live = violations.filter((v) => !v.waived);
  return {
    ok: true,
    report: {
      profile: profile.id,
      summary: {
        errors: live.filter((v) => v.severity === 'error').length,
        warnings: live.filter((v) => v.severity === 'warning').length,
        waived: violations.length - live.length,
      },
      violations,
      truncated,
      staleWaivers: stale.map((w) => ({ rule: w.rule, items: w.items, at: w.at, comment: w.comment })),
      ...(derived.geometry.skipped ? { skipped: derived.geometry.skipped } : {}),
    },
  };
}

/** Runs a check under the deadline (the engine stops at its next call past it); false if it ran out. */
function runWithin(deadline: number, fn: () => void): boolean {
  try {
    withDeadline(deadline, fn);
    return true;
  } catch (e) {
    if (e instanceof OutOfTime) return false;
    throw e;
  }
}

/** An area a check ran out of time on: an error, so the verdict is never clean by omission. */
function unfinished(rule: RuleId, boxes: Bounds[], budgetMs: number): Violation {
  const region = boxes.map((b) => [b.minX, b.minY, b.maxX, b.minY, b.maxX, b.maxY, b.minX, b.maxY].map(roundMm));
  const b = boxes[0]!;
  return {
    rule,
    severity: 'error',
    message: `This check could not finish on this area within ${+(budgetMs / 1000).toFixed(1)} s, so the area is not checked (this is not a pass). `
      + 'The artwork here is too complex to check in time: simplify it (fewer points or shapes) and check again.',
    items: [],
    at: { x: roundMm((b.minX + b.maxX) / 2), y: roundMm((b.minY + b.maxY) / 2) },
    region,
  };
}

/** A design too large to be a pin at real size: its area checks are not run, and that is an error. */
function tooLargeToCheck(why: string): Violation {
  return { rule: 'size-out-of-range', severity: 'error', message: `Not checked: ${why}.`, items: [], at: { x: 0, y: 0 } };
}

/**
 * Live checking: keeps geometry between runs. Hand it each new version of the document (immutable
 * updates: a changed item is a new object); only tiles near changed items are recomputed, and the
 * report is the same as a full check's.
 */
export class CheckSession {
  readonly cache = new GeometryCache();

  run(doc: PinDocument, opts: Omit<RunOptions, 'cache'> = {}): RunResult {
    return runChecks(doc, { ...opts, cache: this.cache });
  }
}
