// Browser tests for issue 12: artists' files open as drawn.
import { readFileSync } from 'node:fs';

const fixture = (name) => readFileSync(new URL(`../fixtures/svg/${name}`, import.meta.url), 'utf8');

const YELLOW_123C = [0xff, 0xc7, 0x2c];
const RED_186C = [0xc8, 0x10, 0x2e];

export function registerImportTests({ test, OUT, BASE, dropFile, screenAt, topPixel }) {
  /** Throws unless the canvas shows about `want` (RGB) at (x, y) mm on a 30 mm artboard. */
  const expectColour = async (page, [x, y], want, what) => {
    const p = await screenAt(page, x, y, 30);
    const got = await page.evaluate(topPixel, { px: p.x, py: p.y });
    if (!got.every((v, i) => Math.abs(v - want[i]) <= 24)) throw new Error(`${what} is rgb(${got}), not rgb(${want})`);
  };

  test('an Illustrator export with "Preserve Illustrator Editing" (entities, <switch>) opens as drawn', async (page) => {
    await page.goto(BASE);
    await page.getByText('metal-too-thin').waitFor({ timeout: 30_000 });
    await dropFile(page, 'illustrator-preserve-editing.svg', fixture('illustrator-preserve-editing.svg'), 'image/svg+xml');
    await page.getByText('Opened illustrator-preserve-editing.svg').waitFor({ timeout: 30_000 });
    if (await page.getByRole('alert').count()) throw new Error(`an error was shown: ${await page.getByRole('alert').first().innerText()}`);
    await page.locator('[aria-label=Layers] h2').getByText('5 items').waitFor({ timeout: 10_000 });
    await page.getByText('No problems').waitFor({ timeout: 30_000 });
    // The star is yellow enamel on a red field inside a metal rim, as Illustrator shows it.
    await expectColour(page, [15, 15], YELLOW_123C, 'the star\'s centre (123 C)');
    await expectColour(page, [5, 15], RED_186C, 'the field (186 C)');
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
    await expectColour(page, [15, 15], YELLOW_123C, 'the star (123 C)');
    await expectColour(page, [15, 4], RED_186C, 'the field (186 C)');
    await page.screenshot({ path: `${OUT}/52-factory-badge-pdf.png` });
  });
}
