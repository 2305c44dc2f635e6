import { parentPort } from 'node:worker_threads';
import { nodeBundleAssets } from '../../src/cli/assets.ts';
import type { BundleAssets } from '../../src/core/export/bundle.ts';
import { seedFiles } from './campaign.ts';
import { inputFor } from './mutate.ts';
import { runTarget, type TargetOptions } from './target.ts';

// A fuzz worker: runs each input it is sent and answers how it ended.
let assets: Promise<BundleAssets> | undefined;
const seeds = { svg: seedFiles(/\.svg$/), pin: seedFiles(/\.pin\.json$/) };
parentPort?.on('message', (m: { i: number; task: { kind: 'svg' | 'pin'; n: number; seed: number; opts: Omit<TargetOptions, 'assets'> } }) => {
  void (async () => {
    const opts: TargetOptions = { ...m.task.opts };
    if (opts.exportIt) opts.assets = await (assets ??= nodeBundleAssets());
    const text = inputFor(m.task.kind, m.task.n, m.task.seed, seeds[m.task.kind]);
    parentPort!.postMessage({ i: m.i, value: await runTarget(m.task.kind, text, opts) });
  })();
});
