// Browser tests for issue 12: artists' files open as drawn.
import { readFileSync } from 'node:fs';

const fixture = (name) => readFileSync(new URL(`../fixtures/svg/${name}`, import.meta.url), 'utf8');

export function registerImportTests({ test, OUT, BASE, dropFile, screenAt, topPixel }) {
  test('an Illustrator export with "Preserve Illustrator Editing" (entities, <switch>) opens as drawn', async (page) => {
    await page.goto(BASE);
    await page.getByText('metal-too-thin').waitFor({ timeout: 30_000 });
    await dropFile(page, 'illustrator-preserve-editing.svg', fixture('illustrator-preserve-editing.svg'), 'image/svg+xml');
    await page.getByText('Opened illustrator-preserve-editing.svg').waitFor({ timeout: 30_000 });
    if (await page.getByRole('alert').count()) throw new Error(`an error was shown: ${await page.getByRole('alert').first().innerText()}`);
    await page.locator('[aria-label=Layers] h2').getByText('5 items').waitFor({ timeout: 10_000 });
    await page.getByText('No problems').waitFor({ timeout: 30_000 });
    // The star is yellow enamel on a red field inside a metal rim, as Illustrator shows it.
    const colourAt = async (x, y) => {
      const p = await screenAt(page, x, y, 30);
      return page.evaluate(topPixel, { px: p.x, py: p.y });
    };
    const near = (got, want) => got.every((v, i) => Math.abs(v - want[i]) <= 24);
    const star = await colourAt(15, 15);
    const field = await colourAt(5, 15);
    if (!near(star, [0xff, 0xc7, 0x2c])) throw new Error(`the star's centre is rgb(${star}), not the yellow 123 C`);
    if (!near(field, [0xc8, 0x10, 0x2e])) throw new Error(`the field is rgb(${field}), not the red 186 C`);
    await page.screenshot({ path: `${OUT}/50-illustrator-preserve-editing.png` });
  });

  test('a dashed stroke opens as separate metal dashes, and the editor says so', async (page) => {
    await page.goto(BASE);
    await page.getByText('metal-too-thin').waitFor({ timeout: 30_000 });
    await dropFile(page, 'dashed-stroke.svg', fixture('dashed-stroke.svg'), 'image/svg+xml');
    await page.getByText('Opened dashed-stroke.svg').waitFor({ timeout: 30_000 });
    await page.getByText(/its dashed stroke was imported as 23 separate metal dashes/).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${OUT}/51-dashed-stroke.png` });
  });

  test('a print-ready PDF (spot inks, CutContour die line) opens as the pin it shows', async (page) => {
    await page.goto(BASE);
    await page.getByText('metal-too-thin').waitFor({ timeout: 30_000 });
    const pdf = readFileSync(new URL('../fixtures/pdf/factory-badge.pdf', import.meta.url));
    await page.locator('[data-testid=file-input]').setInputFiles({ name: 'factory-badge.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByText('Opened factory-badge.pdf').waitFor({ timeout: 30_000 });
    await page.locator('[aria-label=Layers] h2').getByText('5 items').waitFor({ timeout: 10_000 });
    await page.getByText('No problems').waitFor({ timeout: 30_000 });
    const colourAt = async (x, y) => {
      const p = await screenAt(page, x, y, 30);
      return page.evaluate(topPixel, { px: p.x, py: p.y });
    };
    const near = (got, want) => got.every((v, i) => Math.abs(v - want[i]) <= 24);
    if (!near(await colourAt(15, 15), [0xff, 0xc7, 0x2c])) throw new Error(`the star is rgb(${await colourAt(15, 15)}), not 123 C`);
    if (!near(await colourAt(15, 4), [0xc8, 0x10, 0x2e])) throw new Error(`the field is rgb(${await colourAt(15, 4)}), not 186 C`);
    await page.screenshot({ path: `${OUT}/52-factory-badge-pdf.png` });
  });
}
