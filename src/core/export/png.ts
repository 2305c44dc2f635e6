import { initWasm, Resvg, type InitInput } from '@resvg/resvg-wasm';

let ready: Promise<void> | null = null;

/**
 * An SVG→PNG renderer (resvg in WebAssembly: the same pixels in the browser and in Node). The
 * host hands over the .wasm (bytes in Node, a URL in the browser); it is initialised once.
 */
export async function pngRenderer(wasm: InitInput | (() => InitInput)): Promise<(svg: string) => Uint8Array> {
  ready ??= initWasm(typeof wasm === 'function' ? wasm() : wasm).catch((e: unknown) => {
    ready = null;
    throw e;
  });
  await ready;
  // No text in the mockup, so no fonts: nothing from the system leaks into the pixels.
  return (svg) => new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2 }).render().asPng();
}
