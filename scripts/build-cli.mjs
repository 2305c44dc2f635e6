// Builds the CLI to plain JavaScript (esbuild: the bundler Vite and tsx already use), so `pinsmith`
// starts without compiling TypeScript. Runs on `npm ci` (the prepare script) and before the tests.
// The export stack is split into its own chunk, loaded only by `pinsmith export`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('../dist-cli/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    pinsmith: new URL('../src/cli/main.ts', import.meta.url).pathname,
    'check-worker': new URL('../src/cli/checkWorker.ts', import.meta.url).pathname,
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages stay in node_modules (resolved at run time); the project's own code is one file per entry.
  packages: 'external',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
});
