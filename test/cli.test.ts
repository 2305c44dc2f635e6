import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = new URL('../bin/pinsmith.mjs', import.meta.url).pathname;
const SAMPLES = new URL('./fixtures/samples/', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

async function pinsmith(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return pinsmithIn({}, ...args);
}

async function pinsmithIn(o: { cwd?: string; stdin?: string }, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const child = run(process.execPath, [BIN, ...args], { timeout: 180_000, ...(o.cwd ? { cwd: o.cwd } : {}) });
    child.child.stdin?.end(o.stdin ?? '');
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('pinsmith check (CONTRACTS.md)', () => {
  it('--json: one array, input order, unreadable files in place, exit 1', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'pinsmith-')), 'broken.svg');
    writeFileSync(broken, '<svg><g></svg>');
    const r = await pinsmith('check', `${SAMPLES}mountain-badge.svg`, broken, `${SAMPLES}mountain-badge-problems.svg`, 'missing.pin.json', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ file: `${SAMPLES}mountain-badge.svg`, profile: 'hard-enamel', summary: { errors: 0 } });
    expect(out[1]).toEqual({ file: broken, error: expect.stringMatching(/not well-formed/) });
    expect(out[3]).toEqual({ file: 'missing.pin.json', error: 'file not found' });
    const rules = out[2].violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string }) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['metal-too-thin', 'color-off-palette']));
    for (const v of out[2].violations) {
      expect(Object.keys(v)).toEqual(expect.arrayContaining(['rule', 'severity', 'message', 'items', 'at']));
      expect(typeof v.at.x).toBe('number');
    }
  }, 200_000);

  it('exit 0 for a clean file, readable text without --json', async () => {
    const r = await pinsmith('check', `${SAMPLES}mountain-badge.svg`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/mountain-badge\.svg .*profile hard-enamel/);
    expect(r.stdout).toMatch(/no problems found/);
  }, 200_000);

  it('text output says rule, severity, where in mm and what to do', async () => {
    const r = await pinsmith('check', `${SAMPLES}mountain-badge-problems.svg`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+metal-too-thin\s+\(\d+\.\d\d, \d+\.\d\d\) mm\s+Metal line is 0\.15 mm wide.*Widen it/);
  }, 200_000);

  it('bad usage exits 2', async () => {
    expect((await pinsmith()).code).toBe(2);
    expect((await pinsmith('check')).code).toBe(2);
    expect((await pinsmith('frobnicate', 'x.svg')).code).toBe(2);
    const p = await pinsmith('check', 'x.svg', '--profile', 'glass');
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/unknown profile "glass"/);
  }, 200_000);

  it('--profile changes the rules: offset printing has no metal minimum', async () => {
    const r = await pinsmith('check', `${SAMPLES}mountain-badge-problems.svg`, '--profile', 'offset-printed', '--json');
    const [rep] = JSON.parse(r.stdout);
    expect(rep.profile).toBe('offset-printed');
    expect(rep.violations.map((v: { rule: string }) => v.rule)).not.toContain('metal-too-thin');
  }, 200_000);

  it('checks .pin.json files', async () => {
    const r = await pinsmith('check', `${FIXTURES}pins/thin-line-badge.pin.json`, '--json');
    const [rep] = JSON.parse(r.stdout);
    expect(rep.summary).toEqual({ errors: 1, warnings: 0 });
  }, 200_000);

  it('checks print-ready PDFs and PDF-compatible .ai files (issue 12), also in a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinsmith-pdf-'));
    const pdf = readFileSync(`${FIXTURES}pdf/factory-badge.pdf`);
    writeFileSync(join(dir, 'badge.ai'), pdf);
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7 nothing else');
    const r = await pinsmith('check', `${FIXTURES}pdf/factory-badge.pdf`, dir, '--json');
    const reports = JSON.parse(r.stdout) as Array<{ file: string; summary?: { errors: number }; error?: string }>;
    expect(reports.map((x) => [x.file.replace(/^.*[\\/]/, ''), x.summary?.errors ?? x.error])).toEqual([
      ['factory-badge.pdf', 0],
      ['badge.ai', 0],
      ['broken.pdf', expect.stringMatching(/^the PDF (has no pages|is damaged or incomplete)/)],
    ]);
    expect(r.code).toBe(1);
  }, 200_000);
});

