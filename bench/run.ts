import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savePinFile } from '../src/core/io/pinFile.ts';
import { mosaicPin } from './mosaic.ts';
import { runChecks } from '../src/core/checks/index.ts';
import { importSvg } from '../src/core/io/svg/import.ts';
import { pantoneSolidCoated } from '../src/core/palette/index.ts';
import { benchChecks } from './checks.ts';
import { generatePinSvg } from './generate.ts';
import { benchCliStart, benchEmojiBatch } from './cli.ts';
import { printIssueTable, type BrowserFigures } from './table.ts';
import { benchExport } from './export.ts';
import { benchInitialJs } from './bundle.ts';
import { benchTrace } from './trace.ts';

// Prints numbers; never asserts. Run: npm run bench

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${s[s.length - 1]!.toFixed(2)} ms`;
}

function benchImportCheck(files: number, cells: number): void {
  const importMs: number[] = [];
  const checkMs: number[] = [];
  let items = 0;
  for (let i = 0; i < files; i++) {
    const svg = generatePinSvg(i + 1, cells);
    const t0 = performance.now();
    const r = importSvg(svg);
    const t1 = performance.now();
    if (!r.ok) throw new Error(r.error);
    const run = runChecks(r.doc);
    const t2 = performance.now();
    if (!run.ok) throw new Error(run.reason);
    items += r.doc.order.length;
    importMs.push(t1 - t0);
    checkMs.push(t2 - t1);
  }
  console.log(`import + check, ${files} generated SVGs of ~${Math.round(items / files)} items:`);
  console.log(`  import  ${stats(importMs)}`);
  console.log(`  checks  ${stats(checkMs)}`);
}

function benchNearest(queries: number): void {
  const pal = pantoneSolidCoated();
  const hex = Array.from({ length: queries }, (_, i) => `#${((i * 2654435761) >>> 8 & 0xffffff).toString(16).padStart(6, '0')}`);
  for (let i = 0; i < 50; i++) pal.nearest(hex[i]!, 3); // warm up
  const t0 = performance.now();
  for (const h of hex) pal.nearest(h, 3);
  const per = (performance.now() - t0) / queries;
  console.log(`nearest colour (top 3 of ${pal.size} by CIEDE2000): ${(per * 1000).toFixed(0)} µs per query over ${queries} queries`);
}

