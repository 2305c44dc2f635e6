import { useEffect, useRef } from 'react';
import { warmTracer } from '../editor/tracer.ts';
import { prepareExportDialog } from './ExportDialog.tsx';

/**
 * Once the first verdict is on screen and the browser is idle, what later actions wait for is
 * made ready in the background: the export's code, fonts and WebAssembly (Preview proof then does
 * not wait 1.3 s for them), and a tracing Worker that has traced once (its first trace of a
 * 2000 px drawing took 2.5× its later ones in Chromium).
 */
export function usePrepareWhenIdle(verdictShown: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !verdictShown || typeof requestIdleCallback === 'undefined') return;
    const timer = setTimeout(() => {
      done.current = true;
      requestIdleCallback(prepareExportDialog, { timeout: 10_000 });
      setTimeout(() => requestIdleCallback(warmTracer, { timeout: 20_000 }), WARM_TRACER_AFTER_MS);
    }, 1500);
    return () => clearTimeout(timer);
  }, [verdictShown]);
}

/** The tracer warms up later than the export loads: the export is the likelier next step. */
const WARM_TRACER_AFTER_MS = 4000;
