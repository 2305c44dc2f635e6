// Frame times in the real browser (Debian chromium): a scripted pan and a drag on a big pin,
// with live checks on. Usage: node bench/browser.mjs <pin.json>. Prints numbers; asserts nothing.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pinFile = process.argv[2];
// Figures for bench/run.ts's side-by-side table, written as JSON when a path is given.
const figuresFile = process.argv[3];
const figures = {};
// BENCH_ONLY=verdicts,bucket,frames runs some of the parts (all by default).
const want = (part) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(part);
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
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

/** Screen position of a design point (mm) on the sample's 25 mm artboard, fitted as the canvas fits it. */
const screenAt = async (p, x, y, artboard = 25) => {
  const b = await p.locator('[data-testid=canvas]').boundingBox();
  const scale = Math.min((b.width - 80) / artboard, (b.height - 80) / artboard);
  return { x: b.x + b.width / 2 + (x - artboard / 2) * scale, y: b.y + b.height / 2 + (y - artboard / 2) * scale };
};

/**
 * Arms a one-shot timer in the page: from the next pointer press (its event time) to the first
 * animation frame in which `done(arg)` holds, i.e. the frame that shows the result.
 */
const armPressToFrame = (p, done, arg, event = 'pointerdown') => p.evaluate(({ done, arg, event }) => {
  window.__took = null;
  window.__seenBusy = false;
  const holds = new Function('arg', `return (${done})(arg)`);
  addEventListener(event, (e) => {
    const t0 = e.timeStamp;
    const poll = () => { if (holds(arg)) window.__took = performance.now() - t0; else requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  }, { once: true, capture: true });
}, { done: done.toString(), arg, event });
const took = async (p) => {
  await p.waitForFunction(() => window.__took !== null, null, { timeout: 60_000, polling: 5 });
  return Math.round(await p.evaluate(() => window.__took));
};
const errorsShown = (n) => Number(document.querySelector('.count.error')?.textContent) === n;
/** The checks panel said it was checking, and now shows the verdict of the pin on screen. */
const verdictBack = () => {
  const busy = document.querySelector('section[aria-label=Checks]')?.getAttribute('aria-busy');
  if (busy === 'true') window.__seenBusy = true;
  return window.__seenBusy && busy === 'false';
};

// Verdicts on the sample pin, as an artist meets them: opening the editor (from the start of the
// navigation to the frame showing the verdict, in a fresh profile), and a fix undone and redone
// (from the press to the frame showing the new verdict).
if (want('verdicts')) {
  const firsts = [];
  const edits = [];
  const nudges = [];
  for (let run = 0; run < 3; run++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await ctx.newPage();
    await p.addInitScript(() => {
      const poll = () => {
        if (Number(document.querySelector('.count.error')?.textContent) === 4) window.__firstVerdict = performance.now();
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await p.goto(BASE);
    await p.waitForFunction(() => window.__firstVerdict, null, { timeout: 60_000, polling: 5 });
    firsts.push(Math.round(await p.evaluate(() => window.__firstVerdict)));
    if (run === 0) {
      await p.getByText('Widen to 0.3 mm').first().click();
      await p.waitForFunction(errorsShown, 2, { timeout: 60_000, polling: 5 });
      for (let i = 0; i < 10; i++) {
        await armPressToFrame(p, errorsShown, i % 2 ? 2 : 4);
        await p.getByRole('button', { name: i % 2 ? 'Redo' : 'Undo' }).click();
        edits.push(await took(p));
      }
      // A change never checked before: the meadow nudged 0.1 mm right, then back (a new document
      // each time, equal to an older one but not the same object).
      await p.keyboard.press('v');
      const meadow = await screenAt(p, 9, 21.5);
      await p.mouse.click(meadow.x, meadow.y);
      await p.waitForTimeout(500);
      for (let i = 0; i < 10; i++) {
        await armPressToFrame(p, verdictBack, null, 'keydown');
        await p.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
        nudges.push(await took(p));
        await p.waitForTimeout(150);
      }
    }
    await ctx.close();
  }
  console.log('verdicts in Chromium, sample pin (before issue 11 → now):');
  console.log(`  first verdict after opening the editor   4.5–5.5 s → median ${med(firsts)} ms (${firsts.join(', ')} ms)`);
  console.log(`  undo/redo of a fix → verdict on screen    median 131 ms, worst 289 ms → median ${med(edits)} ms, worst ${Math.max(...edits)} ms (${edits.join(', ')} ms)`);
  console.log(`  a new change (arrow-key nudge) → verdict   median ${med(nudges)} ms, worst ${Math.max(...nudges)} ms (${nudges.join(', ')} ms)`);
  Object.assign(figures, { firstVerdict: med(firsts), editMedian: med(edits), editWorst: Math.max(...edits), nudgeMedian: med(nudges), nudgeWorst: Math.max(...nudges) });
}

// Bucket fill on the sample's meadow, alternating two colours: from the press to the first frame
// whose pixels show the new colour (read back from Konva's canvases every animation frame).
if (want('bucket')) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await ctx.newPage();
  await p.goto(BASE);
  await p.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 60_000, polling: 5 });
  await p.keyboard.press('v');
  const corner = await screenAt(p, 3, 3);
  await p.mouse.click(corner.x, corner.y); // nothing selected: the palette sets the bucket's colour
  const at = await screenAt(p, 9, 21.5);
  const times = [];
  for (let i = 0; i < 8; i++) {
    const [code, rgb] = i % 2 ? ['186', [200, 16, 46]] : ['286', [0, 51, 160]];
    await p.getByLabel('Search Pantone colours').fill(code);
    await p.locator('.matches button', { hasText: `${code} C` }).first().click();
    await p.keyboard.press('k');
    await p.waitForTimeout(300);
    const shows = ({ px, py, rgb }) => {
      let seen = null;
      for (const c of document.querySelectorAll('[data-testid=canvas] canvas')) {
        const r = c.getBoundingClientRect();
        if (!r.width || !r.height) continue; // a hidden layer (nothing lifted) is not on screen
        const k = c.width / r.width;
        const d = c.getContext('2d').getImageData(Math.round((px - r.left) * k), Math.round((py - r.top) * k), 1, 1).data;
        if (d[3] === 255) seen = d;
      }
      return !!seen && Math.abs(seen[0] - rgb[0]) + Math.abs(seen[1] - rgb[1]) + Math.abs(seen[2] - rgb[2]) < 60;
    };
    await armPressToFrame(p, shows, { px: at.x, py: at.y, rgb });
    await p.mouse.click(at.x, at.y);
    times.push(await took(p));
  }
  console.log(`  bucket fill → colour visible             ~550 ms → median ${med(times)} ms, worst ${Math.max(...times)} ms (${times.join(', ')} ms)`);
  Object.assign(figures, { bucketMedian: med(times), bucketWorst: Math.max(...times) });

  // Preview proof, as the export dialog makes it (the first time in this tab, so with its code loading).
  await p.getByRole('button', { name: 'Export…' }).click();
  const dialog = p.getByRole('dialog', { name: 'Export for the factory' });
  const t = Date.now();
  await dialog.getByRole('button', { name: 'Preview proof' }).click();
  await dialog.locator('canvas[data-drawn=true]').waitFor({ timeout: 120_000 });
  const preview = Date.now() - t;
  console.log(`  Preview proof in the export dialog       ~8 s → ${preview} ms`);
  figures.previewProof = preview;
  await ctx.close();
}

if (want('frames')) {
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
  figures[name] = { fps, worst: s[s.length - 1] };
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
figures.drag = figures['drag an item'];
}
// Tracing a 2000 × 2000 px drawing where the artist does it: from picking the file to the first
// preview of the pin (file read, Worker, the browser's decoder, the trace, the thumbnail).
const drawing = process.argv[4];
if (want('trace') && drawing && existsSync(drawing)) {
  const times = [];
  const again = [];
  const cold = [];
  for (let i = 0; i < 4; i++) {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await p.goto(BASE);
    await p.getByText('fill-gap').waitFor({ timeout: 30_000 });
    // The first run picks the file at once (the tracer not yet warmed); the others after the
    // editor sat idle a few seconds, as it does before an artist picks a drawing.
    if (i) await p.waitForTimeout(9_000);
    const t = Date.now();
    await p.locator('[data-testid=file-input]').setInputFiles(drawing);
    await p.getByLabel('Traced pin preview').getByRole('status').getByText(/colours?:/).waitFor({ timeout: 120_000 });
    (i ? times : cold).push(Date.now() - t);
    // Once the drawing is in the Worker: a changed option → the new preview.
    const dialog = p.getByRole('dialog', { name: 'Trace a drawing' });
    const t2 = Date.now();
    await dialog.getByLabel('Colours at most').fill('5');
    await p.waitForFunction(() => !document.querySelector('[aria-label="Traced pin preview"] img[alt="The pin it makes"]'), null, { timeout: 30_000, polling: 5 }).catch(() => {});
    await dialog.getByLabel('Traced pin preview').getByRole('status').getByText(/colours?:/).waitFor({ timeout: 120_000 });
    again.push(Date.now() - t2);
    await p.close();
  }
  console.log(`  trace a 2000 × 2000 px PNG, file picked → preview (Chromium, Worker): median ${med(times)} ms (${times.join(', ')} ms); picked the moment the editor opened ${cold[0]} ms; an option changed → new preview: median ${med(again)} ms`);
  figures.trace = med(times);
}
if (figuresFile) writeFileSync(figuresFile, JSON.stringify(figures));
await browser.close();
stop();
