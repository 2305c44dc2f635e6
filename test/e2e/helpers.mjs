// Helpers the browser suites share.
import { readFileSync } from 'node:fs';

/** Export from the dialog (with a reason when errors are open) and read the downloaded zip. */
export async function exportZip(page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export for the factory' });
  const withErrors = dialog.getByRole('button', { name: 'Export with errors' });
  const clean = dialog.getByRole('button', { name: 'Export zip' });
  await withErrors.or(clean).first().waitFor({ timeout: 30_000 });
  await dialog.getByText(/Checking the pin before export/).waitFor({ state: 'detached', timeout: 60_000 });
  if (await withErrors.count()) await dialog.getByLabel('Reason to export with errors').fill('browser test');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), withErrors.or(clean).first().click()]);
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  await dialog.getByText('Close', { exact: true }).click();
  return zip;
}

/** Where a point of the pin (mm) is on screen, from the camera the canvas reports (any artboard, any zoom). */
export async function screenOf(page, x, y) {
  const c = page.locator('[data-testid=canvas]');
  const box = await c.boundingBox();
  const k = Number(await c.getAttribute('data-px-per-mm'));
  const [ox, oy] = (await c.getAttribute('data-origin')).split(' ').map(Number);
  return { x: box.x + ox + x * k, y: box.y + oy + y * k };
}
