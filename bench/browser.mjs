// Frame times in the real browser (Debian chromium): a scripted pan and a drag on a big pin,
// with live checks on. Usage: node bench/browser.mjs <pin.json>. Prints numbers; asserts nothing.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pinFile = process.argv[2];
const PORT = await new Promise((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});
const BASE = `http://127.0.0.1:${PORT}/`;
if (!existsSync(CHROMIUM) || !pinFile) {
  console.log('browser frame times: skipped (needs /usr/bin/chromium and a pin file)');
  process.exit(0);
}
await new Promise((resolve, reject) => spawn('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' }).on('exit', (c) => (c ? reject(new Error('build failed')) : resolve())));
const server = spawn('npx', ['vite', 'preview', '--strictPort', '--host', '127.0.0.1', '--port', String(PORT)], { detached: true, stdio: 'ignore' });
const stop = () => { try { process.kill(-server.pid); } catch { /* gone */ } };
process.on('exit', stop);
for (let i = 0; i < 60; i++) {
  try { if ((await fetch(BASE)).ok) break; } catch { /* not yet */ }
  await sleep(250);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

// Verdicts on the sample pin, as an artist meets them: opening the editor, and a fix undone and redone.
// Beside each, the figure measured before issue 11 (its table).
{
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const firsts = [];
  const edits = [];
  for (let run = 0; run < 3; run++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await ctx.newPage();
    const t0 = Date.now();
    await p.goto(BASE);
    await p.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 60_000, polling: 5 });
    firsts.push(Date.now() - t0);
    if (run === 0) {
      await p.getByText('Widen to 0.3 mm').first().click();
      await p.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 60_000, polling: 5 });
      for (let i = 0; i < 10; i++) {
        const target = i % 2 ? 2 : 4;
        const t = Date.now();
        await p.getByRole('button', { name: i % 2 ? 'Redo' : 'Undo' }).click();
        await p.waitForFunction((n) => Number(document.querySelector('.count.error')?.textContent) === n, target, { timeout: 60_000, polling: 5 });
        edits.push(Date.now() - t);
      }
    }
    await ctx.close();
  }
  console.log('verdicts in Chromium, sample pin (before issue 11 → now):');
  console.log(`  first verdict after opening the editor   4.5–5.5 s → median ${med(firsts)} ms (${firsts.join(', ')} ms)`);
  console.log(`  undo/redo of a fix → verdict on screen    median 131 ms, worst 289 ms → median ${med(edits)} ms, worst ${Math.max(...edits)} ms`);
}

const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(BASE);
await page.getByText('fill-gap').waitFor({ timeout: 30_000 });
await page.locator('[data-testid=file-input]').setInputFiles(pinFile);
await page.getByText('Opened').waitFor({ timeout: 30_000 });
await page.waitForTimeout(3000);
const items = await page.evaluate(() => document.querySelector('.doc-name')?.textContent);

const measure = async (name, action) => {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 100000) window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  });
  await action();
  const frames = await page.evaluate(() => { cancelAnimationFrame(window.__raf); return window.__frames.slice(2); });
  const s = [...frames].sort((a, b) => a - b);
  if (process.env.BENCH_DEBUG) console.log(name, frames.map((f) => Math.round(f)).join(" "));
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  const fps = 1000 / (frames.reduce((a, b) => a + b, 0) / frames.length);
  console.log(`  ${name.padEnd(22)} ${frames.length} frames: median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, worst ${s[s.length - 1]?.toFixed(0)} ms, ${fps.toFixed(0)} fps`);
};
const box = await page.locator('[data-testid=canvas]').boundingBox();
const cx = box.x + box.width / 2;
const cy = box.y + box.height / 2;
console.log(`browser frame times, ${items} (Chromium, 1280×800, live checks on):`);
await measure('pan (space-drag)', async () => {
  await page.keyboard.down('Space');
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(cx + i * 4, cy + i * 2);
  await page.mouse.up();
  await page.keyboard.up('Space');
});
await measure('zoom (wheel)', async () => {
  await page.mouse.move(cx, cy);
  // A wheel turned by hand: about 30 notches a second, then the redraw when it settles.
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, i < 10 ? -100 : 100);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(400);
});
await page.getByRole('button', { name: 'Fit', exact: true }).click();
// Drag one enamel cell by its middle (where the fit camera puts it, as the canvas does).
const pin = JSON.parse(readFileSync(pinFile, 'utf8'));
const cell = Object.values(pin.items).find((it) => it.kind === 'enamel-fill' && it.path[0].segments.length >= 3);
const pts = cell.path[0].segments;
const mid = { x: pts.reduce((a, p) => a + p.x, 0) / pts.length, y: pts.reduce((a, p) => a + p.y, 0) / pts.length };
const fit = Math.min((box.width - 80) / pin.artboard.width, (box.height - 80) / pin.artboard.height);
const sx = cx + (mid.x - pin.artboard.width / 2) * fit;
const sy = cy + (mid.y - pin.artboard.height / 2) * fit;
await measure('drag an item', async () => {
  await page.keyboard.press('v');
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(sx + i, sy);
  await page.mouse.up();
  await page.waitForTimeout(500);
});
// A drag that lands on a problem marker selects instead of moving: say which it was.
if (process.env.BENCH_DEBUG) { console.log(cell.id, mid, sx, sy, box); await page.screenshot({ path: '/tmp/bench-drag.png' }); }
console.log(`  (the drag ${await page.getByRole('button', { name: 'Undo' }).isEnabled() ? 'moved an item: Undo is enabled' : 'moved NOTHING: Undo is disabled'})`);
await browser.close();
stop();
