import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckOptions, type FileReport } from './check.ts';

/** Below this many files the workers' start-up costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 4;

/**
 * The reports of many files, in their order, checked on a pool of worker threads (one per core);
 * each worker takes the next file as soon as it is done with one. `worker`: the worker script.
 */
export async function checkFiles(files: string[], opts: CheckOptions, worker: URL, onReport?: (i: number, r: FileReport) => void): Promise<FileReport[]> {
  // PINSMITH_WORKERS sets the pool's size (1: no workers), e.g. to leave a core free.
  const wanted = Number(process.env.PINSMITH_WORKERS) || availableParallelism();
  const size = Math.min(wanted, Math.ceil(files.length / 2));
  if (files.length < MIN_FILES_FOR_WORKERS || size < 2) {
    const out: FileReport[] = [];
    for (const [i, f] of files.entries()) {
      out.push(await checkFile(f, opts));
      onReport?.(i, out[i]!);
    }
    return out;
  }
  const reports = new Array<FileReport>(files.length);
  let next = 0;
  const viaTsx = worker.pathname.endsWith('.ts');
  await Promise.all(Array.from({ length: size }, () => new Promise<void>((resolve, reject) => {
    const w = viaTsx ? new Worker(new URL('./tsxWorker.mjs', worker), { workerData: { script: worker.href } }) : new Worker(worker);
    const feed = () => {
      if (next >= files.length) { void w.terminate().then(() => resolve()); return; }
      const i = next++;
      w.postMessage({ i, file: files[i]!, opts });
    };
    w.on('message', (m: { i: number; report: FileReport }) => {
      reports[m.i] = m.report;
      onReport?.(m.i, m.report);
      feed();
    });
    w.on('error', reject);
    feed();
  })));
  return reports;
}
