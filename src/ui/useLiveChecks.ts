import { useEffect, useRef, useState } from 'react';
import type { CheckReport } from '../core/checks/index.ts';
import type { PinDocument } from '../core/document/types.ts';
import type { ColorArea } from '../core/editing/colorAreas.ts';
import { createLiveChecker } from '../editor/liveChecks.ts';

/**
 * The live check report of the open pin, with the enamel areas and the time it took. The checker
 * (and its Worker) is made in an effect, so React's StrictMode remount in development gets a
 * fresh one instead of reusing a terminated Worker. A drag is checked where it lands:
 * re-checking every intermediate position keeps a core busy and starves the frames the drag
 * needs (measured: 30 fps vs 57 fps on a 2,000-item pin).
 */
export function useLiveChecks(doc: PinDocument, paused: boolean) {
  const [report, setReport] = useState<CheckReport | null>(null);
  const [ms, setMs] = useState<number | null>(null);
  const [areas, setAreas] = useState<ColorArea[]>([]);
  const checker = useRef<ReturnType<typeof createLiveChecker> | null>(null);
  const reportFor = useRef<PinDocument | null>(null);
  const latest = useRef(doc);
  latest.current = doc;
  useEffect(() => {
    const c = createLiveChecker((r) => {
      if (r.result.ok) {
        setReport(r.result.report);
        reportFor.current = r.doc ?? null;
      }
      setMs(r.ms);
      setAreas(r.areas);
    });
    checker.current = c;
    if (latest.current.order.length) c.update(latest.current);
    return () => {
      c.dispose();
      if (checker.current === c) checker.current = null;
    };
  }, []);
  useEffect(() => { if (!paused) checker.current?.update(doc); }, [doc, paused]);
  /** True when the report is of this very document (the export may reuse it). */
  return { report, ms, areas, reportIsCurrent: reportFor.current === doc };
}
