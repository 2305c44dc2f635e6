import { describe, expect, it } from 'vitest';
import type { CheckDef, Options, Violation } from '../../src/core/checks/index.ts';
import { runChecks } from '../../src/core/checks/index.ts';
import type { PinDocument } from '../../src/core/document/types.ts';
import { validateDocument, formatProblems } from '../../src/core/document/validate.ts';

// A check tester in the ESLint RuleTester style: valid and invalid cases with exact counts, the
// document deep-frozen so a check that mutates it fails, and a readable dump on failure.

export interface Expected {
  messageId?: string;
  severity?: 'error' | 'warning';
  items?: string[];
  measured?: number;
  /** Allowed difference for measured (default 0.0005; curves flattened within 0.005 mm need more). */
  measuredWithin?: number;
  limit?: number;
  /** A substring of the message. */
  message?: string;
  suggestion?: Record<string, unknown>;
}

export interface ValidCase {
  name: string;
  doc: PinDocument;
  profile?: string;
}

export interface InvalidCase extends ValidCase {
  /** Exactly these findings, in report order (or a count when only the number matters). */
  errors: Expected[] | number;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

export function dump(vs: Violation[]): string {
  if (!vs.length) return '(no findings)';
  return vs.map((v) => `  ${v.severity} ${v.rule} at (${v.at.x}, ${v.at.y}) [${v.items.join(', ')}]: ${v.message}`).join('\n');
}

function runOne(check: CheckDef<Options>, c: ValidCase): Violation[] {
  const valid = validateDocument(c.doc);
  if (!valid.ok) throw new Error(`test document "${c.name}" is itself invalid:\n${formatProblems(valid.problems)}`);
  const doc = deepFreeze(structuredClone(c.doc));
  const run = runChecks(doc, { only: [check.id], ...(c.profile ? { profile: c.profile } : {}) });
  if (!run.ok) throw new Error(run.reason);
  return run.report.violations;
}

export function testCheck(check: CheckDef<Options>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`check ${check.id}`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const vs = runOne(check, c);
        expect(vs, `expected no findings, got:\n${dump(vs)}`).toHaveLength(0);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const vs = runOne(check, c);
        const want = typeof c.errors === 'number' ? c.errors : c.errors.length;
        expect(vs.length, `expected ${want} finding(s), got ${vs.length}:\n${dump(vs)}`).toBe(want);
        if (typeof c.errors === 'number') return;
        c.errors.forEach((e, i) => {
          const v = vs[i]!;
          const where = `finding ${i + 1}:\n${dump([v])}`;
          if (e.severity) expect(v.severity, where).toBe(e.severity);
          if (e.items) expect([...v.items].sort(), where).toEqual([...e.items].sort());
          if (e.measured !== undefined) expect(Math.abs((v.measured ?? NaN) - e.measured), `${where}\nmeasured ${v.measured}, want ${e.measured}`).toBeLessThanOrEqual(e.measuredWithin ?? 0.0005);
          if (e.limit !== undefined) expect(v.limit, where).toBeCloseTo(e.limit, 3);
          if (e.message) expect(v.message, where).toContain(e.message);
          if (e.messageId) expect(check.messages[e.messageId], `unknown messageId ${e.messageId}`).toBeDefined();
          if (e.messageId) {
            const tmpl = check.messages[e.messageId]!;
            const fixed = tmpl.split(/\{\w+\}/)[0]!;
            expect(v.message.startsWith(fixed), `${where}\nexpected message "${e.messageId}"`).toBe(true);
          }
          if (e.suggestion) expect(v.suggestion, where).toMatchObject(e.suggestion);
          expect(Number.isFinite(v.at.x) && Number.isFinite(v.at.y), where).toBe(true);
        });
      });
    }
  });
}
