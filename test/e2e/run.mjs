// Real-browser tests: build the app, serve it with `vite preview`, drive Debian's Chromium with
// playwright-core (never `npx playwright install`: nothing is downloaded at run time).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A free port of our own, so a second run (or another service) never answers for this one.
const PORT = await new Promise((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});
const BASE = `http://127.0.0.1:${PORT}/`;
const OUT = 'test-output/e2e';

if (!existsSync(CHROMIUM)) {
  console.error(`e2e: ${CHROMIUM} not found. Install Debian's chromium (apt-get install -y chromium); .ci/run does this.`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

await run('npx', ['vite', 'build', '--logLevel', 'warn']);
const server = spawn('npx', ['vite', 'preview', '--strictPort', '--host', '127.0.0.1', '--port', String(PORT)], { detached: true, stdio: 'ignore' });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const errorCount = (page) => page.locator('.count.error').first().innerText().then(Number);

test('first start shows the sample pin with its problems, checked live', async (page) => {
  await page.goto(BASE);
  await page.locator('canvas').first().waitFor({ timeout: 20_000 });
  await page.getByText('metal-too-thin').waitFor({ timeout: 20_000 });
  for (const rule of ['color-off-palette', 'fill-gap', 'color-bleed']) await page.getByText(rule, { exact: false }).first().waitFor();
  const errors = await errorCount(page);
  if (errors !== 4) throw new Error(`expected 4 errors on the sample, got ${errors}`);
  await page.screenshot({ path: `${OUT}/01-first-start.png` });
});

test('clicking a problem zooms to it; its fix applies, undoes and redoes', async (page) => {
  await page.goto(BASE);
  await page.getByText('Widen to 0.3 mm').first().waitFor({ timeout: 20_000 });
  await page.getByText('Metal line is 0.15 mm wide', { exact: false }).click();
  await page.screenshot({ path: `${OUT}/02-zoom-to-problem.png` });
  await page.getByLabel('Line width in millimetres', { exact: true }).waitFor();
  await page.getByText('Widen to 0.3 mm').first().click();
  await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 20_000 });
  await page.screenshot({ path: `${OUT}/03-after-fix.png` });
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 20_000 });
});

test('snapping an off-palette colour to the nearest PMS code', async (page) => {
  await page.goto(BASE);
  await page.getByText('Use 361 C').waitFor({ timeout: 20_000 });
  await page.getByText('Use 361 C').click();
  await page.waitForFunction(() => !document.body.innerText.includes('color-off-palette'), null, { timeout: 20_000 });
  await page.screenshot({ path: `${OUT}/04-color-snapped.png` });
});

const dropFile = async (page, name, text, type) => {
  const dt = await page.evaluateHandle(({ name, text, type }) => {
    const d = new DataTransfer();
    d.items.add(new File([text], name, { type }));
    return d;
  }, { name, text, type });
  await page.dispatchEvent('.app', 'drop', { dataTransfer: dt });
};

test('an edit survives a reload (autosave)', async (page) => {
  await page.goto(BASE);
  await page.getByText('Widen to 0.3 mm').first().waitFor({ timeout: 20_000 });
  await page.getByText('Widen to 0.3 mm').first().click();
  await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 20_000 });
  await page.waitForTimeout(1200);
  await page.reload();
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 20_000 });
  if (await page.getByText('metal-too-thin').count()) throw new Error('the fixed line came back thin after reload');
  await page.screenshot({ path: `${OUT}/05-after-reload.png` });
});