describe('pinsmith export (CONTRACTS.md)', () => {
  it('writes the bundle with -o; refuses a design with errors unless given a reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinsmith-export-'));
    const ok = await pinsmith('export', `${SAMPLES}mountain-badge.svg`, '-o', join(dir, 'badge.zip'), '--date', '2026-11-26');
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/badge\.zip: 14 files/);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'badge.zip')));
    expect(Object.keys(zip.files)).toContain('proof.pdf');
    const refused = await pinsmith('export', `${SAMPLES}mountain-badge-problems.svg`, '-o', join(dir, 'problems.zip'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/4 error\(s\)[\s\S]*--reason/);
    const forced = await pinsmith('export', `${SAMPLES}mountain-badge-problems.svg`, '-o', join(dir, 'problems.zip'), '--reason', 'sample run');
    expect(forced.code).toBe(0);
  });
  it('works as the README says, from the repository root: npx pinsmith export sample.svg -o out.zip', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pinsmith-root-')), 'out.zip');
    const root = new URL('../', import.meta.url).pathname;
    const { stdout } = await run(process.execPath, [BIN, 'export', 'sample.svg', '-o', out], { cwd: root, timeout: 180_000 });
    expect(stdout).toMatch(/out\.zip: 14 files/);
  });
  it('answers bad usage with exit 2', async () => {
    expect((await pinsmith('export')).code).toBe(2);
    expect((await pinsmith('export', `${SAMPLES}mountain-badge.svg`, '--paper', 'a3')).code).toBe(2);
    expect((await pinsmith('export', `${SAMPLES}mountain-badge.svg`, '--date', 'tomorrow')).code).toBe(2);
    expect((await pinsmith('export', 'missing.svg', '-o', join(tmpdir(), 'x.zip'))).code).toBe(1);
  });
});

describe('usage (issue 15)', () => {
  it('a bad --metal-color is bad usage (exit 2), in check and export alike', async () => {
    const c = await pinsmith('check', `${SAMPLES}mountain-badge.svg`, '--metal-color', 'blackish');
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/--metal-color is a hex colour like #000000 \(got "blackish"\)/);
    expect((await pinsmith('export', `${SAMPLES}mountain-badge.svg`, '--metal-color=#12')).code).toBe(2);
  }, 200_000);

  it('"--" ends the options, so a file named -x.svg can be checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinsmith-dash-'));
    writeFileSync(join(dir, '-x.svg'), readFileSync(`${SAMPLES}mountain-badge.svg`));
    const refused = await pinsmithIn({ cwd: dir }, 'check', '-x.svg');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/unknown option "-x\.svg".*after "--"/);
    const r = await pinsmithIn({ cwd: dir }, 'check', '--json', '--', '-x.svg');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ file: '-x.svg', summary: { errors: 0, warnings: expect.any(Number) } })]);
  }, 200_000);

  it('export --date must be a real date', async () => {
    for (const d of ['bad', '2026-02-30', '2026-13-01']) {
      const r = await pinsmith('export', `${SAMPLES}mountain-badge.svg`, '--date', d, '-o', join(tmpdir(), 'never.zip'));
      expect(r.code, d).toBe(2);
      expect(r.stderr, d).toMatch(/--date is a real date written YYYY-MM-DD/);
    }
  }, 200_000);
});

describe('a full disk (issue 15)', () => {
  it('writing the report to a full disk ends with a sentence, not a stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const { openSync, existsSync } = await import('node:fs');
    if (!existsSync('/dev/full')) return;
    const child = spawn(process.execPath, [BIN, 'check', `${SAMPLES}mountain-badge.svg`], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => { err += d; });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(err).toBe('pinsmith: cannot write the output: no space left on the device\n');
    const exp = await pinsmith('export', `${SAMPLES}mountain-badge.svg`, '-o', '/dev/full/x.zip');
    expect(exp.stderr).toBe('pinsmith export: cannot write /dev/full/x.zip: a part of the path is not a folder\n');
  }, 200_000);
});

