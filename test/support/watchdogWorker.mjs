// Runs one exported function of a TypeScript module in this worker thread and posts its result,
// so a test can stop a call that never returns (a hang fails the test instead of hanging it).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const mod = await import(workerData.module);
const value = await mod[workerData.fn](...workerData.args);
parentPort.postMessage({ value });
