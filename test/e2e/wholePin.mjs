// Issue 13's acceptance: a whole 30 mm pin drawn from a blank New pin with the keyboard and the
// mouse only, to zero errors and a factory zip; a screenshot of each stage.
import { screenOf as at } from './helpers.mjs';

const click = async (page, x, y, opts) => { const p = await at(page, x, y); await page.mouse.click(p.x, p.y, opts); };
const drag = async (page, [x1, y1], [x2, y2], mods = []) => {
  const a = await at(page, x1, y1);
  const b = await at(page, x2, y2);
  for (const m of mods) await page.keyboard.down(m);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
  for (const m of mods) await page.keyboard.up(m);
};
const errors = async (page) => Number(await page.locator('.count.error').first().innerText());

export function registerWholePinTest({ test, BASE, OUT, exportZip }) {
  test('a whole 30 mm pin from a blank New pin, keyboard and mouse only, to zero errors and a factory zip', async (page) => {
    const shot = (n, name) => page.screenshot({ path: `${OUT}/70-whole-pin-${n}-${name}.png` });
    await page.goto(BASE);
    await page.getByText('metal-too-thin').waitFor({ timeout: 30_000 });
    // 1. A round 30 mm pin with a 1 mm rim.
    await page.getByRole('button', { name: 'New…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New pin' });
    await dialog.getByLabel('Name').fill('Moon badge');
    await dialog.getByLabel('Diameter').fill('30');
    await dialog.getByLabel('Rim').fill('1');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.locator('[aria-label=Layers] h2').getByText('2 items').waitFor({ timeout: 10_000 });
    await shot(1, 'blank');
    // 2. A metal line across (pen, P), from rim to rim.
    await page.keyboard.press('p');
    await click(page, 1.7, 19);
    await click(page, 30.3, 19);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    // 3. A moon: a metal ring (ellipse, L, Shift for a circle).
    await page.keyboard.press('l');
    await drag(page, [11, 6], [19, 14], ['Shift']);
    // 4. A small ring that will become a hole.
    await drag(page, [23, 11], [26, 14], ['Shift']);
    await shot(2, 'metal');
    // 5. Text, raised metal, centred on the die.
    await page.keyboard.press('t');
    await click(page, 10, 26);
    const form = page.getByRole('form', { name: 'New text' }).or(page.locator('form.text-form'));
    await form.getByLabel('Text').fill('ZEN');
    await form.getByLabel('Cap height in millimetres').fill('3');
    await form.getByLabel('Letter spacing').fill('150');
    await form.getByRole('button', { name: 'Add text' }).click();
    await page.keyboard.press('v');
    const sun = page.locator('[aria-label=Layers] .layer-name', { hasText: /^text/ });
    await sun.first().click();
    const canvasBox = await page.locator('[data-testid=canvas]').boundingBox();
    await page.mouse.click(canvasBox.x + canvasBox.width - 30, canvasBox.y + canvasBox.height - 30, { button: 'right' });
    await page.getByRole('menu', { name: 'Edit' }).getByRole('menuitem', { name: /^Align centres across/ }).click();
    await shot(3, 'text');
    // 6. Fills: a custom colour snapped to its nearest PMS for the sky, yellow for the moon, blue below.
    await page.keyboard.press('Control+Shift+A');
    await page.getByLabel('Custom colour (hex or RGB)').fill('#1F3A60');
    await page.getByLabel('Nearest PMS').getByRole('button').first().click();
    await page.keyboard.press('k');
    const colours = (n) => page.locator('[aria-label=Palette] h2').getByText(`${n} in this pin`).waitFor({ timeout: 20_000 });
    await click(page, 5, 12);
    await colours(1);
    await page.getByRole('button', { name: 'Use Yellow C' }).first().click();
    await click(page, 15, 10);
    await colours(2);
    await page.getByRole('button', { name: 'Use 186 C' }).first().click();
    await click(page, 6, 22);
    await colours(3);
    await shot(4, 'filled');
    // 7. The small ring's inside is bare: cut it out (the check offers it).
    await page.getByRole('button', { name: /^Cut it out/ }).first().click({ timeout: 20_000 });
    // 8. Group the line and the text (layers panel, Shift-click, Ctrl+G): a click then picks both.
    await page.keyboard.press('v');
    const metal = page.locator('[aria-label=Layers] .layer-name');
    await metal.filter({ hasText: /^text/ }).first().click();
    await metal.filter({ hasText: /^line/ }).first().click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+G');
    await page.keyboard.press('Control+Shift+A');
    await click(page, 16, 19);
    await page.locator('[aria-label=Layers] summary', { hasText: '2 selected' }).waitFor({ timeout: 5_000 });
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 0, null, { timeout: 30_000 })
      .catch(async () => { await shot(9, 'errors-left'); throw new Error(`${await errors(page)} error(s) left: ${(await page.locator('[aria-label=Checks]').innerText()).slice(0, 600)}`); });
    await page.keyboard.press('Control+Shift+A');
    await shot(5, 'no-errors');
    const zip = await exportZip(page);
    if (!zip.file('proof.pdf') || !zip.file('spec.json')) throw new Error('the zip has no proof or spec');
    const spec = JSON.parse(await zip.file('spec.json').async('string'));
    if (spec.colours?.length < 3 && spec.enamel?.length < 3) throw new Error(`expected three colours in spec.json: ${JSON.stringify(spec).slice(0, 300)}`);
    await shot(6, 'exported');
  });
}
