// Real-browser tests: build the app, serve it with `vite preview`, drive Debian's Chromium with
// playwright-core (never `npx playwright install`: nothing is downloaded at run time).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 4173;
const URL = `http://127.0.0.1:${PORT}/`;
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

test('first start shows the sample pin and a clean check report', async (page) => {
  await page.goto(URL);
  await page.getByRole('img', { name: /Mountain badge/ }).waitFor({ timeout: 20_000 });
  await page.getByText('No problems').waitFor();
  const shapes = await page.locator('svg.pin-preview path').count();
  if (shapes < 8) throw new Error(`expected the badge's paths, found ${shapes}`);
  await page.screenshot({ path: `${OUT}/01-first-start.png` });
});

let failed = 0;
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(URL)).ok) break;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const t of tests) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
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
    await page.close();
  }
  await browser.close();
} finally {
  stop();
}
console.log(`e2e: ${tests.length - failed} passed, ${failed} failed (screenshots in ${OUT}/)`);
process.exit(failed ? 1 : 0);
