import { describe, expect, it } from 'vitest';
import { pin } from '../document/builders.ts';
import { loadPinFile, savePinFile } from '../io/pinFile.ts';
import { runChecks, waiverFor, waiverKey } from './index.ts';

const thin = () => pin().circleOutline(15, 15, 12).line([[5, 15], [25, 15]], 0.1, { id: 'thin' }).rectFill(5, 5, 3, 3, '#123456', { id: 'odd' }).spec({ posts: [{ x: 15, y: 15 }] });

describe('runner', () => {
  it('counts errors and warnings and sorts errors first', () => {
    const r = runChecks(thin().line([[5, 20], [25, 20]], 0.25).build(), { only: ['metal-too-thin', 'color-off-palette'] });
    expect(r.ok && r.report.summary).toEqual({ errors: 2, warnings: 1, waived: 0 });
    expect(r.ok && r.report.violations.map((v) => v.severity)).toEqual(['error', 'error', 'warning']);
  });

  it('an unknown profile is a reason, not an exception', () => {
    expect(runChecks(thin().build(), { profile: 'glass' })).toEqual({ ok: false, reason: expect.stringMatching(/unknown profile "glass"/) });
  });

  it('caps each check and counts the rest', () => {
    const b = pin().circleOutline(15, 15, 14).spec({ posts: [{ x: 15, y: 15 }] });
    for (let i = 0; i < 12; i++) b.line([[2, 2 + i], [20, 2 + i]], 0.1);
    const r = runChecks(b.build(), { reportCap: 5, only: ['metal-too-thin'] });
    expect(r.ok && r.report.violations).toHaveLength(5);
    expect(r.ok && r.report.truncated).toEqual({ 'metal-too-thin': 7 });
  });

  it('off in the document turns a check off', () => {
    const r = runChecks(thin().rule('color-off-palette', { severity: 'off' }).build(), { only: ['metal-too-thin', 'color-off-palette'] });
    expect(r.ok && r.report.violations.map((v) => v.rule)).toEqual(['metal-too-thin']);
  });
});

describe('waivers', () => {
  it('a waiver with a comment silences one finding, survives save/load, and goes stale when fixed', () => {
    const only = ['metal-too-thin', 'color-off-palette'] as const;
    const first = runChecks(thin().build(), { only });
    if (!first.ok) throw new Error(first.reason);
    const v = first.report.violations.find((x) => x.rule === 'metal-too-thin')!;
    const waived = thin().waiver(waiverFor(v, 'Factory confirmed 0.1 mm is fine for this decorative line')).build();
    const reloaded = loadPinFile(savePinFile(waived));
    if (!reloaded.ok) throw new Error('reload failed');
    const second = runChecks(reloaded.doc, { only });
    expect(second.ok && second.report.summary).toEqual({ errors: 1, warnings: 0, waived: 1 });
    expect(second.ok && second.report.violations.find((x) => x.waived)?.waived?.comment).toMatch(/Factory confirmed/);

    const fixedDoc = structuredClone(reloaded.doc);
    const line = fixedDoc.items.thin!;
    if (line.kind === 'metal-line') line.width = 0.5;
    const third = runChecks(fixedDoc, { only });
    expect(third.ok && third.report.staleWaivers).toHaveLength(1);
  });

  it('keys are stable: sorted items and a rounded position', () => {
    expect(waiverKey('posts', ['b', 'a'], { x: 1.04, y: 2.96 })).toBe(waiverKey('posts', ['a', 'b'], { x: 0.96, y: 3.04 }));
  });

  it('a waiver for other items does not match', () => {
    const doc = thin().waiver({ rule: 'metal-too-thin', items: ['other'], at: { x: 15, y: 15 }, comment: 'x' }).build();
    const r = runChecks(doc);
    expect(r.ok && r.report.summary.waived).toBe(0);
    expect(r.ok && r.report.staleWaivers).toHaveLength(1);
  });

});

describe('time budget (issue 15)', () => {
  const busy = () => {
    const b = pin().circleOutline(15, 15, 14).spec({ posts: [{ x: 15, y: 15 }] });
    for (let i = 0; i < 6; i++) b.rectFill(3 + i * 4, 8, 3.5, 12, '#C8102E').line([[3 + i * 4, 5], [3 + i * 4, 25]], 0.3);
    return b.build();
  };

  it('out of time, every check reports the area it did not finish as an error: never a clean verdict', () => {
    const r = runChecks(busy(), { budgetMs: 0 });
    if (!r.ok) throw new Error(r.reason);
    const unfinished = r.report.violations.filter((v) => /could not finish/.test(v.message));
    expect(unfinished.length).toBeGreaterThan(3);
    for (const v of unfinished) {
      expect(v.severity).toBe('error');
      expect(v.region?.length).toBeGreaterThan(0);
      expect(Number.isFinite(v.at.x) && Number.isFinite(v.at.y)).toBe(true);
    }
    expect(r.report.summary.errors).toBeGreaterThanOrEqual(unfinished.length);
  });

  it('with time enough, the budget changes nothing', () => {
    const full = runChecks(busy());
    const budgeted = runChecks(busy(), { budgetMs: 600_000 });
    expect(budgeted).toEqual(full);
  });

  it('a tile left undone is not remembered as done: the next run with time finishes it', async () => {
    const { CheckSession } = await import('./runner.ts');
    const session = new CheckSession();
    const doc = busy();
    const short = session.run(doc, { budgetMs: 0 });
    expect(short.ok && short.report.violations.some((v) => /could not finish/.test(v.message))).toBe(true);
    expect(session.run(doc)).toEqual(runChecks(doc));
  });

  it('a design too large to be a pin is an error, not a clean "skipped" note', () => {
    const r = runChecks(pin().rectOutline(0, 0, 900, 10).build());
    expect(r.ok && r.report.summary.errors).toBeGreaterThan(0);
    expect(r.ok && r.report.violations.find((v) => v.rule === 'size-out-of-range' && /Not checked/.test(v.message))).toBeTruthy();
  });
});
