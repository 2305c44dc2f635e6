/// <reference lib="webworker" />
import { fail, ok, type Result } from '../core/result.ts';
import { decodeRaster, traceableImage, type Raster } from '../core/trace/raster.ts';
import { guessMode, traceImage } from '../core/trace/trace.ts';
import type { TraceReply, TraceRequest } from './tracer.ts';

// Tracing off the main thread: the drawing is decoded once (by the browser's own decoder when it
// has one, after the header passed the size limits) and kept for every preview that follows.

let image: Raster | null = null;

async function decode(bytes: Uint8Array, name: string): Promise<Result<Raster>> {
  const can = traceableImage(bytes, name);
  if (!can.ok) return can;
  if (typeof createImageBitmap === 'function' && typeof OffscreenCanvas === 'function') {
    try {
      const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
      const { width, height } = bitmap;
      const ctx = new OffscreenCanvas(width, height).getContext('2d');
      if (ctx) {
        ctx.drawImage(bitmap, 0, 0);
        bitmap.close();
        const data = ctx.getImageData(0, 0, width, height).data;
        return ok({ width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
      }
    } catch {
      // The browser could not: the JavaScript decoders say why, or read it after all.
    }
  }
  return decodeRaster(bytes, name);
}

const post = (m: TraceReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** A small made-up drawing (a ring, two colours, a line) traced both ways: the code gets optimised. */
function warmUp(): void {
  const w = 320;
  const data = new Uint8Array(w * w * 4);
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const r = Math.hypot(x - w / 2, y - w / 2);
      const ink = (r > 120 && r < 132) || (Math.abs(x - w / 2) < 5 && r < 120);
      const c = ink ? [20, 20, 20] : r < 120 ? (x < w / 2 ? [200, 30, 40] : [30, 90, 200]) : [255, 255, 255];
      data.set([c[0]!, c[1]!, c[2]!, 255], (y * w + x) * 4);
    }
  }
  for (const mode of ['flat-colour', 'line-art'] as const) traceImage({ width: w, height: w, data }, { mode, sizeMm: 25 });
}

self.onmessage = async (e: MessageEvent<TraceRequest>) => {
  const m = e.data;
  if (m.type === 'warm') { warmUp(); return; }
  if (m.type === 'load') {
    const r = await decode(new Uint8Array(m.bytes), m.name).catch((x: unknown) => fail(`${m.name} could not be read (${String(x)})`));
    image = r.ok ? r.value : null;
    post(r.ok ? { type: 'loaded', width: r.value.width, height: r.value.height, mode: guessMode(r.value) } : { type: 'failed', seq: 0, reason: r.reason });
    return;
  }
  if (!image) { post({ type: 'failed', seq: m.seq, reason: 'No drawing is loaded.' }); return; }
  const r = traceImage(image, { ...m.options, onProgress: (step, done) => post({ type: 'progress', seq: m.seq, step, done }) });
  post(r.ok ? { type: 'done', seq: m.seq, doc: r.value.doc, stats: r.value.stats } : { type: 'failed', seq: m.seq, reason: r.reason });
};
