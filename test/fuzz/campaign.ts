import { readdirSync, readFileSync } from 'node:fs';
import { runPool, type TaskOutcome } from '../../src/cli/workerPool.ts';
import { inputFor } from './mutate.ts';
import type { Answer, Outcome } from './target.ts';

// The fuzz campaign: mutations of the repository's own fixtures, each run on a worker under a
// watchdog. Counts by outcome; anything that breaks a promise is kept with its seed.

const ROOT = new URL('../', import.meta.url);

export function seedFiles(ext: RegExp): string[] {
  const dirs = ['fixtures/svg/', 'fixtures/samples/', 'fixtures/pins/', 'corpus/'];
  const out: string[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(new URL(d, ROOT)).sort()) if (ext.test(f)) out.push(readFileSync(new URL(d + f, ROOT), 'utf8'));
  }
  return out;
}

export interface CampaignOptions {
  svg: number;
  pin: number;
  seed: number;
  /** The checks' own budget; the watchdog allows `hangMs` before calling an input a hang. */
  budgetMs: number;
  hangMs: number;
  /** Export one input in this many (export is the slow part). */
  exportEvery: number;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Hears each finding as it happens, with its input (then dropped: a campaign keeps no inputs). */
  onFinding?: (f: Finding, input: string) => void;
}

export type Tally = Record<Outcome | 'hang' | 'out-of-memory' | 'crashed', number>;

export interface Finding {
  kind: 'svg' | 'pin';
  n: number;
  outcome: string;
  detail?: string;
  ms: number;
}

export interface CampaignResult {
  tally: { svg: Tally; pin: Tally };
  /** What went wrong, without the inputs (onFinding had them). */
  findings: Finding[];
  slowestMs: number;
  exported: number;
  ms: number;
}

const BAD: ReadonlySet<string> = new Set(['non-finite', 'leak', 'threw', 'round-trip', 'export-failed', 'hang', 'out-of-memory', 'crashed']);

const emptyTally = (): Tally => ({ refused: 0, checked: 0, unfinished: 0, 'non-finite': 0, leak: 0, threw: 0, 'round-trip': 0, 'export-failed': 0, hang: 0, 'out-of-memory': 0, crashed: 0 });

export async function runCampaign(o: CampaignOptions): Promise<CampaignResult> {
  const t0 = performance.now();
  // Workers make each input from (kind, n, seed); only a finding's input is made again here.
  const tasks: Array<{ kind: 'svg' | 'pin'; n: number; seed: number; opts: { budgetMs: number; exportIt: boolean } }> = [];
  for (let n = 0; n < o.svg; n++) tasks.push({ kind: 'svg', n, seed: o.seed, opts: { budgetMs: o.budgetMs, exportIt: n % o.exportEvery === 0 } });
  for (let n = 0; n < o.pin; n++) tasks.push({ kind: 'pin', n, seed: o.seed, opts: { budgetMs: o.budgetMs, exportIt: n % o.exportEvery === 0 } });
  const seeds = { svg: seedFiles(/\.svg$/), pin: seedFiles(/\.pin\.json$/) };
  const tally = { svg: emptyTally(), pin: emptyTally() };
  const findings: Finding[] = [];
  let slowestMs = 0;
  let exported = 0;
  let done = 0;
  await runPool<(typeof tasks)[number], Answer>(tasks, { worker: new URL('./worker.ts', import.meta.url), timeoutMs: o.hangMs, heapMb: 4096, ...(o.workers ? { size: o.workers } : {}) }, (i, out: TaskOutcome<Answer>) => {
    const t = tasks[i]!;
    const outcome = out.kind === 'done' ? out.value.outcome : out.kind === 'timeout' ? 'hang' : out.kind;
    tally[t.kind][outcome]++;
    slowestMs = Math.max(slowestMs, out.ms);
    if (out.kind === 'done' && out.value.exported) exported++;
    if (BAD.has(outcome)) {
      const detail = out.kind === 'done' ? out.value.detail : out.kind === 'crashed' ? out.message : undefined;
      const f: Finding = { kind: t.kind, n: t.n, outcome, ms: out.ms, ...(detail ? { detail } : {}) };
      findings.push(f);
      o.onFinding?.(f, inputFor(t.kind, t.n, t.seed, seeds[t.kind]));
    }
    o.onProgress?.(++done, tasks.length);
  });
  return { tally, findings, slowestMs, exported, ms: performance.now() - t0 };
}

export function formatTally(res: CampaignResult): string {
  const rows = (['svg', 'pin'] as const).map((k) => {
    const t = res.tally[k];
    const total = Object.values(t).reduce((a, b) => a + b, 0);
    return `${k.padEnd(4)} ${String(total).padStart(6)} inputs: ${Object.entries(t).filter(([, v]) => v).map(([o, v]) => `${o} ${v}`).join(', ')}`;
  });
  return [...rows, `exported ${res.exported}; slowest input ${(res.slowestMs / 1000).toFixed(1)} s; campaign ${(res.ms / 1000).toFixed(0)} s; ${res.findings.length} finding(s)`].join('\n');
}
