// Browser tests for issue 13: the everyday habits of Illustrator, driven by the real keys and menus.
import { screenOf } from './helpers.mjs';

const itemCount = async (page) => Number((await page.locator('[aria-label=Layers] h2 small').innerText()).match(/\d+/)[0]);
const selectedCount = async (page) => {
  let n = 0;
  for (const s of await page.locator('[aria-label=Layers] summary').allInnerTexts()) n += Number(s.match(/(\d+) selected/)?.[1] ?? 0);
  return n;
};
const waitFor = async (what, check, timeout = 10_000) => {
  const end = Date.now() + timeout;
  for (;;) {
    const got = await check();
    if (got === true) return;
    if (Date.now() > end) throw new Error(`${what}: ${got}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};
const expectCount = (page, n, what) => waitFor(what, async () => ((await itemCount(page)) === n ? true : `${await itemCount(page)} items, expected ${n}`));
const expectSelected = (page, n, what) => waitFor(what, async () => ((await selectedCount(page)) === n ? true : `${await selectedCount(page)} selected, expected ${n}`));

export function registerEditingTests({ test, BASE, OUT, screenAt, topPixel }) {
  const ready = async (page) => {
    await page.goto(BASE);
    await page.getByText('metal-too-thin').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=canvas]').click({ position: { x: 5, y: 5 } });
  };

  test('select all, copy, paste, paste in place and cut: each paste one undo step', async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page);
    const n = await itemCount(page);
    await page.keyboard.press('Control+A');
    await expectSelected(page, n, 'Ctrl+A selects every item');
    const pageText = await page.evaluate(() => String(window.getSelection()));
    if (pageText) throw new Error(`Ctrl+A selected the page's text: "${pageText.slice(0, 40)}"`);
    await page.keyboard.press('Control+Shift+A');
    await expectSelected(page, 0, 'Ctrl+Shift+A deselects');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    if (!/<svg[^>]*data-pinsmith-items=/.test(copied) || !/<g id="metal">/.test(copied)) throw new Error(`the system clipboard holds no layered SVG: ${copied.slice(0, 80)}`);
    await page.keyboard.press('Control+V');
    await expectCount(page, 2 * n, 'Ctrl+V pastes every item');
    await page.keyboard.press('Control+Z');
    await expectCount(page, n, 'one Ctrl+Z takes the whole paste back');
    await page.keyboard.press('Control+Shift+V');
    await expectCount(page, 2 * n, 'Ctrl+Shift+V pastes in place');
    await page.keyboard.press('Control+X');
    await expectCount(page, n, 'Ctrl+X cuts the pasted copy');
    // SVG from another editor pastes through the importer.
    await page.evaluate(() => navigator.clipboard.writeText('<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm" viewBox="0 0 10 10"><circle cx="5" cy="5" r="3" fill="#0057B8"/></svg>'));
    await page.keyboard.press('Control+V');
    await expectCount(page, n + 1, 'an SVG copied in another editor pastes as one enamel fill');
    await page.screenshot({ path: `${OUT}/60-pasted-from-elsewhere.png` });
  });

  test('group, arrange and align from the context menu; a click on the canvas picks the whole group', async (page) => {
    await ready(page);
    await page.keyboard.press('v');
    const layers = page.locator('[aria-label=Layers]');
    // The sun (123 C) and the sky (291 C), picked in the layers panel.
    await layers.locator('.layer-name', { hasText: '123 C' }).click();
    await layers.locator('.layer-name', { hasText: '291 C' }).click({ modifiers: ['Shift'] });
    await expectSelected(page, 2, 'two items picked in the layers panel');
    const sun = await screenAt(page, 8, 5.5);
    await page.mouse.click(sun.x, sun.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Edit' });
    await expectSelected(page, 2, 'a right-click on a selected item keeps the selection');
    await menu.getByRole('menuitem', { name: /^Group/ }).click();
    await page.keyboard.press('Control+Shift+A');
    await page.mouse.click(sun.x, sun.y);
    await expectSelected(page, 2, 'a click on the grouped sun selects its group');
    await page.mouse.click(sun.x, sun.y, { button: 'right' });
    await page.screenshot({ path: `${OUT}/61-context-menu.png` });
    await menu.getByRole('menuitem', { name: /^Bring to front/ }).click();
    const order = async () => layers.locator('.layer-name').allInnerTexts();
    await waitFor('the group is brought to the front (top of its layer)', async () => {
      const enamel = (await order()).filter((t) => / C$|#/.test(t.trim()) || /fill/.test(t));
      return /123 C|291 C/.test(enamel[0] ?? '') && /123 C|291 C/.test(enamel[1] ?? '') ? true : enamel.join(' | ');
    });
    await page.keyboard.press('Control+Shift+G');
    await page.keyboard.press('Control+Shift+A');
    await page.mouse.click(sun.x, sun.y);
    await expectSelected(page, 1, 'after Ctrl+Shift+G a click picks one item');
    // Three undos: ungroup, arrange, group, each one step.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Shift+A');
    await page.mouse.click(sun.x, sun.y);
    await expectSelected(page, 1, 'undone to before the group');
  });

  test('Ctrl+Z after typing a line width undoes in the editor; Ctrl+0, Ctrl+1, Ctrl+= and Ctrl+- zoom', async (page) => {
    await ready(page);
    await page.getByText('Widen to 0.3 mm').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('v');
    const thin = page.locator('[aria-label=Layers] .layer-name', { hasText: '0.15 mm' }).first();
    await thin.click();
    const width = page.getByLabel('Line width in millimetres', { exact: true });
    await width.fill('0.4');
    await page.locator('[aria-label=Layers] .layer-name', { hasText: '0.4 mm' }).first().waitFor({ timeout: 5_000 });
    await width.focus();
    await page.keyboard.press('Control+Z');
    await page.locator('[aria-label=Layers] .layer-name', { hasText: '0.15 mm' }).first().waitFor({ timeout: 5_000 });
    if (await width.evaluate((el) => el === document.activeElement)) throw new Error('the width field kept the focus after Ctrl+Z');
    await page.keyboard.press('Control+Z');
    // Zoom: screen pixels per millimetre of the pin, as the canvas draws it.
    const pxPerMm = async () => Number(await page.locator('[data-testid=canvas]').getAttribute('data-px-per-mm'));
    await page.keyboard.press('Control+1');
    await waitFor('Ctrl+1 shows the pin at real size (96 px per inch)', async () => (Math.abs((await pxPerMm()) - 96 / 25.4) < 0.01 ? true : `${await pxPerMm()} px/mm`));
    await page.keyboard.press('Control+=');
    await waitFor('Ctrl+= zooms in ×2', async () => (Math.abs((await pxPerMm()) - 192 / 25.4) < 0.01 ? true : `${await pxPerMm()} px/mm`));
    await page.keyboard.press('Control+-');
    await page.keyboard.press('Control+-');
    await waitFor('Ctrl+- zooms out', async () => (Math.abs((await pxPerMm()) - 48 / 25.4) < 0.01 ? true : `${await pxPerMm()} px/mm`));
    await page.keyboard.press('Control+0');
    await waitFor('Ctrl+0 fits the pin', async () => ((await pxPerMm()) > 10 ? true : `${await pxPerMm()} px/mm`));
    // Ctrl+Y: outline view, the paths only; again: back to the pin as made.
    const sky = async () => { const p = await screenAt(page, 18, 4); return page.evaluate(topPixel, { px: p.x, py: p.y }); };
    const isSky = (c) => Math.abs(c[0] - 0x9b) < 20 && Math.abs(c[1] - 0xcb) < 20 && Math.abs(c[2] - 0xeb) < 20;
    if (!isSky(await sky())) throw new Error(`the sky is rgb(${await sky()}) before Ctrl+Y`);
    await page.keyboard.press('Control+Y');
    await waitFor('Ctrl+Y shows outlines only (no sky fill)', async () => (!isSky(await sky()) ? true : `rgb(${await sky()})`));
    await page.screenshot({ path: `${OUT}/64-outline-view.png` });
    await page.keyboard.press('Control+Y');
    await waitFor('Ctrl+Y again shows the fills', async () => (isSky(await sky()) ? true : `rgb(${await sky()})`));
    await page.keyboard.press('Shift+?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ timeout: 5_000 });
    await page.screenshot({ path: `${OUT}/62-shortcuts.png` });
    await page.keyboard.press('Escape');
  });

  test('the die step and waivers ask in the editor, not with prompt(); Esc says nothing changed', async (page) => {
    page.on('dialog', (d) => { void d.dismiss(); throw new Error(`a browser ${d.type()}() was used: ${d.message()}`); });
    await ready(page);
    const before = await itemCount(page);
    await page.getByRole('button', { name: 'Die line from artwork' }).click();
    const ask = page.getByRole('dialog', { name: 'Die line around the artwork' });
    await ask.waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await page.getByText('No die line was made: nothing changed.').waitFor({ timeout: 5_000 });
    if ((await itemCount(page)) !== before) throw new Error('cancelling the die step changed the pin');
    await page.getByRole('button', { name: 'Die line from artwork' }).click();
    await ask.getByRole('spinbutton').fill('0');
    await ask.getByRole('alert').getByText('a width above 0 mm').waitFor({ timeout: 5_000 });
    await ask.getByRole('spinbutton').fill('1.5');
    await page.keyboard.press('Enter');
    await ask.waitFor({ state: 'detached', timeout: 5_000 });
    await page.getByRole('button', { name: 'Waive…' }).first().click();
    const why = page.getByRole('dialog', { name: 'Waive this finding' });
    await why.getByRole('textbox').fill('Factory confirmed this is fine');
    await why.getByRole('button', { name: 'Waive' }).click();
    await page.getByText(/1 waived/).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${OUT}/63-waived-in-app.png` });
  });

  test('the eyedropper picks a colour off the reference image, matched to the nearest PMS', async (page) => {
    await ready(page);
    // A flat orange-red sketch: 40 × 40 px of #E0115F.
    const png = Buffer.from(await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = c.height = 40;
      const x = c.getContext('2d');
      x.fillStyle = '#E0115F';
      x.fillRect(0, 0, 40, 40);
      return c.toDataURL('image/png').split(',')[1];
    }), 'base64');
    await page.getByTestId('reference-input').setInputFiles({ name: 'sketch.png', mimeType: 'image/png', buffer: png });
    await page.getByText('sketch.png').waitFor({ timeout: 10_000 });
    await page.keyboard.press('i');
    // The artboard's corner, outside the round die: only the reference image is there.
    const corner = await screenAt(page, 0.4, 0.4);
    await page.mouse.click(corner.x, corner.y);
    await page.getByText(/Picked #E0115F from the reference image: the nearest PMS, .* \(ΔE \d+\.\d\), is now the colour/).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${OUT}/65-eyedropper-reference.png` });
  });

  test('ruler guides: dragged from a ruler, kept with the pin, dragged back to go', async (page) => {
    await ready(page);
    const canvas = await page.locator('[data-testid=canvas]').boundingBox();
    const at10 = await screenAt(page, 10, 10);
    // From the top ruler down to y = 10 mm.
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 9);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width / 2, at10.y, { steps: 5 });
    await page.mouse.up();
    const guide = page.getByRole('separator', { name: /^Guide at y 10\.\d\d mm$/ });
    await guide.waitFor({ timeout: 5_000 });
    await page.screenshot({ path: `${OUT}/66-ruler-guide.png` });
    await page.waitForTimeout(800);
    await page.reload();
    await guide.waitFor({ timeout: 20_000 });
    // Back onto the ruler: gone.
    const box = await guide.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, canvas.y + 6, { steps: 5 });
    await page.mouse.up();
    await guide.waitFor({ state: 'detached', timeout: 5_000 });
  });

  test('path operations and offset from the context menu: unite two fills, offset one, each undoable', async (page) => {
    await ready(page);
    await page.keyboard.press('v');
    const layers = page.locator('[aria-label=Layers]');
    const n = await itemCount(page);
    await layers.locator('.layer-name', { hasText: '123 C' }).click();
    await layers.locator('.layer-name', { hasText: '291 C' }).click({ modifiers: ['Shift'] });
    const sun = await screenAt(page, 8, 5.5);
    const menu = page.getByRole('menu', { name: 'Edit' });
    await page.mouse.click(sun.x, sun.y, { button: 'right' });
    await menu.getByRole('menuitem', { name: /^Unite/ }).click();
    await expectCount(page, n - 1, 'Unite makes one item of two');
    await page.mouse.click(sun.x, sun.y, { button: 'right' });
    await menu.getByRole('menuitem', { name: /^Offset path/ }).click();
    const ask = page.getByRole('dialog', { name: 'Offset path' });
    await ask.getByRole('spinbutton').fill('-0.5');
    await ask.getByRole('button', { name: 'Offset' }).click();
    await expectCount(page, n, 'Offset path adds the offset shape');
    await page.keyboard.press('Control+Z');
    await expectCount(page, n - 1, 'one undo takes the offset shape back');
    await page.keyboard.press('Control+Z');
    await expectCount(page, n, 'a second gives back the two fills');
    if (!(await layers.locator('.layer-name', { hasText: '123 C' }).count())) throw new Error('the sun did not come back');
    await page.screenshot({ path: `${OUT}/67-path-ops.png` });
  });

  test('on a blank die a new raised line shows: the bare die is a shade darker than raised metal', async (page) => {
    await ready(page);
    await page.getByRole('button', { name: 'New…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New pin' });
    await dialog.getByLabel('Name').fill('Blank badge');
    await dialog.getByLabel('Diameter').fill('30');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.locator('[aria-label=Layers] h2').getByText('2 items').waitFor({ timeout: 10_000 });
    const where = (x, y) => screenOf(page, x, y);
    await page.keyboard.press('p');
    const a = await where(8, 16);
    const b = await where(24, 16);
    await page.mouse.click(a.x, a.y);
    await page.mouse.click(b.x, b.y);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+A');
    await page.waitForTimeout(500);
    const bare = await page.evaluate(topPixel, { px: (await where(16, 10)).x, py: (await where(16, 10)).y });
    const line = await page.evaluate(topPixel, { px: (await where(16, 16)).x, py: (await where(16, 16)).y });
    const diff = Math.abs(bare[0] - line[0]) + Math.abs(bare[1] - line[1]) + Math.abs(bare[2] - line[2]);
    if (diff < 60) throw new Error(`the new line rgb(${line}) is hard to tell from the bare die rgb(${bare})`);
    await page.screenshot({ path: `${OUT}/68-line-on-bare-die.png` });
  });
}
