// Browser tests for issue "Never lose work": pins are documents, saved the moment they change.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { exportZip } from './helpers.mjs';

const errors = (page) => page.locator('.count.error').first().innerText().then(Number);

export function registerDocumentTests({ test, BASE, OUT, dragMm }) {
  test('an edit followed by a reload 100 ms later is kept', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByText('Widen to 0.3 mm').first().click();
    await page.waitForTimeout(100);
    await page.reload();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) >= 1, null, { timeout: 30_000 });
    if (await page.getByText('metal-too-thin').count()) throw new Error('the line widened 100 ms before the reload came back thin');
    if ((await errors(page)) !== 2) throw new Error(`expected the 2 errors left after the fix, got ${await errors(page)}`);
  });

  test('npm start (the dev server, React development mode): an edit says Saved, never a refused store', async (page) => {
    // Development mode mounts the editor twice; the first unmount once closed the tabs' channel,
    // and telling other tabs about a save then failed the save's status: "Not saved".
    const port = 5300 + Math.floor(Math.random() * 400);
    const dev = spawn('npx', ['vite', '--strictPort', '--host', '127.0.0.1', '--port', String(port)], { detached: true, stdio: 'ignore' });
    try {
      const url = `http://127.0.0.1:${port}/`;
      for (let i = 0; i < 240; i++) {
        try { if ((await fetch(url)).ok) break; } catch { /* not yet */ }
        await sleep(250);
      }
      await page.goto(url);
      await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 90_000 });
      await page.getByText('Widen to 0.3 mm').first().click();
      await page.getByRole('status', { name: 'Saving' }).getByText('Saved', { exact: true }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
      if (await page.getByText('Not saved').count()) throw new Error('the dev server\'s editor says Not saved after an edit');
      if (await page.getByRole('alert').filter({ hasText: /not (being )?saved/i }).count()) throw new Error('a not-saved banner shows in development mode');
    } finally {
      try { process.kill(-dev.pid); } catch { /* gone */ }
    }
  });

  test('an edit is kept through a reload while storage is busy (another tab writing)', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    // Another tab of this site holds a long write on the pins store (a big pin being saved, a slow
    // disk): the editor's own write queues behind it, and the page is reloaded before it can run.
    const other = await page.context().newPage();
    await other.goto(`${BASE}sample-pin.svg`);
    await other.evaluate(() => new Promise((started) => {
      const open = indexedDB.open('pinsmith', 1);
      open.onsuccess = () => {
        const store = open.result.transaction('pins', 'readwrite').objectStore('pins');
        const spin = () => { if (!window.releaseStore) store.get('index').onsuccess = spin; };
        spin();
        started();
      };
    }));
    await page.getByText('Widen to 0.3 mm').first().click();
    await page.waitForTimeout(300);
    await page.reload();
    await other.evaluate(() => { window.releaseStore = true; });
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) >= 1, null, { timeout: 30_000 });
    await page.waitForTimeout(1_500);
    await other.close();
    if (await page.getByText('metal-too-thin').count()) throw new Error('the line widened before the reload came back thin');
    if ((await errors(page)) !== 2) throw new Error(`expected the 2 errors left after the fix, got ${await errors(page)}`);
  });

  test('a first start shows the sample before storage opens, yet a pin already stored there still comes back', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByText('Widen to 0.3 mm').first().click();
    await page.waitForTimeout(300);
    // Storage that holds a pin but not the note that it does (saved by an older version, or the
    // note cleared): the start takes the fast first-start path, and must still reopen the pin.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 30_000 });
    await page.waitForTimeout(1_500);
    if ((await errors(page)) !== 2) throw new Error(`the stored pin (2 errors) was replaced, now ${await errors(page)} errors`);
    await page.getByRole('button', { name: 'My pins' }).click();
    const pins = page.getByRole('dialog', { name: 'My pins' });
    await pins.getByRole('button', { name: 'Open Mountain badge' }).first().waitFor({ timeout: 5_000 });
    const n = await pins.getByRole('button', { name: 'Open Mountain badge' }).count();
    if (n !== 1) throw new Error(`the untouched sample shown while storage opened was stored as another pin: ${n} pins`);
  });

  test('deleting everything is saved: a reload stays empty', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.keyboard.press('v');
    await dragMm(page, [-0.5, -0.5], [26, 26], 8);
    await page.keyboard.press('Delete');
    await page.locator('[aria-label=Layers] h2').getByText('0 items').waitFor({ timeout: 5_000 });
    await page.waitForTimeout(150);
    await page.reload();
    await page.locator('.doc-name').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1_000);
    await page.locator('[aria-label=Layers] h2').getByText('0 items').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${OUT}/40-deleted-all-reloaded.png` });
  });

  test('storage refused: a banner that stays says so, and the pin can still be downloaded', async (page) => {
    // A browser that refuses IndexedDB (private window, storage blocked): every open fails.
    await page.addInitScript(() => {
      const refuse = () => {
        const req = { result: undefined, error: new DOMException('The user denied permission to access the database.', 'UnknownError'), onsuccess: null, onerror: null, onupgradeneeded: null, onblocked: null };
        setTimeout(() => req.onerror?.({ target: req }), 0);
        return req;
      };
      Object.defineProperty(window.indexedDB, 'open', { value: refuse });
    });
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByText('Widen to 0.3 mm').first().click();
    const banner = page.getByRole('alert').filter({ hasText: /not (being )?saved/i });
    await banner.waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${OUT}/41-storage-refused.png` });
    if (await page.getByText(/^Saved$/).count()) throw new Error('the editor says Saved while storage is refused');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), banner.getByRole('button', { name: /Download .pin.json/ }).click()]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const thin = Object.values(saved.items).filter((it) => it.kind === 'metal-line' && it.width < 0.2);
    if (thin.length) throw new Error('the downloaded pin lost the edit');
    await page.waitForTimeout(1_000);
    if (!(await banner.isVisible())) throw new Error('the banner went away while nothing is being saved');
  });

  test('no IndexedDB at all (issue 15): the same banner, never "Saved", and the edit can be downloaded', async (page) => {
    // Some embedded and locked-down browsers have no window.indexedDB whatsoever.
    await page.addInitScript(() => {
      // Removed from the prototype, as where the API was never built in: the name itself is unbound.
      delete Window.prototype.indexedDB;
      delete window.indexedDB;
    });
    await page.goto(BASE);
    if (await page.evaluate(() => typeof indexedDB) !== 'undefined') throw new Error('the page still has indexedDB');
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    // Said before any work is put in, not only after the first edit fails to save.
    const banner = page.getByRole('alert').filter({ hasText: /not (being )?saved/i });
    await banner.waitFor({ timeout: 5_000 });
    if (!/no storage for web pages/.test(await banner.innerText())) throw new Error(`the banner does not say why: ${await banner.innerText()}`);
    await page.getByText('Widen to 0.3 mm').first().click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/41b-no-indexeddb.png` });
    if (await page.getByText(/^Saved$/).count()) throw new Error('the editor says Saved without any storage');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), banner.getByRole('button', { name: /Download .pin.json/ }).click()]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    if (Object.values(saved.items).some((it) => it.kind === 'metal-line' && it.width < 0.2)) throw new Error('the downloaded pin lost the edit');
  });

  test('New pin: a named 30 mm round pin with its die line and rim; draw on it, reload: it is still there, renamed too', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByRole('button', { name: 'New…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New pin' });
    await dialog.getByLabel('Name').fill('Fox badge');
    await dialog.getByLabel('Diameter').fill('0');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByRole('alert').getByText('The width must be between 5 and 150 mm (got 0 mm).').waitFor();
    await dialog.getByLabel('Diameter').fill('30');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.locator('.topbar').getByText('32 × 32 mm').waitFor();
    if ((await page.locator('.doc-name').innerText()) !== 'Fox badge') throw new Error('the new pin did not take its name');
    // A metal line across it, with the pen (the view fits the 32 mm board: same fit as screenAt's for 32).
    await page.keyboard.press('p');
    await page.locator('[aria-label=Layers] h2').getByText('2 items').waitFor();
    const box = await page.locator('[data-testid=canvas]').boundingBox();
    const scale = Math.min((box.width - 80) / 32, (box.height - 80) / 32);
    const at = (x, y) => ({ x: box.x + box.width / 2 + (x - 16) * scale, y: box.y + box.height / 2 + (y - 16) * scale });
    await page.mouse.click(at(4, 16).x, at(4, 16).y);
    await page.mouse.click(at(28, 16).x, at(28, 16).y);
    await page.keyboard.press('Enter');
    await page.locator('[aria-label=Layers] h2').getByText('3 items').waitFor();
    // Rename from the top bar.
    await page.locator('.doc-name').click();
    await page.getByLabel('Pin name').fill('Fox badge, rev B');
    await page.keyboard.press('Enter');
    await page.screenshot({ path: `${OUT}/42-new-pin.png` });
    await page.waitForTimeout(150);
    await page.reload();
    await page.locator('.doc-name').getByText('Fox badge, rev B').waitFor({ timeout: 30_000 });
    await page.locator('[aria-label=Layers] h2').getByText('3 items').waitFor({ timeout: 10_000 });
    await page.locator('.topbar').getByText('32 × 32 mm').waitFor();
    // The badge that was open before is kept.
    await page.getByRole('button', { name: 'My pins' }).click();
    await page.getByRole('dialog', { name: 'My pins' }).getByRole('button', { name: 'Open Mountain badge' }).waitFor({ timeout: 5_000 });
  });

  test('My pins: thumbnails and error counts; rename, duplicate, delete and undo the delete; a file already there asks', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    // A second pin, from a file.
    const cat = readFileSync(new URL('../corpus/cat-mascot.svg', import.meta.url), 'utf8');
    await page.locator('[data-testid=file-input]').setInputFiles({ name: 'cat-mascot.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(cat) });
    await page.getByText('No problems').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'My pins' }).click();
    const lib = page.getByRole('dialog', { name: 'My pins' });
    const row = (name) => lib.locator('li').filter({ has: page.getByRole('button', { name: `Open ${name}`, exact: true }) });
    await row('Mountain badge').getByText('4 errors').waitFor({ timeout: 10_000 });
    await row('cat-mascot').getByText('no errors').waitFor();
    await row('Mountain badge').locator('img').waitFor();
    // Rename the badge (not open), duplicate it, delete the duplicate, undo.
    await lib.getByRole('button', { name: 'Rename Mountain badge' }).click();
    await lib.getByLabel('New name').fill('Mountain badge v2');
    await page.keyboard.press('Enter');
    await row('Mountain badge v2').waitFor();
    await lib.getByRole('button', { name: 'Duplicate Mountain badge v2' }).click();
    await row('Mountain badge v2 copy').waitFor();
    await lib.getByRole('button', { name: 'Delete Mountain badge v2 copy' }).click();
    await lib.getByText('Deleted “Mountain badge v2 copy”.').waitFor();
    if (await row('Mountain badge v2 copy').count()) throw new Error('the deleted pin is still listed');
    await page.screenshot({ path: `${OUT}/43-my-pins.png` });
    await lib.getByRole('button', { name: 'Undo' }).click();
    await row('Mountain badge v2 copy').waitFor();
    // Search, then open the renamed badge.
    await lib.getByLabel('Search pins').fill('v2 copy');
    if (await row('cat-mascot').count()) throw new Error('search shows pins that do not match');
    await lib.getByLabel('Search pins').fill('');
    await lib.getByRole('button', { name: 'Open Mountain badge v2', exact: true }).click();
    await page.locator('.doc-name').getByText('Mountain badge v2').waitFor();
    // Opening cat-mascot.svg again: a pin of that name is there, so it asks.
    await page.locator('[data-testid=file-input]').setInputFiles({ name: 'cat-mascot.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(cat) });
    const ask = page.getByRole('dialog', { name: 'Pin already in My pins' });
    await ask.getByRole('button', { name: 'Keep both' }).click();
    await page.locator('.doc-name').getByText('cat-mascot (2)').waitFor();
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'My pins' }).click();
    await row('cat-mascot').waitFor();
    await row('cat-mascot (2)').waitFor();
  });

  test('two tabs on one pin: one edits, the other follows read-only; taking over loses neither edit', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByText('Widen to 0.3 mm').first().click(); // edit 1, in tab A
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 30_000 });
    await page.waitForTimeout(200);
    const b = await page.context().newPage();
    await b.goto(BASE);
    await b.getByText('This pin is being edited in another tab').waitFor({ timeout: 30_000 });
    await b.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 30_000 });
    // B cannot change it: its fix buttons do nothing to the pin and Undo stays off.
    await page.getByText('Use 361 C').click(); // edit 2, in tab A: B follows live
    await b.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 1, null, { timeout: 30_000 });
    await b.screenshot({ path: `${OUT}/44-tab-following.png` });
    await b.getByRole('button', { name: 'Edit here instead' }).click();
    await page.getByText('This pin is being edited in another tab').waitFor({ timeout: 30_000 });
    await b.getByText('This pin is being edited in another tab').waitFor({ state: 'detached', timeout: 30_000 });
    await b.getByText('Fill with 7727 C').click(); // edit 3, in tab B: A follows
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 0, null, { timeout: 30_000 });
    // Every edit is in the saved pin: reopen it in a third tab once B has closed.
    await page.waitForTimeout(300);
    await b.close();
    await page.getByText('This pin is being edited in another tab').waitFor({ state: 'detached', timeout: 30_000 });
    const c = await page.context().newPage();
    await c.goto(BASE);
    await c.getByText('This pin is being edited in another tab').waitFor({ timeout: 30_000 });
    await c.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 0, null, { timeout: 30_000 });
    await c.close();
  });

  test('History: a named version, restored as a new undoable state; an export is kept as a version and named in spec.json', async (page) => {
    const count = () => page.waitForFunction(() => document.querySelector('.count.error') && !document.querySelector('[aria-busy=true]'), null, { timeout: 30_000 }).then(() => errors(page));
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByText('Widen to 0.3 mm').first().click();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 30_000 });
    await page.getByRole('button', { name: 'History' }).click();
    const hist = page.getByRole('dialog', { name: /^History/ });
    await hist.getByLabel('Version name').fill('before colours');
    await hist.getByRole('button', { name: 'Save version' }).click();
    await hist.getByText('before colours').waitFor();
    await hist.getByRole('button', { name: 'Close History' }).click();
    await page.getByText('Use 361 C').click();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 1, null, { timeout: 30_000 });
    await page.getByRole('button', { name: 'History' }).click();
    await hist.getByRole('button', { name: 'Restore before colours' }).click();
    await page.getByText(/Restored the version of .*before colours/).waitFor();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 30_000 });
    await page.screenshot({ path: `${OUT}/45-restored.png` });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 1, null, { timeout: 30_000 });
    if ((await count()) !== 1) throw new Error('undo did not bring back the state before the restore');
    const zip = await exportZip(page);
    const spec = JSON.parse(await zip.file('spec.json').async('string'));
    if (!spec.sourceVersion?.id) throw new Error(`spec.json does not say which version it was made from: ${JSON.stringify(spec).slice(0, 200)}`);
    await page.getByRole('button', { name: 'History' }).click();
    await hist.getByText('exported, revision A').waitFor();
    await page.screenshot({ path: `${OUT}/46-history.png` });
  });

  test('Ctrl+S saves to a file where the browser can write one (the same file again), Shift+Ctrl+S asks where', async (page) => {
    // A browser with the File System Access API: the picker is stood in for, the writes are kept.
    await page.addInitScript(() => {
      window.__files = {};
      window.__picked = 0;
      window.showSaveFilePicker = async ({ suggestedName }) => {
        window.__picked++;
        const name = window.__picked === 1 ? suggestedName : `copy-${suggestedName}`;
        return { name, createWritable: async () => { let text = ''; return { write: async (t) => { text += t; }, close: async () => { window.__files[name] = text; } }; } };
      };
    });
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.keyboard.press('Control+s');
    await page.getByText('Saved to Mountain-badge.pin.json.').waitFor();
    await page.getByText('Widen to 0.3 mm').first().click();
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => window.__picked === 1 && /"width": 0.3/.test(window.__files['Mountain-badge.pin.json'] ?? ''), null, { timeout: 10_000 });
    await page.keyboard.press('Control+Shift+s');
    await page.getByText('Saved to copy-Mountain-badge.pin.json.').waitFor();
  });

  test('offline: after the first visit, a reload with the network off opens the editor and the last pin', async (page) => {
    await page.goto(BASE);
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 4, null, { timeout: 30_000 });
    await page.getByText('Widen to 0.3 mm').first().click();
    await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 30_000 });
    // The service worker has precached the app and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker.controller !== undefined, null, { timeout: 60_000 });
    await page.context().setOffline(true);
    try {
      await page.reload();
      await page.waitForFunction(() => Number(document.querySelector('.count.error')?.textContent) === 2, null, { timeout: 30_000 });
      if (await page.getByText('metal-too-thin').count()) throw new Error('offline, the pin came back without its last edit');
      await page.screenshot({ path: `${OUT}/47-offline.png` });
    } finally {
      await page.context().setOffline(false);
    }
  });
}
