// Starts a TypeScript worker when the CLI runs from its sources (the build is older than them):
// tsx compiles the worker script named in workerData on the fly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.script);
