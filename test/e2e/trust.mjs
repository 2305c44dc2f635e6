// Browser tests for issue "Trust": every verdict on screen is about the document on screen, and
// every file the factory receives shows what will be made.
import { readFileSync } from 'node:fs';
import { exportZip } from './helpers.mjs';

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

/**
 * Renders an SVG file of the bundle in the browser at 10 px/mm and returns the colour at each
 * design point (mm, the editor's frame: `origin` is where the file's viewBox starts).
 */
async function svgPixels(page, svg, points) {
  return page.evaluate(async ({ svg, points }) => {
    const vb = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg).slice(1).map(Number);
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await img.decode();
    const c = document.createElement('canvas');
    c.width = Math.round(vb[2] * 10);
    c.height = Math.round(vb[3] * 10);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0, c.width, c.height);
    return points.map(([x, y]) => [...g.getImageData(Math.round((x - vb[0]) * 10), Math.round((y - vb[1]) * 10), 1, 1).data]);
  }, { svg, points });
}

export function registerTrustTests({ test, BASE, OUT, dropFile, dragMm }) {
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
    await page.getByRole('button', { name: 'My pins' }).click();
    await page.getByRole('dialog', { name: 'My pins' }).getByRole('button', { name: 'Open Mountain badge' }).click();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    const states = (await page.evaluate(() => window.__verdicts)).slice(before).filter((s) => s.doc === 'Mountain badge');
    const wrong = states.filter((s) => s.clean !== null || (s.errors !== null && s.errors !== '4') || s.colours === catColours);
    if (wrong.length) throw new Error(`the badge was shown with the cat's verdict (${catColours}) while it was being checked: ${JSON.stringify(wrong)}`);
    await page.screenshot({ path: `${OUT}/31-verdict-reopened.png` });
  });

  test('art moved past the artboard is exported whole: every SVG framed by the die line; the artboard fits the art', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    const zoom = async () => Number.parseInt(await page.locator('.zoom-controls .muted').innerText(), 10);
    const fitted = await zoom(); // the 25 mm pin on its 25 mm board, fitted
    // Select everything with a marquee from beyond the board's corners, then move it 5 mm right.
    await page.keyboard.press('v');
    await dragMm(page, [-0.5, -0.5], [26, 26], 8);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) >= 1, null, { timeout: 30_000 });
    await page.screenshot({ path: `${OUT}/32-art-past-the-board.png` });
    const zip = await exportZip(page);
    const svgs = Object.keys(zip.files).filter((f) => f.endsWith('.svg'));
    if (svgs.length < 4) throw new Error(`expected artwork.svg and the layers, got ${svgs.join(', ')}`);
    for (const f of svgs) {
      const svg = await zip.file(f).async('string');
      const vb = /viewBox="([^"]+)"/.exec(svg)?.[1];
      // The die line is a 25 mm circle now at x 5..30: framed with a 1 mm margin.
      if (vb !== '4 -1 27 27') throw new Error(`${f} is framed by "${vb}", not by the pin (4 -1 27 27): art is cut off`);
    }
    const [right] = await svgPixels(page, await zip.file('artwork.svg').async('string'), [[29.5, 12.5]]);
    if (right[3] < 200) throw new Error(`the pin's right edge (x 29.5 mm) is missing from artwork.svg: rgba(${right})`);
    const spec = JSON.parse(await zip.file('spec.json').async('string'));
    if (spec.size.widthMm !== 25) throw new Error(`spec.json size ${spec.size.widthMm} mm, expected the die line's 25 mm`);
    // Reopened, the pin is fitted whole in the window (0 to 30 mm), not just its 25 mm artboard.
    await page.waitForTimeout(1200); // autosave
    await page.reload();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) >= 1, null, { timeout: 30_000 });
    const after = await zoom();
    if (!(after < fitted * 0.97)) throw new Error(`the reopened pin reaches x = 30 mm but the view was fitted to the 25 mm artboard (zoom ${fitted}% at first, ${after}% reopened)`);
    await page.getByRole('button', { name: 'Fit artboard to art' }).click();
    await page.locator('.topbar').getByText('27 × 27 mm').waitFor();
    await page.screenshot({ path: `${OUT}/33-artboard-fitted.png` });
  });

  test('a cut-out across a fill is a hole in the exported artwork and enamel layer', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.keyboard.press('o');
    await dragMm(page, [15.5, 4.5], [18.5, 7.5]);
    await page.keyboard.press('v');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/34-hole-in-the-sky.png` });
    const zip = await exportZip(page);
    const sky = Object.keys(zip.files).find((f) => /enamel-291-C\.svg$/.test(f));
    if (!sky) throw new Error(`no sky layer in ${Object.keys(zip.files).join(', ')}`);
    for (const f of ['artwork.svg', sky]) {
      const [hole, beside] = await svgPixels(page, await zip.file(f).async('string'), [[17, 6], [17, 2.5]]);
      if (hole[3] !== 0) throw new Error(`${f} paints the hole at (17, 6) mm: rgba(${hole})`);
      if (beside[3] < 200) throw new Error(`${f} lost the sky beside the hole: rgba(${beside})`);
    }
    const spec = JSON.parse(await zip.file('spec.json').async('string'));
    const skyArea = spec.colours.find((c) => c.pantone === '291 C')?.areaMm2;
    if (!(skyArea > 100 && skyArea < 149.1 - 6.5)) throw new Error(`the sky's area ${skyArea} mm² still counts the 7 mm² hole`);
  });

  test('a checks Worker that stops answering is replaced, and the panel says so instead of checking for ever (issue 15)', async (page) => {
    // Stands in for a design the engine cannot finish: once asked, the Worker swallows check
    // requests, as one stuck in a single long step does.
    await page.addInitScript(() => {
      const Real = window.Worker;
      window.__workers = 0;
      window.Worker = class extends Real {
        constructor(...args) {
          super(...args);
          this.index = ++window.__workers;
          this.isChecks = String(args[0]).includes('checks');
        }
        postMessage(m, ...rest) {
          // The Worker running when __stuck is set swallows every check request from then on.
          if (this.isChecks) window.__checksWorker ??= this.index;
          if (window.__stuck && window.__stuck === this.index && m && typeof m === 'object' && 'seq' in m) return;
          super.postMessage(m, ...rest);
        }
      };
    });
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    const before = await page.evaluate(() => window.__workers);
    await page.evaluate(() => { window.__stuck = window.__checksWorker; });
    await page.getByText('Widen to 0.3 mm').first().click();
    // Checking, never the old verdict, until the watchdog gives up (20 s) and says why.
    await page.waitForFunction(() => document.querySelector('.count.error') === null || document.querySelector('.count.error').closest('.stale'), null, { timeout: 5_000 });
    const alert = page.getByRole('alert').filter({ hasText: /stopped answering/ });
    await alert.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${OUT}/36-checks-restarted.png` });
    const after = await page.evaluate(() => window.__workers);
    if (after <= before) throw new Error('the stuck Worker was not replaced');
    // Undo shows the verdict it had; redo asks the fresh Worker about the change again, and it answers.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4 && !document.querySelector('.count.error').closest('.stale'), null, { timeout: 30_000 })
      .catch(() => { throw new Error('undo did not show the verdict it had'); });
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2 && !document.querySelector('.count.error').closest('.stale'), null, { timeout: 30_000 })
      .catch(async () => { await page.screenshot({ path: `${OUT}/36b-after-redo.png` }); throw new Error('the fresh Worker did not check the change'); });
  });
}
