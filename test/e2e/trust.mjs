// Browser tests for issue "Trust": every verdict on screen is about the document on screen, and
// every file the factory receives shows what will be made.
import { readFileSync } from 'node:fs';

/**
 * Records, from the first byte of the page, every moment the panels claim a verdict. A mutation
 * observer sees each rendered state, including ones that last a single frame.
 */
const recordVerdicts = () => {
  window.__verdicts = [];
  const look = () => {
    const clean = document.querySelector('.panel .clean');
    const colours = document.querySelector('[aria-label=Palette] h2 small');
    const errors = document.querySelector('.count.error');
    const state = {
      doc: document.querySelector('.doc-name')?.textContent ?? '',
      clean: clean ? clean.textContent : null,
      colours: colours ? colours.textContent : null,
      errors: errors && !errors.closest('.stale') ? errors.textContent : null,
    };
    const last = window.__verdicts[window.__verdicts.length - 1];
    if (!last || JSON.stringify(last) !== JSON.stringify(state)) window.__verdicts.push(state);
  };
  const start = () => new MutationObserver(look).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
};

export function registerTrustTests({ test, BASE, OUT, dropFile }) {
  test('no all-clear before the checks of the pin on screen: first start', async (page) => {
    await page.addInitScript(recordVerdicts);
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    const states = await page.evaluate(() => window.__verdicts);
    const wrong = states.filter((s) => s.clean !== null || (s.errors !== null && s.errors !== '4') || /^0 in this pin/.test(s.colours ?? ''));
    if (wrong.length) throw new Error(`the sample (4 errors) was shown with another verdict while it was being checked: ${JSON.stringify(wrong)}`);
    // What it said instead: that it is checking, and for how long.
    if (!states.some((s) => s.errors === null)) throw new Error('no checking state was ever shown');
    await page.screenshot({ path: `${OUT}/30-verdict-first-start.png` });
  });

  test('no stale verdict after a reload, then reopening another pin from My pins', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    const clean = readFileSync(new URL('../corpus/cat-mascot.svg', import.meta.url), 'utf8');
    await dropFile(page, 'cat-mascot.svg', clean, 'image/svg+xml');
    await page.getByText('No problems').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1200); // autosave
    await page.addInitScript(recordVerdicts);
    await page.reload();
    await page.getByText('No problems').waitFor({ timeout: 30_000 });
    const catColours = await page.locator('[aria-label=Palette] h2 small').innerText();
    const before = await page.evaluate(() => window.__verdicts.length);
    await page.getByRole('button', { name: 'My pins ▾' }).click();
    await page.getByRole('menuitem').filter({ hasText: 'Mountain badge' }).click();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    const states = (await page.evaluate(() => window.__verdicts)).slice(before).filter((s) => s.doc === 'Mountain badge');
    const wrong = states.filter((s) => s.clean !== null || (s.errors !== null && s.errors !== '4') || s.colours === catColours);
    if (wrong.length) throw new Error(`the badge was shown with the cat's verdict (${catColours}) while it was being checked: ${JSON.stringify(wrong)}`);
    await page.screenshot({ path: `${OUT}/31-verdict-reopened.png` });
  });
}
