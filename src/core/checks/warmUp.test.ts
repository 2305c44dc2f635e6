import { describe, expect, it } from 'vitest';
import { runChecks } from './index.ts';
import { warmUpPin } from './warmUp.ts';

describe('warm-up pin', () => {
  it('runs the costly rules it is there to warm', () => {
    const r = runChecks(warmUpPin());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rules = new Set(r.report.violations.map((v) => v.rule));
    for (const rule of ['metal-too-thin', 'color-off-palette', 'color-bleed', 'enamel-too-narrow']) expect(rules).toContain(rule);
  });
});