test('importing an SVG by drag-and-drop; a broken file leaves the pin untouched', async (page) => {
  await page.goto(BASE);
  await page.getByText('metal-too-thin').waitFor({ timeout: 20_000 });
  const clean = readFileSync(new URL('../corpus/cat-mascot.svg', import.meta.url), 'utf8');
  await dropFile(page, 'cat-mascot.svg', clean, 'image/svg+xml');
  await page.getByText('Opened cat-mascot.svg').waitFor({ timeout: 20_000 });
  await page.getByText('No problems').waitFor({ timeout: 20_000 });
  // The badge that was open before is kept in My pins.
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: 'My pins' }).click();
  const pins = page.getByRole('dialog', { name: 'My pins' });
  await pins.getByRole('button', { name: 'Open Mountain badge' }).waitFor({ timeout: 5_000 });
  await pins.getByRole('button', { name: 'Open cat-mascot' }).waitFor({ timeout: 5_000 });
  await page.screenshot({ path: `${OUT}/06b-my-pins.png` });
  await pins.getByRole('button', { name: 'Close My pins' }).click();
  await page.screenshot({ path: `${OUT}/06-dropped-svg.png` });
  await dropFile(page, 'broken.svg', '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'image/svg+xml');
  await page.getByRole('alert').getByText('broken.svg could not be imported').waitFor();
  if ((await page.locator('.doc-name').innerText()) !== 'cat-mascot') throw new Error('the open pin was replaced by a broken file');
  if (!(await page.getByText('No problems').isVisible())) throw new Error('the open pin changed after a broken file');
  await page.screenshot({ path: `${OUT}/07-broken-file.png` });
});

/** Screen position of a design point (mm), with the same fit as the canvas (artboard, 40 px margin). */
const screenAt = async (page, x, y, artboard = 25) => {
  const box = await page.locator('[data-testid=canvas]').boundingBox();
  const scale = Math.min((box.width - 80) / artboard, (box.height - 80) / artboard);
  return { x: box.x + box.width / 2 + (x - artboard / 2) * scale, y: box.y + box.height / 2 + (y - artboard / 2) * scale };
};
/** The colour on screen at a point: the top-most opaque pixel over Konva's layer canvases. */
const topPixel = ({ px, py }) => {
  let seen = [0, 0, 0];
  for (const c of document.querySelectorAll('[data-testid=canvas] canvas')) {
    const r = c.getBoundingClientRect();
    if (!r.width || !r.height) continue; // a hidden layer (nothing lifted) is not on screen
    const k = c.width / r.width;
    const d = c.getContext('2d').getImageData(Math.round((px - r.left) * k), Math.round((py - r.top) * k), 1, 1).data;
    if (d[3] === 255) seen = [d[0], d[1], d[2]];
  }
  return seen;
};
/** Press at one design point (mm), move to another in steps, release. */
const dragMm = async (page, [x1, y1], [x2, y2], steps = 6) => {
  const a = await screenAt(page, x1, y1);
  const b = await screenAt(page, x2, y2);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
};
const clickAt = async (page, x, y) => {
  const p = await screenAt(page, x, y);
  await page.mouse.click(p.x, p.y);
};

test('draw a metal line across the meadow, bucket-fill both sides in two colours: no bleed', async (page) => {
  await page.goto(BASE);
  await page.getByText('color-off-palette').waitFor({ timeout: 20_000 });
  await page.keyboard.press('p');
  await clickAt(page, 12.5, 19);
  await clickAt(page, 12.5, 24.8);
  await page.keyboard.press('Enter');
  await page.screenshot({ path: `${OUT}/08-line-drawn.png` });
  await page.keyboard.press('Escape');
  await page.keyboard.press('v');
  await clickAt(page, 3, 3); // empty corner: clears the selection so the inspector picks the bucket colour
  await page.keyboard.press('k');
  await clickAt(page, 9, 21.5);
  await page.getByLabel('Search Pantone colours').fill('286');
  await page.locator('.matches button', { hasText: '286 C' }).first().click();
  await page.keyboard.press('k');
  await clickAt(page, 16, 21.5);
  await page.waitForFunction(() => !document.body.innerText.includes('color-off-palette'), null, { timeout: 20_000 });
  await page.waitForTimeout(500);
  const text = await page.locator('.panel').innerText();
  if (/186 C and 286 C|286 C and 186 C/.test(text)) throw new Error('the two new colours bleed into each other');
  // The art layer's pixels: red (186 C) left of the new line, blue (286 C) right of it.
  const pixel = async (x, y) => {
    const p = await screenAt(page, x, y);
    return page.evaluate(topPixel, { px: p.x, py: p.y });
  };
  const [left, right] = [await pixel(9, 21.5), await pixel(16, 21.5)];
  if (!(left[0] > 150 && left[2] < 80)) throw new Error(`left of the line should be 186 C red, got rgb(${left})`);
  if (!(right[2] > 120 && right[0] < 60)) throw new Error(`right of the line should be 286 C blue, got rgb(${right})`);
  await page.screenshot({ path: `${OUT}/09-two-colours.png` });
});