describe('batches (issue 15, CONTRACTS additions)', () => {
  it('a file that takes longer than --timeout is reported as not checked, and the rest go on', async () => {
    const r = await pinsmith('check', `${SAMPLES}mountain-badge.svg`, '--timeout', '0.001', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([{ file: `${SAMPLES}mountain-badge.svg`, error: expect.stringMatching(/^not checked: still running after 0\.001 s \(the --timeout\)/) }]);
    expect((await pinsmith('check', `${SAMPLES}mountain-badge.svg`, '--timeout', 'soon')).code).toBe(2);
  }, 200_000);

  it('takes folders and --files-from (stdin), and leaves regions out of --json unless --regions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinsmith-dir-'));
    writeFileSync(join(dir, 'b.svg'), readFileSync(`${SAMPLES}mountain-badge-problems.svg`));
    writeFileSync(join(dir, 'a.svg'), readFileSync(`${SAMPLES}mountain-badge.svg`));
    writeFileSync(join(dir, 'notes.txt'), 'not a design');
    const r = await pinsmithIn({ stdin: `\n${SAMPLES}mountain-badge.svg\n\n` }, 'check', dir, '--files-from', '-', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Array<{ file: string; violations: Array<Record<string, unknown>> }>;
    expect(out.map((x) => x.file)).toEqual([join(dir, 'a.svg'), join(dir, 'b.svg'), `${SAMPLES}mountain-badge.svg`]);
    expect(out[1]!.violations.length).toBeGreaterThan(0);
    expect(out[1]!.violations.some((v) => 'region' in v)).toBe(false);
    const withRegions = JSON.parse((await pinsmith('check', join(dir, 'b.svg'), '--json', '--regions')).stdout);
    expect(withRegions[0].violations.some((v: { region?: number[][] }) => Array.isArray(v.region))).toBe(true);
    expect((await pinsmith('check', '--files-from', join(dir, 'missing.txt'))).code).toBe(2);
  }, 200_000);
});

describe('start-up', () => {
  it('runs the built JavaScript, and --help loads neither the checks nor the export stack', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const built = new URL('../dist-cli/pinsmith.js', import.meta.url);
    expect(statSync(built).isFile(), 'npm run build:cli (the prepare and test scripts run it)').toBe(true);
    const entry = readFileSync(built, 'utf8');
    // The entry holds the argument parsing; the checks run in the worker script, export is a chunk
    // imported on demand, and the main thread of check loads only the pool and the formatter.
    expect(entry).not.toMatch(/from "pdf-lib"|from "clipper2-ts"|from "@resvg\/resvg-wasm"|runChecks/);
    expect(entry).toMatch(/import\("\.\/chunks\/checkPool-[A-Z0-9]+\.js"\)/);
    expect(entry).toMatch(/import\("\.\/chunks\/export-[A-Z0-9]+\.js"\)/);
    for (const chunk of ['checkPool', 'format']) {
      const file = readdirSync(new URL('../dist-cli/chunks/', import.meta.url)).find((f) => f.startsWith(`${chunk}-`) && f.endsWith('.js'))!;
      expect(readFileSync(new URL(`../dist-cli/chunks/${file}`, import.meta.url), 'utf8'), chunk).not.toMatch(/clipper2-ts|runChecks/);
    }
  });
});

describe('many files', () => {
  it('are checked on a pool of workers, reported in the order given, each as when checked alone', async () => {
    const { checkFile } = await import('../src/cli/check.ts');
    const corpus = new URL('./corpus/', import.meta.url).pathname;
    const files = ['mountain-badge-three-problems.svg', 'cat-mascot.svg', 'lettering-banner-small-text.pin.json', 'line-art-owl.svg', 'no-rim-enamel-at-edge.pin.json', 'missing.svg', 'tiny-pin-thin-rim.pin.json']
      .map((f) => `${corpus}${f}`);
    const r = await pinsmith('check', ...files, '--json');
    expect(r.code).toBe(1);
    const got = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(got.map((x) => x.file)).toEqual(files);
    for (const [i, f] of files.entries()) expect(got[i], f).toEqual(JSON.parse(JSON.stringify(await checkFile(f, {}))));
  }, 200_000);
});

