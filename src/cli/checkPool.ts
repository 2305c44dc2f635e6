import type { CheckOptions, FileReport } from './check.ts';
import { runPool } from './workerPool.ts';

/** Heap a check worker may use before its file is reported as too big (the process stays alive). */
const WORKER_HEAP_MB = 4096;

/**
 * The reports of many files checked on a pool of worker threads, each file under a watchdog: a
 * file that takes too long or needs too much memory gets an error report and a fresh worker, and
 * the batch goes on. `onReport` hears each report as it arrives (any order); the returned array
 * is in input order.
 */
export async function checkFiles(files: string[], opts: CheckOptions, worker: URL, pool: { timeoutMs: number }, onReport?: (i: number, r: FileReport) => void): Promise<FileReport[]> {
  const reports = new Array<FileReport>(files.length);
  const seconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;
  await runPool<{ file: string; opts: CheckOptions }, FileReport>(files.map((file) => ({ file, opts })), { worker, timeoutMs: pool.timeoutMs, heapMb: WORKER_HEAP_MB }, (i, o) => {
    const file = files[i]!;
    const r: FileReport = o.kind === 'done' ? o.value
      : o.kind === 'timeout' ? { file, error: `not checked: still running after ${seconds(pool.timeoutMs)} (the --timeout); the design is too complex to check in that time` }
      : o.kind === 'out-of-memory' ? { file, error: `not checked: it needed more than ${WORKER_HEAP_MB / 1024} GB of memory; the design is too complex to check` }
      : { file, error: 'not checked: the checker stopped unexpectedly on this file' };
    reports[i] = r;
    onReport?.(i, r);
  });
  return reports;
}
