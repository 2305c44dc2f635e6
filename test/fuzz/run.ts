import { mkdirSync, writeFileSync } from 'node:fs';
import { formatTally, runCampaign } from './campaign.ts';

// `npm run fuzz [-- --svg N --pin N --seed N]`: the full campaign, printing counts by outcome and
// writing every finding (its input and what went wrong) to test-output/fuzz/.
const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const opts = { svg: arg('svg', 5000), pin: arg('pin', 2000), seed: arg('seed', 15), budgetMs: arg('budget', 10_000), hangMs: arg('hang', 45_000), exportEvery: arg('export-every', 10) };
console.log(`fuzz: ${opts.svg} SVG and ${opts.pin} .pin.json mutations, seed ${opts.seed}, checks budget ${opts.budgetMs / 1000} s, hang after ${opts.hangMs / 1000} s`);
const out = new URL('../../test-output/fuzz/', import.meta.url);
mkdirSync(out, { recursive: true });
let last = 0;
const res = await runCampaign({
  ...opts,
  // Each finding is written as it happens: inputs can be megabytes, and the campaign keeps none.
  onFinding: (f, input) => {
    const name = `${f.outcome}-${f.kind}-${f.n}`;
    writeFileSync(new URL(`${name}.${f.kind === 'svg' ? 'svg' : 'pin.json'}`, out), input);
    writeFileSync(new URL(`${name}.txt`, out), `${f.outcome} after ${Math.round(f.ms)} ms\n${f.detail ?? ''}\n`);
    console.log(`  ${name} (${Math.round(f.ms)} ms): ${(f.detail ?? '').split('\n')[0]}`);
  },
  onProgress: (done, total) => {
    if (done - last >= 100 || done === total) {
      last = done;
      process.stderr.write(`  ${done}/${total}\n`);
    }
  },
});
console.log(formatTally(res));
process.exitCode = res.findings.length ? 1 : 0;
