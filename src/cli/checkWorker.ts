import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckOptions } from './check.ts';

// One of the CLI's check workers: checks the files it is sent, one at a time, and answers each.
parentPort?.on('message', (m: { i: number; task: { file: string; opts: CheckOptions } }) => {
  void checkFile(m.task.file, m.task.opts).then((value) => parentPort!.postMessage({ i: m.i, value }));
});
