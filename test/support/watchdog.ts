import { Worker } from 'node:worker_threads';

export type Watched<T> = { finished: true; value: T; ms: number } | { finished: false; ms: number };

/**
 * Calls `fn` of `module` (a file URL) with `args` on a worker thread and gives up after
 * `limitMs`, terminating the thread: a synchronous infinite loop becomes a failed expectation.
 */
export async function callWithWatchdog<T>(module: URL, fn: string, args: unknown[], limitMs = 120_000): Promise<Watched<T>> {
  const started = performance.now();
  const worker = new Worker(new URL('./watchdogWorker.mjs', import.meta.url), { workerData: { module: module.href, fn, args } });
  try {
    return await new Promise<Watched<T>>((resolve, reject) => {
      const timer = setTimeout(() => resolve({ finished: false, ms: performance.now() - started }), limitMs);
      worker.once('message', (m: { value: T }) => { clearTimeout(timer); resolve({ finished: true, value: m.value, ms: performance.now() - started }); });
      worker.once('error', (e) => { clearTimeout(timer); reject(e); });
    });
  } finally {
    await worker.terminate();
  }
}
