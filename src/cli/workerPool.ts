import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// Tasks run on a pool of worker threads, each under a watchdog: a task that runs too long or
// needs too much memory ends as such, its worker is replaced, and the pool goes on. The CLI's
// batch checks and the fuzz campaign both run on it.

export type TaskOutcome<R> =
  | { kind: 'done'; value: R; ms: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'out-of-memory'; ms: number }
  | { kind: 'crashed'; ms: number; message: string };

export interface PoolOptions {
  /** The worker script: answers each `{ i, task }` message with `{ i, value }`. A .ts file runs through tsx. */
  worker: URL;
  timeoutMs: number;
  /** Heap a worker may use before its task counts as out of memory. */
  heapMb: number;
  /** Workers (default: one per core, or PINSMITH_WORKERS). */
  size?: number;
}

export async function runPool<T, R>(tasks: readonly T[], opts: PoolOptions, onOutcome: (i: number, o: TaskOutcome<R>) => void): Promise<void> {
  const wanted = opts.size ?? (Number(process.env.PINSMITH_WORKERS) || availableParallelism());
  const size = Math.max(1, Math.min(wanted, tasks.length));
  const viaTsx = opts.worker.pathname.endsWith('.ts');
  const spawn = () => {
    const options = { resourceLimits: { maxOldGenerationSizeMb: opts.heapMb } };
    return viaTsx
      ? new Worker(new URL('./tsxWorker.mjs', import.meta.url), { ...options, workerData: { script: opts.worker.href } })
      : new Worker(opts.worker, options);
  };
  let next = 0;

  const slot = () => new Promise<void>((resolve) => {
    let w: Worker | undefined;
    let current = -1;
    let started = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (o: TaskOutcome<R>, keepWorker: boolean) => {
      clearTimeout(timer);
      const i = current;
      current = -1;
      if (!keepWorker) {
        const old = w;
        w = undefined;
        void old?.terminate();
      }
      onOutcome(i, o);
      feed();
    };
    const start = () => {
      const fresh = spawn();
      fresh.on('message', (m: { i: number; value: R }) => {
        if (fresh === w && m.i === current) finish({ kind: 'done', value: m.value, ms: performance.now() - started }, true);
      });
      fresh.on('error', (e: Error & { code?: string }) => {
        if (fresh !== w || current < 0) return;
        const ms = performance.now() - started;
        finish(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory', ms } : { kind: 'crashed', ms, message: e.message }, false);
      });
      fresh.on('exit', (code) => {
        if (fresh === w && current >= 0) finish({ kind: 'crashed', ms: performance.now() - started, message: `the worker exited (${code})` }, false);
      });
      return fresh;
    };
    const feed = () => {
      if (next >= tasks.length) {
        void w?.terminate();
        w = undefined;
        resolve();
        return;
      }
      current = next++;
      w ??= start();
      started = performance.now();
      timer = setTimeout(() => finish({ kind: 'timeout', ms: performance.now() - started }, false), opts.timeoutMs);
      w.postMessage({ i: current, task: tasks[current] });
    };
    feed();
  });

  await Promise.all(Array.from({ length: size }, slot));
}