/** Full check time of real-looking pins from the regression corpus (import excluded). */
function benchTypical(files: string[], reps: number): number[] {
  const medians: number[] = [];
  console.log('typical pins (regression corpus), full check:');
  for (const f of files) {
    const r = importSvg(readFileSync(new URL(`../test/corpus/${f}`, import.meta.url), 'utf8'));
    if (!r.ok) throw new Error(r.error);
    runChecks(r.doc);
    const ms: number[] = [];
    for (let i = 0; i < reps; i++) {
      // A fresh copy each time: item areas are cached per item object, and a file is checked cold.
      const doc = structuredClone(r.doc);
      const t0 = performance.now();
      runChecks(doc);
      ms.push(performance.now() - t0);
    }
    console.log(`  ${f.padEnd(28)} ${String(r.doc.order.length).padStart(3)} items: ${stats(ms)}`);
    medians.push([...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!);
  }
  return medians;
}

const t0 = performance.now();
pantoneSolidCoated();
console.log(`palette load: ${(performance.now() - t0).toFixed(1)} ms`);
benchNearest(2000);
const typical = benchTypical(['mountain-badge.svg', 'cat-mascot.svg', 'illustrator-star-badge.svg', 'line-art-owl.svg'], 7);
benchImportCheck(300, 30);
benchImportCheck(20, 400);
const mosaic = benchChecks([100, 500, 2000, 5000], 3);
await benchExport([100, 2000], 3);
const cli = benchCliStart(3);
const batch = benchEmojiBatch(400);
const initialJs = benchInitialJs();
const traced = await benchTrace(3);

// The same 2,000-item pin in the real browser: frame times while panning, zooming and dragging;
// and the sample pin's verdicts, bucket fill and proof preview.
const tmp = mkdtempSync(join(tmpdir(), 'pinsmith-bench-'));
const pinPath = join(tmp, 'mosaic-2000.pin.json');
const browserRows = join(tmp, 'browser.json');
const drawingPath = join(tmp, 'fox-2000.png');
writeFileSync(pinPath, savePinFile(mosaicPin(2000)));
writeFileSync(drawingPath, traced.png);
spawnSync(process.execPath, [new URL('./browser.mjs', import.meta.url).pathname, pinPath, browserRows, drawingPath], { stdio: 'inherit' });
const browser = existsSync(browserRows) ? JSON.parse(readFileSync(browserRows, 'utf8')) as BrowserFigures : null;

const ms = (x: number | undefined) => (x === undefined ? 'not measured' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const mosaic2000 = mosaic.find((m) => m.items >= 1900 && m.items < 2100);
printIssueTable([
  ['first verdict after opening the editor (sample pin, Chromium)', '4.5–5.5 s', ms(browser?.firstVerdict), '≤ 0.5 s'],
  ['edit → verdict on screen, sample pin (Chromium, undo/redo of a fix)', 'median 131 ms, worst 289 ms', browser ? `median ${ms(browser.editMedian)}, worst ${ms(browser.editWorst)}` : 'not measured', 'median ≤ 30 ms, worst ≤ 60 ms'],
  ['a change never checked before (arrow-key nudge) → verdict, sample pin (Chromium)', 'not measured', browser ? `median ${ms(browser.nudgeMedian)}, worst ${ms(browser.nudgeWorst)}` : 'not measured', 'median ≤ 30 ms, worst ≤ 60 ms'],
  ['bucket fill → colour visible (Chromium)', '~550 ms', browser ? `median ${ms(browser.bucketMedian)}, worst ${ms(browser.bucketWorst)}` : 'not measured', '≤ 50 ms'],
  ['Preview proof in the export dialog (Chromium)', '~8 s', ms(browser?.previewProof), '≤ 1.5 s'],
  ['typical pin, full check (Node, corpus pins of 5–19 items)', '12–46 ms median', `${ms(Math.min(...typical))}–${ms(Math.max(...typical))} median`, '≤ 5 ms'],
  ['2,028-item mosaic: full check / one edit (Node)', '903 ms / 25 ms', mosaic2000 ? `${ms(mosaic2000.full)} / ${ms(mosaic2000.edit)}` : 'not measured', '≤ 100 ms / ≤ 8 ms'],
  ['400 real third-party emoji SVGs at 25 mm, one `pinsmith check` batch', '~56 ms/file', batch ? `${ms(batch.msPerFile)}/file` : 'not measured', '≤ 15 ms/file'],
  ['`pinsmith --help` CPU / `pinsmith check sample.svg` wall', '2.6 s / ~4 s', `${ms(cli.helpCpuMs)} / ${ms(cli.checkWallMs)}`, '≤ 0.3 s / ≤ 0.8 s'],
  ['initial JS of the editor (gzip, issue 13 keeps it ≤ 300 KB)', '267 KB (start of issue 13)', initialJs === undefined ? 'not measured' : `${initialJs.toFixed(1)} KB`, '≤ 300 KB'],
  ['trace a 2000 × 2000 px drawing into a pin (Node, decode included; issue 14)', 'none (new)', `${ms(traced.flatPng)} flat-colour PNG, ${ms(traced.lineJpeg)} line-art JPEG`, '≤ 2 s'],
  ['the same PNG picked in the editor → first traced preview (Chromium; Worker warmed while idle)', 'none (new)', ms(browser?.trace), '≤ 2 s'],
  ['dragging an item on the 2,028-item pin (Chromium)', '46 fps, one 283 ms frame', browser?.drag ? `${browser.drag.fps.toFixed(0)} fps, worst frame ${ms(browser.drag.worst)}` : 'not measured', '≥ 58 fps, no frame > 50 ms'],
]);
