import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff?url';
import interBold from '@fontsource/inter/files/inter-latin-700-normal.woff?url';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm?url';
import type { PinDocument } from '../core/document/types.ts';
import type { BundleOptions } from '../core/export/bundle.ts';
import { fail, ok, type Result } from '../core/result.ts';

const bytes = (url: string) => fetch(url).then((r) => {
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.arrayBuffer();
}).then((b) => new Uint8Array(b));

/** The factory bundle in the browser: the same core as `pinsmith export`, loaded on first use. */
export async function exportBundle(doc: PinDocument, opts: BundleOptions): Promise<Result<{ zip: Uint8Array; files: string[]; pdf: Uint8Array; png: Uint8Array }>> {
  try {
    const [{ buildBundle }, { pngRenderer }, regular, bold] = await Promise.all([
      import('../core/export/bundle.ts'), import('../core/export/png.ts'), bytes(interRegular), bytes(interBold),
    ]);
    const renderPng = await pngRenderer(() => fetch(resvgWasm));
    const r = await buildBundle(doc, { fonts: { regular, bold }, renderPng }, opts);
    return r.ok ? ok({ zip: r.value.zip, files: r.value.files, pdf: r.value.pdf, png: r.value.png }) : r;
  } catch (e) {
    return fail(`The bundle could not be made: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A bundle zip dropped on the editor: its design.pin.json, read with the hostile-zip limits. */
export async function designFromZip(data: Uint8Array): Promise<Result<string>> {
  const { readZipText } = await import('../core/export/zip.ts');
  return readZipText(data, 'design.pin.json');
}