test('the spec drives the checks: dyed black on hard enamel; a waiver with a reason', async (page) => {
  await page.goto(BASE);
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  await page.getByLabel('Plating').selectOption('dyed-black');
  await page.getByText('process-mismatch').waitFor({ timeout: 20_000 });
  await page.screenshot({ path: `${OUT}/10-dyed-black.png` });
  await page.getByRole('button', { name: 'Use black nickel', exact: true }).click();
  await page.waitForFunction(() => !document.body.innerText.includes('process-mismatch'), null, { timeout: 20_000 });
  if ((await page.getByLabel('Plating').inputValue()) !== 'black-nickel') throw new Error('the fix did not set black nickel');
  await page.locator('li', { hasText: 'bare sliver' }).getByText('Waive…').click();
  const why = page.getByRole('dialog', { name: 'Waive this finding' });
  await why.getByRole('textbox').fill('Filled by hand at the factory, agreed by email');
  await why.getByRole('button', { name: 'Waive' }).click();
  await page.getByText('1 waived').waitFor({ timeout: 20_000 });
  if (await page.locator('li.error', { hasText: 'bare sliver' }).count()) throw new Error('the waived gap is still listed as an error');
});

test('100% shows the pin at real size; Fit brings it back; space-drag pans', async (page) => {
  await page.goto(BASE);
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: '100%' }).click();
  await page.waitForFunction(() => document.querySelector('.zoom-controls .muted')?.textContent === '100%');
  await page.screenshot({ path: `${OUT}/11-real-size.png` });
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  const before = await page.locator('.zoom-controls .muted').innerText();
  const c = await screenAt(page, 12.5, 12.5);
  await page.keyboard.down('Space');
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 100, c.y + 50, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  // Panning keeps the zoom and moves the art: the centre pixel is now background.
  if ((await page.locator('.zoom-controls .muted').innerText()) !== before) throw new Error('panning changed the zoom');
});

