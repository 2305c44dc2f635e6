import { useEffect, useMemo, useRef, useState } from 'react';
import type { CheckReport } from '../core/checks/index.ts';
import { colourwayDoc } from '../core/colourways/colourways.ts';
import type { PinDocument } from '../core/document/types.ts';
import { createLiveChecker, type LiveReport } from '../editor/liveChecks.ts';

/** A colourway's verdict: only ever about the colourway of the pin on screen. */
export type ColourwayVerdict =
  | { state: 'checking' }
  | { state: 'done'; report: CheckReport }
  | { state: 'failed'; reason: string };

/**
 * Checks every colourway of the pin (each is a whole pin the checks judge on its own), one after
 * another on a checker of their own (kept while the pin has colourways), fed while `active` (the
 * editor passes "the pin's own verdict is in and nothing is being dragged", so the pin on screen
 * is checked first). A verdict is shown only for the colourway made from the very document on
 * screen; until its check is done it is "checking". Colourways share the pin's unchanged items, so
 * the checker's cache carries over.
 */
export interface ColourwayChecks {
  docs: Map<string, PinDocument>;
  verdicts: Map<string, ColourwayVerdict>;
}

export function useColourwayChecks(doc: PinDocument, active: boolean): ColourwayChecks {
  const docs = useMemo(() => new Map((doc.colourways ?? []).map((cw) => [cw.id, colourwayDoc(doc, cw)])), [doc]);
  const known = useRef(new WeakMap<PinDocument, LiveReport>());
  const [, rerender] = useState(0);
  const checker = useRef<ReturnType<typeof createLiveChecker> | null>(null);
  const latest = useRef(docs);
  latest.current = docs;
  const next = () => [...latest.current.values()].find((d) => !known.current.has(d));
  // No colourways, no checker (nor its Worker).
  const has = docs.size > 0;
  const activeRef = useRef(active);
  activeRef.current = active;
  useEffect(() => {
    if (!has) return undefined;
    const c = createLiveChecker((r) => {
      if (r.doc) known.current.set(r.doc, r);
      rerender((n) => n + 1);
      // After the checker has finished with this report (it may send what was queued meanwhile).
      setTimeout(() => {
        const todo = next();
        if (todo && activeRef.current && checker.current === c) c.update(todo);
      }, 0);
    });
    checker.current = c;
    return () => {
      c.dispose();
      if (checker.current === c) checker.current = null;
    };
  }, [has]);
  useEffect(() => {
    const todo = next();
    if (active && todo) checker.current?.update(todo);
  }, [docs, active, has]);
  const verdicts = new Map<string, ColourwayVerdict>();
  for (const [id, d] of docs) {
    const r = known.current.get(d);
    verdicts.set(id, !r ? { state: 'checking' } : r.result.ok ? { state: 'done', report: r.result.report } : { state: 'failed', reason: r.result.reason });
  }
  return { docs, verdicts };
}
