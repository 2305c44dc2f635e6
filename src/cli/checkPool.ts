import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, FileReport } from './check.ts';

/** Heap a check worker may use before its file is reported as too big (the process stays alive). */
const WORKER_HEAP_MB = 4096;

export interface PoolOptions {
  /** A file still unchecked after this long is reported as unreadable and its worker replaced. */
  timeoutMs: number;
}

/**
 * The reports of many files checked on a pool of worker threads (one per core, PINSMITH_WORKERS
 * to choose), each file under a watchdog: a file that takes too long or needs too much memory
 * gets an error report and a fresh worker, and the batch goes on. `onReport` hears each report as
 * it arrives (any order); the returned array is in input order.
 */
export async function checkFiles(files: string[], opts: CheckOptions, worker: URL, pool: PoolOptions, onReport?: (i: number, r: FileReport) => void): Promise<FileReport[]> {
  const wanted = Number(process.env.PINSMITH_WORKERS) || availableParallelism();
  const size = Math.max(1, Math.min(wanted, files.length));
  const reports = new Array<FileReport>(files.length);
  let next = 0;
  const viaTsx = worker.pathname.endsWith('.ts');
  const spawn = () => {
    const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
    return viaTsx ? new Worker(new URL('./tsxWorker.mjs', worker), { ...options, workerData: { script: worker.href } }) : new Worker(worker, options);
  };
  const seconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;

  const slot = () => new Promise<void>((resolve) => {
    let w: Worker | undefined;
    let current = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (i: number, r: FileReport) => {
      reports[i] = r;
      onReport?.(i, r);
    };
    const replace = (i: number, error: string) => {
      clearTimeout(timer);
      const old = w;
      w = undefined;
      current = -1;
      void old?.terminate();
      settle(i, { file: files[i]!, error });
      feed();
    };
    const start = () => {
      const fresh = spawn();
      fresh.on('message', (m: { i: number; report: FileReport }) => {
        if (fresh !== w || m.i !== current) return;
        clearTimeout(timer);
        current = -1;
        settle(m.i, m.report);
        feed();
      });
      fresh.on('error', (e: Error & { code?: string }) => {
        if (fresh !== w || current < 0) return;
        replace(current, e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `needed more than ${WORKER_HEAP_MB / 1024} GB of memory to check; the design is too complex to check`
          : 'the checker stopped unexpectedly on this file; it was not checked');
      });
      fresh.on('exit', () => {
        if (fresh === w && current >= 0) replace(current, 'the checker stopped unexpectedly on this file; it was not checked');
      });
      return fresh;
    };
    const feed = () => {
      if (next >= files.length) {
        void w?.terminate();
        resolve();
        return;
      }
      const i = next++;
      w ??= start();
      current = i;
      timer = setTimeout(() => replace(i, `not checked: still running after ${seconds(pool.timeoutMs)} (the --timeout); the design is too complex to check in that time`), pool.timeoutMs);
      w.postMessage({ i, file: files[i]!, opts });
    };
    feed();
  });

  await Promise.all(Array.from({ length: size }, slot));
  return reports;
}