test('draw an ellipse in the sky and fill it: a new cloud cell', async (page) => {
  await page.goto(BASE);
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  await page.keyboard.press('l');
  await dragMm(page, [14, 3], [19, 5.5]);
  await page.keyboard.press('v');
  await clickAt(page, 2, 2);
  await page.getByLabel('Search Pantone colours').fill('white');
  await page.locator('.matches button', { hasText: 'White' }).first().click();
  await page.keyboard.press('k');
  await clickAt(page, 16.5, 4.25);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}/12-cloud.png` });
  const text = await page.locator('.panel').innerText();
  if (/White and 291 C|291 C and White/.test(text)) throw new Error('the cloud bleeds into the sky');
  const [r, g, bl] = await page.evaluate(topPixel, { px: (await screenAt(page, 16.5, 4.25)).x, py: (await screenAt(page, 16.5, 4.25)).y });
  if (!(r > 235 && g > 235 && bl > 235)) throw new Error(`the cloud should be white, got rgb(${r},${g},${bl})`);
});

test('a new line made too thin gets its own marker; the one-click fix widens it', async (page) => {
  await page.goto(BASE);
  await page.getByText('color-off-palette').waitFor({ timeout: 20_000 });
  await page.keyboard.press('p');
  await clickAt(page, 6, 14);
  await clickAt(page, 10, 10);
  await page.keyboard.press('Enter');
  const width = page.getByLabel('Line width in millimetres', { exact: true });
  await width.fill('0.1');
  await page.getByText('Metal line is 0.1 mm wide', { exact: false }).waitFor({ timeout: 20_000 });
  await page.screenshot({ path: `${OUT}/21-too-thin.png` });
  await page.locator('li', { hasText: 'Metal line is 0.1 mm wide' }).getByRole('button', { name: /Widen to/ }).click();
  await page.waitForFunction(() => !document.body.innerText.includes('Metal line is 0.1 mm wide'), null, { timeout: 20_000 });
  if (Number(await width.inputValue()) < 0.2) throw new Error(`the fix left the line at ${await width.inputValue()} mm`);
});

test('export for the factory: spec, a post on the back, a reason for the errors; the zip downloads and reopens', async (page) => {
  await page.goto(BASE);
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export for the factory' });
  await dialog.getByLabel('Artist').fill('Ada Pinmaker');
  await dialog.getByLabel('Edition (LE)').fill('100');
  const back = await dialog.getByRole('img', { name: /Back of the pin/ }).boundingBox();
  // The sample has one post in the middle; a second goes left of it (seen from the back).
  await page.mouse.click(back.x + back.width * 0.4, back.y + back.height / 2);
  await dialog.getByText(/\b2 posts\./).waitFor();
  await dialog.getByLabel('Backstamp', { exact: true }).selectOption('custom');
  await dialog.getByLabel('Backstamp text').fill('LE 100');
  await dialog.getByLabel('Backstamp logo').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M5 0L10 10H0Z" fill="#000"/></svg>') });
  await dialog.getByRole('button', { name: 'Remove logo' }).waitFor();
  await dialog.getByRole('button', { name: 'Preview proof' }).click();
  await dialog.getByText('Open proof.pdf').waitFor({ timeout: 60_000 });
  const exportButton = dialog.getByRole('button', { name: 'Export with errors' });
  if (await exportButton.isEnabled()) throw new Error('export with errors must ask for a reason first');
  await dialog.getByLabel('Reason to export with errors').fill('Proof for review before fixing');
  await page.screenshot({ path: `${OUT}/22-export-dialog.png` });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), exportButton.click()]);
  const bytes = readFileSync(await download.path());
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  for (const f of ['proof.pdf', 'proof.png', 'spec.json', 'artwork.svg', 'layers/die-line.svg', 'layers/metal.svg', 'layers/backstamp-logo.svg', 'check-report.json', 'design.pin.json', 'swatches.ase', 'README.txt']) {
    if (!files.includes(f)) throw new Error(`the downloaded zip has no ${f}: ${files.join(', ')}`);
  }
  const spec = JSON.parse(await zip.file('spec.json').async('string'));
  if (spec.artist !== 'Ada Pinmaker' || spec.backing.postCount !== 2 || spec.editionSize !== 100) throw new Error(`spec.json lost the form: ${JSON.stringify(spec).slice(0, 300)}`);
  if (spec.checks.exportReason !== 'Proof for review before fixing') throw new Error('the export reason is not in spec.json');
  await dialog.getByText('Open proof.pdf').waitFor();
  await page.screenshot({ path: `${OUT}/23-exported.png` });
  await dialog.getByText('Close', { exact: true }).click();
  // Dropping the bundle back on the editor reopens its design.
  const b64 = bytes.toString('base64');
  const dt = await page.evaluateHandle((data) => {
    const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const d = new DataTransfer();
    d.items.add(new File([raw], 'Mountain-badge.zip', { type: 'application/zip' }));
    return d;
  }, b64);
  await page.dispatchEvent('.app', 'drop', { dataTransfer: dt });
  // Its pin is still in My pins under the same name: keep both.
  await page.getByRole('dialog', { name: 'Pin already in My pins' }).getByRole('button', { name: 'Keep both' }).click();
  await page.getByText('Opened Mountain-badge.zip').waitFor({ timeout: 20_000 });
  await dropFile(page, 'evil.zip', 'PK\u0003\u0004 not really a zip', 'application/zip');
  await page.getByRole('alert').getByText('evil.zip could not be opened').waitFor();
});

const drag = async (page, from, to, steps = 8) => {
  const a = await screenAt(page, from[0], from[1]);
  const b = await screenAt(page, to[0], to[1]);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
};
const itemCount = (page) => page.evaluate(() => document.querySelectorAll('.layer-group li').length);

test('star, then scale it by a corner handle in one undo step; text as raised metal letters', async (page) => {
  await page.goto(BASE);
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Star: drag from the centre' }).click();
  await drag(page, [17, 5], [17, 3]);
  await page.keyboard.press('v');
  // The new star is selected: its box has handles; drag the bottom-right one outwards.
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/13-star-selected.png` });
  const before = await page.getByLabel('Line width in millimetres', { exact: true }).inputValue();
  // A star of radius 2 at (17,5): its box's bottom-right corner is at (18.90, 6.62) plus half the 0.4 mm line.
  await drag(page, [18.902 + 0.2, 6.618 + 0.2], [20.5, 8.5]);
  const after = await page.getByLabel('Line width in millimetres', { exact: true }).inputValue();
  if (!(Number(after) > Number(before))) throw new Error(`scaling the star up should widen its line (was ${before}, now ${after})`);
  await page.screenshot({ path: `${OUT}/14-star-scaled.png` });
  // One undo step takes the whole scale back.
  await page.keyboard.press('Control+z');
  if ((await page.getByLabel('Line width in millimetres', { exact: true }).inputValue()) !== before) throw new Error('undo did not restore the star in one step');
  await page.keyboard.press('t');
  await clickAt(page, 4, 23.5);
  await page.getByLabel('Text', { exact: true }).fill('PEAK');
  await page.getByLabel('Cap height in millimetres').fill('1.8');
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.getByText('“PEAK”').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}/15-text.png` });
  const layers = await page.locator('.panel').innerText();
  if (!/PEAK|text/i.test(layers)) throw new Error('the text is not in the layers');
});

test('direct select moves one anchor; brush draws a smooth line; marquee selects several', async (page) => {
  await page.goto(BASE);
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  await page.keyboard.press('m');
  await drag(page, [15, 2], [20, 6]);
  await page.keyboard.press('a');
  await clickAt(page, 15, 4);
  await page.waitForTimeout(200);
  // Drag the top-left anchor (15,2) of the rectangle up and left.
  await drag(page, [15, 2], [13.5, 1]);
  await page.screenshot({ path: `${OUT}/16-direct-select.png` });
  const n0 = await itemCount(page);
  await page.keyboard.press('b');
  const pts = Array.from({ length: 30 }, (_, i) => [3 + i * 0.3, 22 + Math.sin(i / 4) * 1.2]);
  const first = await screenAt(page, ...pts[0]);
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  for (const p of pts.slice(1)) {
    const s = await screenAt(page, ...p);
    await page.mouse.move(s.x, s.y);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  if ((await itemCount(page)) !== n0 + 1) throw new Error('the brush stroke did not make one new line');
  await page.screenshot({ path: `${OUT}/17-brush.png` });
  await page.keyboard.press('v');
  await drag(page, [0.3, 0.3], [24.7, 12]);
  await page.waitForTimeout(200);
  const selected = await page.evaluate(() => document.querySelectorAll('.layer-group li.selected').length);
  if (selected < 3) throw new Error(`a marquee over the top half should select several items, got ${selected}`);
  await page.screenshot({ path: `${OUT}/18-marquee.png` });
});

test('a reference image under the art: placed, dimmed, kept after reload; a wrong file is refused', async (page) => {
  await page.goto(BASE);
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 200 } });
  await page.getByTestId('reference-input').setInputFiles({ name: 'sketch.png', mimeType: 'image/png', buffer: shot });
  await page.getByText('sketch.png').waitFor({ timeout: 10_000 });
  await page.getByLabel('Reference opacity').fill('0.3');
  await page.waitForTimeout(900);
  await page.screenshot({ path: `${OUT}/19-reference.png` });
  await page.reload();
  await page.getByText('sketch.png').waitFor({ timeout: 20_000 });
  await page.getByTestId('reference-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByRole('alert').getByText('not a PNG or JPEG').waitFor();
  await page.getByText('sketch.png').waitFor();
});

test('H pans, Z zooms in and Alt-Z-click zooms out; the wheel zooms about the pointer', async (page) => {
  await page.goto(BASE);
  await page.getByText('fill-gap').waitFor({ timeout: 20_000 });
  const zoom = () => page.locator('.zoom-controls .muted').innerText().then((t) => Number.parseInt(t, 10));
  const z0 = await zoom();
  await page.keyboard.press('z');
  await clickAt(page, 12.5, 12.5);
  await page.waitForFunction((z) => Number.parseInt(document.querySelector('.zoom-controls .muted').textContent, 10) > z * 1.9, z0);
  const c = await screenAt(page, 12.5, 12.5);
  await page.keyboard.down('Alt');
  await page.mouse.click(c.x, c.y);
  await page.keyboard.up('Alt');
  await page.waitForFunction((z) => Number.parseInt(document.querySelector('.zoom-controls .muted').textContent, 10) === z, z0);
  await page.mouse.move(c.x, c.y);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
  await page.waitForFunction((z) => Number.parseInt(document.querySelector('.zoom-controls .muted').textContent, 10) > z * 1.5, z0, { timeout: 5_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/20-wheel-zoom.png` });
});

