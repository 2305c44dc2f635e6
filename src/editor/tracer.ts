import type { PinDocument } from '../core/document/types.ts';
import type { TraceMode, TraceOptions, TraceStats } from '../core/trace/trace.ts';

// The editor's tracer: a Worker that holds the decoded drawing and traces it again for every
// change of the options (only the newest request is traced; older ones are dropped).

export type TraceRequest =
  | { type: 'warm' }
  | { type: 'load'; bytes: ArrayBuffer; name: string }
  | { type: 'trace'; seq: number; options: Omit<TraceOptions, 'onProgress'> };

export type TraceReply =
  | { type: 'loaded'; width: number; height: number; mode: TraceMode }
  | { type: 'progress'; seq: number; step: string; done: number }
  | { type: 'done'; seq: number; doc: PinDocument; stats: TraceStats }
  | { type: 'failed'; seq: number; reason: string };

export interface Tracer {
  /** Who hears the replies; those that came before anyone listened are handed over at once. */
  listen(onReply: (r: TraceReply) => void): void;
  load(bytes: ArrayBuffer, name: string): void;
  /** Trace with these options; the reply carries this request's number. */
  trace(options: Omit<TraceOptions, 'onProgress'>): number;
  dispose(): void;
}

const canUseWorker = () => typeof Worker !== 'undefined' && typeof window !== 'undefined' && !navigator.userAgent.includes('jsdom');
const newWorker = () => new Worker(new URL('./trace.worker.ts', import.meta.url), { type: 'module' });
let spare: Worker | null = null;

/**
 * A tracing Worker made ahead, while the editor is idle, that traces a small made-up drawing once:
 * a Worker's first trace ran 2.5× slower than later ones (its code not yet optimised), and the
 * first trace is the one the artist waits for.
 */
export function warmTracer(): void {
  if (spare || !canUseWorker()) return;
  spare = newWorker();
  spare.postMessage({ type: 'warm' } satisfies TraceRequest);
}

export function createTracer(): Tracer {
  let seq = 0;
  let onReply: ((r: TraceReply) => void) | null = null;
  const early: TraceReply[] = [];
  let busy = false;
  let queued: TraceRequest | null = null;
  const reply = (r: TraceReply) => {
    if (r.type === 'done' || r.type === 'failed' || r.type === 'loaded') {
      busy = false;
      if (queued) { const q = queued; queued = null; send(q); }
    }
    // A newer request is waiting: this answer is already out of date.
    if ((r.type === 'done' || r.type === 'progress') && r.seq !== seq) return;
    if (onReply) onReply(r); else early.push(r);
  };
  let worker: Worker | null = canUseWorker() ? spare ?? newWorker() : null;
  spare = null;
  if (worker) worker.onmessage = (e: MessageEvent<TraceReply>) => reply(e.data);
  // Without a Worker (tests) the same code runs here.
  let image: Promise<import('../core/trace/raster.ts').Raster | null> = Promise.resolve(null);
  const inline = async (m: TraceRequest) => {
    const [{ decodeRaster }, { guessMode, traceImage }] = await Promise.all([import('../core/trace/raster.ts'), import('../core/trace/trace.ts')]);
    if (m.type === 'warm') return;
    if (m.type === 'load') {
      const r = decodeRaster(new Uint8Array(m.bytes), m.name);
      image = Promise.resolve(r.ok ? r.value : null);
      reply(r.ok ? { type: 'loaded', width: r.value.width, height: r.value.height, mode: guessMode(r.value) } : { type: 'failed', seq: 0, reason: r.reason });
      return;
    }
    const img = await image;
    if (!img) { reply({ type: 'failed', seq: m.seq, reason: 'No drawing is loaded.' }); return; }
    const r = traceImage(img, m.options);
    reply(r.ok ? { type: 'done', seq: m.seq, doc: r.value.doc, stats: r.value.stats } : { type: 'failed', seq: m.seq, reason: r.reason });
  };
  const send = (m: TraceRequest) => {
    busy = true;
    if (worker) worker.postMessage(m, m.type === 'load' ? [m.bytes] : []);
    else void inline(m);
  };
  return {
    listen(fn) {
      onReply = fn;
      for (const r of early.splice(0)) fn(r);
    },
    load(bytes, name) { send({ type: 'load', bytes, name }); },
    trace(options) {
      const m: TraceRequest = { type: 'trace', seq: ++seq, options };
      if (busy) queued = m; else send(m);
      return seq;
    },
    dispose() { worker?.terminate(); worker = null; },
  };
}

let started: { file: File; tracer: Tracer } | null = null;

/**
 * Starts tracing a picked file at once (the Worker loads and the browser decodes the drawing)
 * while the trace dialog's own code is still loading.
 */
export function startTracing(file: File): void {
  started?.tracer.dispose();
  const tracer = createTracer();
  started = { file, tracer };
  void file.arrayBuffer().then((b) => tracer.load(b, file.name), () => tracer.listen(() => {}));
}

/** The tracer started for this file, or a new one loading it. */
export function tracerFor(file: File): Tracer {
  if (started?.file === file) {
    const t = started.tracer;
    started = null;
    return t;
  }
  const tracer = createTracer();
  void file.arrayBuffer().then((b) => tracer.load(b, file.name));
  return tracer;
}
