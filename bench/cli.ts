import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/pinsmith.mjs');

/** Wall and CPU (user + system, every process it started) of one command, via bash's `times`. */
function timed(args: string[]): { wallMs: number; cpuMs: number; status: number | null } {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', `${quoted} > /dev/null 2>&1; s=$?; times; exit $s`], { cwd: root, encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  // `times` prints the shell's own line, then its children's: "0m1.234s 0m0.100s".
  const children = r.stdout.trim().split('\n').pop() ?? '';
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((a, m) => a + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
  return { wallMs, cpuMs, status: r.status };
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** `pinsmith --help` and `pinsmith check sample.svg`, as a user starts them (the built CLI). */
export function benchCliStart(reps: number): { helpCpuMs: number; checkWallMs: number } {
  const sample = join(root, '../shared/samples/mountain-badge.svg');
  const help = Array.from({ length: reps }, () => timed([process.execPath, bin, '--help']).cpuMs);
  const check = Array.from({ length: reps }, () => timed([process.execPath, bin, 'check', sample]).wallMs);
  const out = { helpCpuMs: median(help), checkWallMs: median(check) };
  console.log(`CLI start: --help ${out.helpCpuMs.toFixed(0)} ms CPU; check sample.svg ${out.checkWallMs.toFixed(0)} ms wall (medians of ${reps})`);
  return out;
}

/**
 * 400 real emoji (every 9th file of the npm package @twemoji/svg, a dev dependency) sized to
 * 25 mm, checked in one `pinsmith check` batch: wall time per file, both cores.
 */
export function benchEmojiBatch(count: number): { msPerFile: number; files: number } | null {
  let pkg: string;
  try {
    pkg = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
  } catch {
    console.log('emoji batch: skipped (@twemoji/svg is not installed)');
    return null;
  }
  const all = readdirSync(pkg).filter((f) => f.endsWith('.svg')).sort();
  const step = Math.max(1, Math.floor(all.length / count));
  const picked = all.filter((_, i) => i % step === 0).slice(0, count);
  const dir = mkdtempSync(join(tmpdir(), 'pinsmith-emoji-'));
  mkdirSync(dir, { recursive: true });
  const files = picked.map((f) => {
    const out = join(dir, f);
    writeFileSync(out, readFileSync(join(pkg, f), 'utf8').replace('<svg ', '<svg width="25mm" height="25mm" '));
    return out;
  });
  const r = timed([process.execPath, bin, 'check', '--json', ...files]);
  const msPerFile = r.wallMs / files.length;
  console.log(`emoji batch: ${files.length} Twemoji at 25 mm in one \`pinsmith check\`: ${(r.wallMs / 1000).toFixed(1)} s wall, ${msPerFile.toFixed(0)} ms/file (${(r.cpuMs / 1000).toFixed(1)} s CPU, exit ${r.status})`);
  return { msPerFile, files: files.length };
}
