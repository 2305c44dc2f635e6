import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BundleAssets } from '../core/export/bundle.ts';
import { pngRenderer } from '../core/export/png.ts';

const require = createRequire(import.meta.url);
const read = (spec: string) => new Uint8Array(readFileSync(require.resolve(spec)));

/** Proof fonts (Inter, SIL OFL) and the PNG renderer, from node_modules. */
export async function nodeBundleAssets(): Promise<BundleAssets> {
  return {
    fonts: { regular: read('@fontsource/inter/files/inter-latin-400-normal.woff'), bold: read('@fontsource/inter/files/inter-latin-700-normal.woff') },
    renderPng: await pngRenderer(() => read('@resvg/resvg-wasm/index_bg.wasm')),
  };
}
