import { describe, expect, it } from 'vitest';
import { formatTally, runCampaign } from './fuzz/campaign.ts';

// A slice of the fuzz campaign (`npm run fuzz` runs thousands): mutated SVGs and .pin.json, each
// on a worker under a watchdog. Every input must end as a refusal with our own words, a report, or
// a report that says where it ran out of time; never a hang, a crash, NaN, or a library's message.
// The watchdog is generous (a busy machine must not turn a slow input into a failure); the
// campaign's budgets are measured by `npm run fuzz`, which prints them.
describe('fuzz campaign (issue 15)', () => {
  it('a few hundred mutations of the fixtures: no hang, crash, non-finite number or leaked message', async () => {
    const res = await runCampaign({ svg: 160, pin: 80, seed: 20261204, budgetMs: 10_000, hangMs: 120_000, exportEvery: 8 });
    console.log(formatTally(res));
    expect(res.findings.map((f) => `${f.outcome} ${f.kind} #${f.n}: ${(f.detail ?? '').split('\n')[0]}`)).toEqual([]);
    expect(res.tally.svg.checked + res.tally.pin.checked).toBeGreaterThan(40);
    expect(res.exported).toBeGreaterThan(3);
  }, 1_800_000);
});
