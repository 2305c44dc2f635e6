import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-wasm';
import type { PinDocument } from '../../src/core/document/types.ts';
import { regionRings, union } from '../../src/core/geometry/index.ts';
import { pngRenderer } from '../../src/core/export/png.ts';
import { itemRegion } from '../../src/core/kinds/index.ts';

// Silhouettes for import fidelity: the original file rendered by resvg (an independent SVG
// renderer) against the imported pin's art, both as "painted or not" per pixel.

const require = createRequire(import.meta.url);
let ready: Promise<unknown> | undefined;

export async function initResvg(): Promise<void> {
  ready ??= pngRenderer(() => readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
}

export interface Mask {
  width: number;
  height: number;
  on: Uint8Array;
}

function render(svg: string, widthPx: number): Mask {
  const img = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: widthPx }, shapeRendering: 2 }).render();
  const px = img.pixels; // a getter that copies out of WebAssembly: read once
  const on = new Uint8Array(img.width * img.height);
  for (let i = 0; i < on.length; i++) on[i] = px[i * 4 + 3]! >= 128 ? 1 : 0;
  return { width: img.width, height: img.height, on };
}

/** What the original paints, at half opacity or more. */
export function originalSilhouette(svg: string, widthPx: number): Mask {
  return render(svg, widthPx);
}

/** What the imported pin makes: every metal and enamel item, on the artboard the import set. */
export function importedSilhouette(doc: PinDocument, widthPx: number): Mask {
  const art = doc.order.map((id) => doc.items[id]!).filter((it) => it.kind === 'metal-line' || it.kind === 'metal-area' || it.kind === 'enamel-fill');
  const rings = art.length ? regionRings(union(...art.map(itemRegion))) : [];
  const d = rings.map((r) => `M${r.map((v) => +v.toFixed(5)).join(' ')}Z`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${doc.artboard.width}mm" height="${doc.artboard.height}mm" viewBox="0 0 ${doc.artboard.width} ${doc.artboard.height}"><path fill-rule="nonzero" d="${d}"/></svg>`;
  return render(svg, widthPx);
}

/** Intersection over union of two silhouettes of one size (1 when both are empty). */
export function overlap(a: Mask, b: Mask): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.on.length; i++) {
    both += a.on[i]! & b.on[i]!;
    either += a.on[i]! | b.on[i]!;
  }
  return either ? both / either : 1;
}