describe('pinsmith trace', () => {
  it('makes a pin from a drawing at the size asked, says what it made, and the pin checks clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinsmith-trace-'));
    const out = join(dir, 'fox.pin.json');
    const r = await pinsmith('trace', `${FIXTURES}trace/fox-colour.png`, '--size', '30mm', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fox\.pin\.json: .* traced as flat colour from 1000 × 1000 px/);
    expect(r.stdout).toMatch(/3 enamel colour\(s\): .*White/);
    expect(r.stdout).toMatch(/checks \(hard-enamel\): 0 error\(s\)/);
    const checked = await pinsmith('check', out, '--json');
    expect(JSON.parse(checked.stdout)[0].summary.errors).toBe(0);
  });

  it('a scanned sketch is guessed to be line art; bad options and files are said plainly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinsmith-trace-'));
    const r = await pinsmithIn({ cwd: dir }, 'trace', `${FIXTURES}trace/fox-line-scan.jpg`, '--size', '1.25in');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^fox-line-scan\.pin\.json: .* traced as line art \(ink darker than \d+\)/);
    expect(readFileSync(join(dir, 'fox-line-scan.pin.json'), 'utf8')).toContain('"traced-metal"');
    expect((await pinsmith('trace', `${FIXTURES}trace/fox-line-scan.jpg`)).stderr).toMatch(/--size is needed/);
    expect((await pinsmith('trace', `${FIXTURES}trace/fox-line-scan.jpg`, '--size', 'big')).code).toBe(2);
    expect((await pinsmith('trace', `${FIXTURES}trace/fox-line-scan.jpg`, '--size', '30mm', '--colours', '40')).stderr).toMatch(/--colours is a whole number from 1 to 12/);
    const missing = await pinsmith('trace', 'nowhere.png', '--size', '30mm');
    expect([missing.code, missing.stderr]).toEqual([1, 'pinsmith trace: cannot read nowhere.png: file not found\n']);
    const filled = await pinsmithIn({ cwd: dir }, 'trace', `${FIXTURES}trace/fox-line-scan.jpg`, '--size', '30mm', '--fill-cells', 'white', '-o', 'filled.pin.json');
    expect(filled.stdout).toMatch(/1 enamel colour\(s\): White/);
    expect((await pinsmith('trace', `${FIXTURES}trace/fox-line-scan.jpg`, '--size', '30mm', '--fill-cells', 'sky blue')).stderr).toMatch(/--fill-cells is a PMS code like White/);
    const notImage = await pinsmith('trace', `${FIXTURES}trace/LICENCE.md`, '--size', '30mm');
    expect(notImage.stderr).toMatch(/LICENCE\.md is not a PNG or JPEG image/);
  });
});

describe('pinsmith check, a pin with colourways', () => {
  it('checks each colourway on its own: its errors are reported (text and --json) and fail the run', async () => {
    const { importSvg } = await import('../src/core/io/svg/import.ts');
    const { savePinFile } = await import('../src/core/io/pinFile.ts');
    const r = importSvg(readFileSync(`${SAMPLES}mountain-badge.svg`, 'utf8'), { name: 'Mountain badge' });
    if (!r.ok) throw new Error(r.error);
    r.doc.colourways = [
      { id: 'a', name: 'Night', map: [{ from: '291 C', to: { hex: '#13294B', code: '2767 C' } }] },
      { id: 'b', name: 'Sunset', map: [{ from: '7727 C', to: { hex: '#12AB34' } }] },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'pinsmith-cw-')), 'badge.pin.json');
    writeFileSync(file, savePinFile(r.doc));
    const json = await pinsmith('check', file, '--json');
    expect(json.code).toBe(1);
    const [report] = JSON.parse(json.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.colourways.map((c: { name: string; summary: { errors: number } }) => [c.name, c.summary.errors])).toEqual([['Night', 0], ['Sunset', 1]]);
    expect(report.colourways[1].violations[0]).toMatchObject({ rule: 'color-off-palette' });
    expect(report.colourways[1].violations[0].region).toBeUndefined();
    const text = await pinsmith('check', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/colourway "Night": no problems found/);
    expect(text.stdout).toMatch(/colourway "Sunset": 1 error\(s\)/);
  });
});
