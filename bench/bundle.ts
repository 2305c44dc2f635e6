import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript the first screen loads (the scripts index.html names, gzip), from a fresh
 * production build: panels and tools that load later are not counted, as the browser does not
 * fetch them until used.
 */
export function benchInitialJs(): number | undefined {
  const out = mkdtempSync(join(tmpdir(), 'pinsmith-build-'));
  try {
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { encoding: 'utf8', timeout: 600_000 });
    if (r.status !== 0) {
      console.log(`initial JS: the build failed (${r.stderr.slice(0, 200)})`);
      return undefined;
    }
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const bytes = scripts.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0);
    console.log(`initial JS: ${(bytes / 1024).toFixed(1)} KB gzip in ${scripts.length} scripts`);
    return bytes / 1024;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
