import { parentPort } from 'node:worker_threads';
import { nodeBundleAssets } from '../../src/cli/assets.ts';
import type { BundleAssets } from '../../src/core/export/bundle.ts';
import { runTarget, type TargetOptions } from './target.ts';

// A fuzz worker: runs each input it is sent and answers how it ended.
let assets: Promise<BundleAssets> | undefined;
parentPort?.on('message', (m: { i: number; task: { kind: 'svg' | 'pin'; text: string; opts: Omit<TargetOptions, 'assets'> } }) => {
  void (async () => {
    const opts: TargetOptions = { ...m.task.opts };
    if (opts.exportIt) opts.assets = await (assets ??= nodeBundleAssets());
    parentPort!.postMessage({ i: m.i, value: await runTarget(m.task.kind, m.task.text, opts) });
  })();
});
