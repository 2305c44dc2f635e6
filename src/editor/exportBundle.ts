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

type Parts = [typeof import('../core/export/bundle.ts'), { regular: Uint8Array; bold: Uint8Array }, (svg: string) => Uint8Array];
let parts: Promise<Parts> | null = null;

/**
 * Loads what an export needs (the export code, the proof's fonts, the PNG renderer's
 * WebAssembly), once. The export dialog starts it as it opens, so Preview proof does not wait for
 * 1.2 MB of code and 2.5 MB of WebAssembly to arrive and compile.
 */
export function prepareExport(): Promise<Parts> {
  parts ??= Promise.all([
    import('../core/export/bundle.ts'),
    Promise.all([bytes(interRegular), bytes(interBold)]).then(([regular, bold]) => ({ regular, bold })),
    import('../core/export/png.ts').then(({ pngRenderer }) => pngRenderer(() => fetch(resvgWasm))),
  ]).catch((e: unknown) => {
    parts = null;
    throw e;
  });
  return parts;
}

/** The factory bundle in the browser: the same core as `pinsmith export`, loaded on first use. */
export async function exportBundle(doc: PinDocument, opts: BundleOptions): Promise<Result<{ zip: Uint8Array; files: string[]; pdf: Uint8Array; png: Uint8Array }>> {
  try {
    const [{ buildBundle }, fonts, renderPng] = await prepareExport();
    const r = await buildBundle(doc, { fonts, renderPng }, opts);
    return r.ok ? ok({ zip: r.value.zip, files: r.value.files, pdf: r.value.pdf, png: r.value.png }) : r;
  } catch (e) {
    return fail(`The bundle could not be made: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A bundle zip dropped on the editor: its design.pin.json, read with the hostile-zip limits. */
export async function designFromZip(data: Uint8Array): Promise<Result<string>> {
  const { readZipText } = await import('../core/io/zipRead.ts');
  return readZipText(data, 'design.pin.json');
}
