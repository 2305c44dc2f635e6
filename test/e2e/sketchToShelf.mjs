// Browser tests for issue 14 "From sketch to shelf": colourways, edition numbering, the backing
// card and tracing a drawing, driven as an artist does.

import { readFileSync } from 'node:fs';

const errors = (page) => page.locator('.count.error').first().innerText().then(Number);

const FIXTURES = new URL('../fixtures/trace/', import.meta.url).pathname;

export function registerSketchToShelfTests({ test, BASE, OUT, exportZip }) {
  test('tracing: a scanned sketch dropped in, the threshold moved, a pin made that goes straight into the checks', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    // Dropped on the window, as an artist does with a scan.
    const bytes = readFileSync(`${FIXTURES}fox-line-scan.jpg`).toString('base64');
    const dt = await page.evaluateHandle((b64) => {
      const d = new DataTransfer();
      d.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'fox-sketch.jpg', { type: 'image/jpeg' }));
      return d;
    }, bytes);
    await page.dispatchEvent('.app', 'drop', { dataTransfer: dt });
    const dialog = page.getByRole('dialog', { name: 'Trace a drawing' });
    await dialog.waitFor({ timeout: 10_000 });
    // A grey scan is taken for line art, and its preview says what it made.
    if (!(await dialog.getByLabel('line art (dark lines become metal)').isChecked())) throw new Error('a grey sketch was not taken for line art');
    const status = dialog.getByLabel('Traced pin preview').getByRole('status');
    await status.getByText(/^Metal \d+ mm²/).waitFor({ timeout: 30_000 });
    const before = Number((await status.innerText()).match(/Metal (\d+)/)[1]);
    await page.screenshot({ path: `${OUT}/82-trace-dialog.png` });
    await dialog.getByLabel('Threshold').fill('220');
    await page.waitForFunction((b) => {
      const m = document.querySelector('[aria-label="Traced pin preview"] [role=status]')?.textContent?.match(/Metal (\d+)/);
      return m && Number(m[1]) > b;
    }, before, { timeout: 30_000 });
    // Cells filled with White enamel on request, then left for the bucket again.
    await dialog.getByLabel(/fill the cells with White enamel/).check();
    await status.getByText(/cells in White enamel/).waitFor({ timeout: 30_000 });
    await dialog.getByLabel(/fill the cells with White enamel/).uncheck();
    await status.getByText(/cell\(s\) for the bucket/).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Make the pin' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByText(/^Traced fox-sketch\.jpg/).waitFor({ timeout: 10_000 });
    // The new pin is checked: its unfilled cells are what is left (fill-gap), nothing else. Until
    // its verdict is in, the panel still shows the sample's findings, dimmed: wait for the pin's own.
    await page.locator('[aria-label=Layers] h2').getByText(/^[1-9]\d* items?$/).waitFor({ timeout: 10_000 });
    await page.locator('section[aria-label=Checks][aria-busy=false]').getByText('fill-gap').first().waitFor({ timeout: 60_000 });
    if (await page.getByText('color-off-palette').count()) throw new Error('the checks panel still shows the sample pin');
    if (await page.getByText('metal-too-thin').count()) throw new Error('the traced lines are too thin at 30 mm');
    await page.screenshot({ path: `${OUT}/83-traced-pin.png` });
  });

  test('tracing: a file that cannot be traced says why, and the open pin stays', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByTestId('file-input').setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: readFileSync(`${FIXTURES}fox-colour.png`).subarray(0, 3000) });
    const dialog = page.getByRole('dialog', { name: 'Trace a drawing' });
    await dialog.getByText(/broken\.png is damaged/).waitFor({ timeout: 30_000 });
    if (await dialog.getByRole('button', { name: 'Make the pin' }).isEnabled()) throw new Error('a pin can be made from a damaged image');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    if (Number(await page.locator('.count.error').first().innerText()) !== 4) throw new Error('the open pin changed');
  });

  test('at 1280 px every command of the top bar is on screen (Colourways and Card… pushed Undo and Redo off it)', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    const width = page.viewportSize().width;
    const offScreen = () => page.locator('.topbar button, .topbar select').evaluateAll((els, w) => els.filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > w;
    }).map((e) => e.getAttribute('aria-label') ?? e.textContent), width);
    let off = await offScreen();
    if (off.length) throw new Error(`off screen at ${width} px: ${off.join(', ')}`);
    // Also with a colourway that has errors (its count shows on the Colourways button).
    await page.getByRole('button', { name: /^Colourways/ }).click();
    await page.getByRole('dialog', { name: 'Colourways' }).getByRole('button', { name: 'Add colourway' }).click();
    await page.getByRole('button', { name: 'Close colourways' }).click();
    await page.getByLabel('1 colourway with errors').waitFor({ timeout: 30_000 });
    off = await offScreen();
    if (off.length) throw new Error(`off screen at ${width} px with a colourway: ${off.join(', ')}`);
  });

  test('backing card: the pin placed on a 2 × 3 in card with its posts punched, exported as card.pdf', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    // Two more posts on the back first (export dialog; the sample has one in the middle).
    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export for the factory' });
    const back = exportDialog.getByRole('img', { name: /Back of the pin/ });
    const bb = await back.boundingBox();
    await back.click({ position: { x: bb.width * 0.35, y: bb.height * 0.5 } });
    await back.click({ position: { x: bb.width * 0.65, y: bb.height * 0.5 } });
    await exportDialog.getByText('3 posts.', { exact: false }).waitFor();
    // Numbered 1 to 100, laser-marked at the bottom of the back: the back view shows it there.
    await exportDialog.getByLabel('LE numbering').selectOption('laser');
    await exportDialog.getByText('Numbering needs an edition size').waitFor();
    await exportDialog.getByLabel('Edition (LE)').fill('100');
    const mark = back.getByLabel('Edition numbering');
    await mark.getByText('x / 100').waitFor({ timeout: 5_000 });
    const mb = await mark.boundingBox();
    if (mb.y + mb.height / 2 < bb.y + bb.height * 0.6) throw new Error('the numbering is not drawn at the bottom of the back, where it is marked');
    await exportDialog.getByLabel('Close the export dialog').click();
    await page.getByRole('button', { name: 'Card…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backing card' });
    await dialog.getByRole('button', { name: 'Design a backing card' }).click();
    await dialog.getByLabel('Card size').selectOption('2x3');
    await dialog.getByLabel('Hang hole').selectOption('round');
    await dialog.getByRole('button', { name: 'Add text' }).click();
    await dialog.getByLabel('Text 1', { exact: true }).fill('Mountain Club');
    await dialog.getByLabel('Text 1', { exact: true }).press('Enter');
    // Drag the pin down 8 mm on the preview.
    const preview = dialog.getByRole('img', { name: /Card preview/ });
    const pb = await preview.boundingBox();
    const pxPerMm = pb.width / (50.8 + 6);
    const pin = await dialog.getByLabel('The pin at real size').boundingBox();
    await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2);
    await page.mouse.down();
    await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2 + 4 * pxPerMm, { steps: 4 });
    await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2 + 8 * pxPerMm, { steps: 4 });
    await page.mouse.up();
    const down = Number(await dialog.getByLabel('Pin down (mm)').inputValue());
    if (Math.abs(down - (76.2 * 0.45 + 8)) > 1) throw new Error(`the pin was dragged to ${down} mm down, expected about ${(76.2 * 0.45 + 8).toFixed(1)}`);
    await page.screenshot({ path: `${OUT}/84-backing-card.png` });
    await dialog.getByRole('button', { name: 'Done' }).click();
    const zip = await exportZip(page);
    const file = zip.file('card.pdf');
    if (!file) throw new Error(`no card.pdf in the bundle: ${Object.keys(zip.files).join(', ')}`);
    const { PDFDocument, PDFName, PDFArray } = await import('pdf-lib');
    const pdf = await PDFDocument.load(await file.async('uint8array'));
    const trim = pdf.getPage(0).node.lookup(PDFName.of('TrimBox'), PDFArray).asArray().map((n) => Number(n.toString()));
    const mm = (pt) => (pt * 25.4) / 72;
    if (Math.abs(mm(trim[2] - trim[0]) - 50.8) > 0.01 || Math.abs(mm(trim[3] - trim[1]) - 76.2) > 0.01) throw new Error(`card.pdf trim is ${mm(trim[2] - trim[0])} × ${mm(trim[3] - trim[1])} mm`);
    const spec = JSON.parse(await zip.file('spec.json').async('string'));
    if (spec.card?.postHoles?.length !== 3 || spec.card.hangHole !== 'round') throw new Error(`spec.json card: ${JSON.stringify(spec.card)}`);
    if (spec.backstamp.numbering?.text !== 'x / 100' || spec.backstamp.numbering.method !== 'laser') throw new Error(`spec.json numbering: ${JSON.stringify(spec.backstamp.numbering)}`);
    // The holes are where the posts are, moved with the pin.
    const posts = spec.backing.posts;
    const dy = spec.card.pinAtMm.y - 12.5;
    for (const [i, h] of spec.card.postHoles.entries()) if (Math.abs(h.y - (posts[i].y + dy)) > 0.05) throw new Error(`hole ${i + 1} at ${h.y}, post at ${posts[i].y} + ${dy}`);
  });

  test('colourways: side by side, each checked on its own, never a stale verdict; exported one proof page each', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByRole('button', { name: /^Colourways/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Colourways' });
    await dialog.getByRole('button', { name: 'Add colourway' }).click();
    const edit = dialog.getByRole('region', { name: /^Colourway / });
    await edit.getByLabel('Name').fill('Night');
    await edit.getByLabel('Name').press('Enter');
    await edit.getByLabel('Edition size').fill('50');
    await edit.getByLabel('Plating').selectOption('black-nickel');
    // The two colours that bleed into each other become one: that colourway has no bleed.
    await edit.getByLabel('123 C becomes').fill('291 C');
    await edit.getByLabel('123 C becomes').press('Enter');
    // A colour typed as hex is not a code: the nearest codes are offered.
    await edit.getByLabel('#55AA33 becomes').fill('#55AA33');
    await edit.getByRole('button', { name: /^361 C/ }).click();
    const cards = dialog.getByLabel('Colourways side by side');
    await cards.getByText('2 errors: metal-too-thin, fill-gap').waitFor({ timeout: 30_000 });
    await cards.getByText(/^4 errors/).waitFor();
    await cards.getByText('black nickel · LE 50').waitFor();
    await page.screenshot({ path: `${OUT}/80-colourways.png` });
    // An edit of the pin: the colourway's verdict is of the new pin or it says it is checking.
    await dialog.getByRole('button', { name: 'Close colourways' }).click();
    // Closed, the Colourways button still says a colourway has errors (the checks panel is the pin's own).
    await page.getByLabel('1 colourway with errors').waitFor({ timeout: 30_000 });
    await page.getByText('Widen to 0.3 mm').first().click();
    await page.getByRole('button', { name: /^Colourways \(1\)/ }).click();
    const seen = await cards.locator('.verdict').nth(1).innerText();
    if (/2 errors/.test(seen)) throw new Error(`the colourway showed the verdict of the pin before the edit: "${seen}"`);
    await cards.getByText('1 error: fill-gap').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Close colourways' }).click();
    if ((await errors(page)) !== 2) throw new Error(`expected 2 errors left on the pin as drawn, got ${await errors(page)}`);
    // Kept with the pin through a reload.
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByRole('button', { name: /^Colourways \(1\)/ }).waitFor({ timeout: 30_000 });
    const zip = await exportZip(page);
    const spec = JSON.parse(await zip.file('spec.json').async('string'));
    if (spec.colourways?.length !== 1 || spec.colourways[0].name !== 'Night' || spec.colourways[0].editionSize !== 50 || spec.colourways[0].plating !== 'black-nickel') {
      throw new Error(`spec.json colourways: ${JSON.stringify(spec.colourways)}`);
    }
    const codes = spec.colourways[0].colours.map((c) => c.pantone).sort().join(',');
    if (codes !== '291 C,361 C,7727 C') throw new Error(`Night's colours: ${codes}`);
    const { PDFDocument } = await import('pdf-lib');
    const pages = (await PDFDocument.load(await zip.file('proof.pdf').async('uint8array'))).getPageCount();
    if (pages !== 2) throw new Error(`proof.pdf has ${pages} pages, expected one per colourway (2)`);
    if (!zip.file('colourways/night/artwork.svg')) throw new Error('no artwork for the colourway');
  });
}