// Suites of their own, sharing this file's server and helpers.
test('after a drag, the art on screen is exactly what a fresh drawing of the pin shows', async (page) => {
  // The art is one bitmap repainted only where items changed: a repaint that missed a pixel
  // would leave a ghost of the shape where it was, or a hole where it went.
  const artPixels = () => page.evaluate(() => {
    const c = document.querySelectorAll('[data-testid=canvas] canvas')[1];
    return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data);
  });
  await page.goto(BASE);
  await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
  await page.keyboard.press('v');
  await dragMm(page, [8, 5], [15, 7], 8); // the sun, over the sky and a mountain
  await page.waitForFunction(() => document.querySelector('section[aria-label=Checks]')?.getAttribute('aria-busy') === 'false', null, { timeout: 30_000 });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(600);
  const dragged = await artPixels();
  await page.screenshot({ path: `${OUT}/13b-dragged-sun.png` });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('section[aria-label=Checks]')?.getAttribute('aria-busy') === 'false', null, { timeout: 30_000 });
  await page.waitForTimeout(600);
  const fresh = await artPixels();
  if (dragged.length !== fresh.length) throw new Error('the canvas changed size across the reload');
  const width = await page.evaluate(() => document.querySelectorAll('[data-testid=canvas] canvas')[1].width);
  let off = 0;
  let worst = 0;
  const at = [];
  for (let i = 0; i < fresh.length; i += 4) {
    const d = Math.abs(dragged[i] - fresh[i]) + Math.abs(dragged[i + 1] - fresh[i + 1]) + Math.abs(dragged[i + 2] - fresh[i + 2]) + Math.abs(dragged[i + 3] - fresh[i + 3]);
    // Anti-aliased edges may round differently under a clip (measured: ≤ 33 summed over RGBA);
    // a ghost or a hole is a colour against another (a sun on the sky: ~400).
    if (d > 60) { off++; worst = Math.max(worst, d); if (at.length < 12) at.push(`${(i / 4) % width},${Math.floor(i / 4 / width)}:${d}`); }
  }
  if (off > 0) throw new Error(`${off} art pixels differ between the dragged pin and a fresh drawing of it (worst ${worst}; ${at.join(' ')})`);
});

