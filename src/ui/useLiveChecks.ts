import { useEffect, useRef, useState } from 'react';
import type { CheckReport } from '../core/checks/index.ts';
import type { PinDocument } from '../core/document/types.ts';
import type { ColorArea } from '../core/editing/colorAreas.ts';
import { createLiveChecker, type LiveReport } from '../editor/liveChecks.ts';

/**
 * What the panels may say about the pin on screen. A report is the verdict only when it is of
 * this very document; until then the panels say they are checking (since when), and whatever
 * older report they still hold is shown as stale, never as this pin's verdict.
 */
export interface LiveVerdict {
  /** The newest report, of `current ? this document : an older one`. */
  report: CheckReport | null;
  /** Enamel area per colour, from the same run as the report. */
  areas: ColorArea[] | null;
  ms: number | null;
  /** The report (and the areas) are of the document on screen. */
  current: boolean;
  /** performance.now() when the document on screen began waiting for its report. */
  checkingSince: number | null;
  /** The checks of the document on screen failed, with the reason. */
  failure: string | null;
}

/**
 * The live checks of the open pin. The checker (and its Worker) is made in an effect, so React's
 * StrictMode remount in development gets a fresh one instead of reusing a terminated Worker. A
 * drag is checked where it lands: re-checking every intermediate position keeps a core busy and
 * starves the frames the drag needs (measured: 30 fps vs 57 fps on a 2,000-item pin). Nothing is
 * checked until `ready` (the placeholder document before the first pin opens is not a pin).
 */
export function useLiveChecks(doc: PinDocument, paused: boolean, ready = true): LiveVerdict {
  const [last, setLast] = useState<LiveReport | null>(null);
  const [okReport, setOkReport] = useState<LiveReport | null>(null);
  // Every report of a document still held (by history, by the store): undo and redo return to
  // those very objects, so their verdict shows with the change itself instead of being redone.
  const known = useRef(new WeakMap<PinDocument, LiveReport>());
  const checker = useRef<ReturnType<typeof createLiveChecker> | null>(null);
  const latest = useRef({ doc, ready });
  latest.current = { doc, ready };
  useEffect(() => {
    const c = createLiveChecker((r) => {
      if (r.result.ok && r.doc) known.current.set(r.doc, r);
      setLast(r);
      if (r.result.ok) setOkReport(r);
    });
    checker.current = c;
    if (latest.current.ready) c.update(latest.current.doc);
    return () => {
      c.dispose();
      if (checker.current === c) checker.current = null;
    };
  }, []);
  const hit = known.current.get(doc);
  useEffect(() => { if (!paused && ready && !hit) checker.current?.update(doc); }, [doc, paused, ready, hit]);

  const shown = hit ?? okReport;
  const current = shown !== null && shown.doc === doc;
  const since = useRef<{ doc: PinDocument; t: number } | null>(null);
  if (current) since.current = null;
  else if (!since.current) since.current = { doc, t: performance.now() };
  const failure = !hit && last && last.doc === doc && !last.result.ok ? last.result.reason : null;
  return {
    report: shown?.result.ok ? shown.result.report : null,
    areas: shown?.areas ?? null,
    ms: shown?.ms ?? null,
    current,
    checkingSince: current ? null : since.current!.t,
    failure,
  };
}
