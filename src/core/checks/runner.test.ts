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
