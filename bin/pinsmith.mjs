#!/usr/bin/env node
// The CLI runs as plain JavaScript built from src/cli by `npm run build:cli` (run on `npm ci` and
// before the tests), so it starts without compiling anything. When the sources are newer than the
// build (someone is editing them), tsx compiles them on the fly instead: never a stale CLI.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist-cli/pinsmith.js`;

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) newest = Math.max(newest, newestSource(`${dir}/${e.name}`));
    else if (/\.(ts|tsx|json)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) newest = Math.max(newest, statSync(`${dir}/${e.name}`).mtimeMs);
  }
  return newest;
}

const isFresh = () => {
  try {
    return statSync(built).mtimeMs >= Math.max(newestSource(`${root}src`), newestSource(`${root}data`));
  } catch {
    return false;
  }
};
let main;
if (isFresh()) ({ main } = await import(built));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