const { registerTrustTests } = await import('./trust.mjs');
registerTrustTests({ test, BASE, OUT, dropFile, dragMm });
const { registerDocumentTests } = await import('./documents.mjs');
registerDocumentTests({ test, BASE, OUT, dragMm });
const { registerImportTests } = await import('./imports.mjs');
registerImportTests({ test, BASE, OUT, dropFile, screenAt, topPixel });
const { registerEditingTests } = await import('./editing.mjs');
registerEditingTests({ test, BASE, OUT, screenAt, topPixel });
const { registerWholePinTest } = await import('./wholePin.mjs');
const { exportZip } = await import('./helpers.mjs');
registerWholePinTest({ test, BASE, OUT, exportZip });
const { registerSketchToShelfTests } = await import('./sketchToShelf.mjs');
registerSketchToShelfTests({ test, BASE, OUT, exportZip });

// E2E_ONLY=regex runs the tests whose names match (while working on one).
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : null;
const chosen = only ? tests.filter((t) => only.test(t.name)) : tests;

let failed = 0;
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const t of chosen) {
    // A context per test (fresh storage); a test may open more tabs in it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await t.fn(page);
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      console.log(`  ✓ ${t.name}`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${t.name}\n    ${e instanceof Error ? e.message : e}`);
      await page.screenshot({ path: `${OUT}/FAILED-${tests.indexOf(t) + 1}.png` }).catch(() => {});
    }
    await context.close();
  }
  await browser.close();
} finally {
  stop();
}
console.log(`e2e: ${chosen.length - failed} passed, ${failed} failed (screenshots in ${OUT}/)`);
process.exit(failed ? 1 : 0);
