import type { CheckSession, RunResult } from '../core/checks/index.ts';
import type { ColorArea } from '../core/editing/colorAreas.ts';
import { diffDocuments } from '../core/document/patch.ts';
import type { PinDocument } from '../core/document/types.ts';
import { STALL_MS } from './checkBudget.ts';

export interface LiveReport {
  result: RunResult;
  /** Enamel area per colour, for the palette panel. */
  areas: ColorArea[];
  /** Time the check took, for the status bar. */
  ms: number;
  /** The document this report is about (the export reuses the report only for that very one). */
  doc?: PinDocument;
}

const canUseWorker = () => typeof Worker !== 'undefined' && typeof window !== 'undefined' && !('happyDOM' in window) && !navigator.userAgent.includes('jsdom');
const newWorker = () => new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' });
let spare: Worker | null = null;

/**
 * Starts the checks' Worker as the page loads, before the editor is drawn or a pin is read, so its
 * code loads and warms up on the other core meanwhile; the first live checker takes it.
 */
export function startCheckWorker(): void {
  if (!spare && canUseWorker()) spare = newWorker();
}

/**
 * Runs the checks after every edit, in a Worker when the browser has one (checks take longer than
 * a frame on busy pins). Only the newest document is checked: edits that arrive while a check runs
 * are folded into the next one.
 */
export function createLiveChecker(onReport: (r: LiveReport) => void) {
  let worker = canUseWorker() ? spare ?? newWorker() : null;
  spare = null;
  let stall: ReturnType<typeof setTimeout> | undefined;
  // Without a Worker (tests, old browsers) the checks run here, loaded on first use.
  let inline: Promise<{ session: CheckSession; areas: (d: PinDocument) => ColorArea[] }> | null = worker ? null
    : Promise.all([import('../core/checks/index.ts'), import('../core/editing/colorAreas.ts')]).then(([m, a]) => ({ session: new m.CheckSession(), areas: a.colorAreas }));
  let sent: PinDocument | null = null;
  let pending: PinDocument | null = null;
  let busy = false;
  let seq = 0;
  let inFlight: PinDocument | null = null;

  const send = (doc: PinDocument) => {
    busy = true;
    inFlight = doc;
    seq++;
    if (worker) {
      worker.postMessage(sent ? { seq, patch: diffDocuments(sent, doc) } : { seq, full: doc });
      sent = doc;
      const started = performance.now();
      clearTimeout(stall);
      stall = setTimeout(() => {
        // Stuck: a fresh Worker (it is sent the whole document next), and the panel is told.
        worker!.terminate();
        worker = newWorker();
        worker.onmessage = onMessage;
        sent = null;
        const waited = Math.round((performance.now() - started) / 1000);
        done({ result: { ok: false, reason: `the checks stopped answering after ${waited} s on this design and were restarted. Something here is too complex to check; undo the last change or simplify the artwork, and the checks run again` }, areas: [], ms: performance.now() - started });
      }, STALL_MS);
    } else {
      void inline!.then(({ session, areas }) => {
        const t0 = performance.now();
        const result = session.run(doc);
        sent = doc;
        done({ result, ms: performance.now() - t0, areas: areas(doc) });
      });
    }
  };
  const done = (r: LiveReport) => {
    clearTimeout(stall);
    busy = false;
    onReport({ ...r, ...(inFlight ? { doc: inFlight } : {}) });
    if (pending) {
      const next = pending;
      pending = null;
      send(next);
    }
  };
  const onMessage = (e: MessageEvent<LiveReport & { seq: number }>) => done(e.data);
  if (worker) worker.onmessage = onMessage;

  return {
    update(doc: PinDocument) {
      if (doc === sent && !busy) return;
      if (busy) pending = doc;
      else send(doc);
    },
    dispose() {
      clearTimeout(stall);
      worker?.terminate();
      inline = null;
    },
  };
}
