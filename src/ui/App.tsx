import { useEffect, useState } from 'react';
import { runChecks, type CheckReport } from '../core/checks/index.ts';
import type { PinDocument } from '../core/document/types.ts';
import { importSvg } from '../core/io/svg/import.ts';
import { PinPreview } from './PinPreview.tsx';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; doc: PinDocument; report: CheckReport };

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    fetch('/sample-pin.svg')
      .then((r) => r.text())
      .then((text) => {
        const imported = importSvg(text, { name: 'Mountain badge' });
        if (!imported.ok) return setState({ status: 'error', message: imported.error });
        const run = runChecks(imported.doc);
        if (!run.ok) return setState({ status: 'error', message: run.reason });
        setState({ status: 'ready', doc: imported.doc, report: run.report });
      })
      .catch((e: unknown) => setState({ status: 'error', message: String(e) }));
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Pinsmith</span>
        <span className="hint">Enamel pin designer with factory checks. The drawing tools arrive next; this page shows the sample pin and its check report.</span>
      </header>
      <main className="body">
        {state.status === 'loading' && <p>Loading the sample pin…</p>}
        {state.status === 'error' && <p role="alert">Could not open the sample pin: {state.message}</p>}
        {state.status === 'ready' && (
          <>
            <section className="canvas" aria-label="Pin">
              <PinPreview doc={state.doc} violations={state.report.violations} />
            </section>
            <aside className="panel" aria-label="Checks">
              <h2>Checks <small>({state.report.profile})</small></h2>
              {state.report.violations.length === 0
                ? <p className="clean">No problems: a factory can make this pin as drawn.</p>
                : (
                  <ul>
                    {state.report.violations.map((v, i) => (
                      <li key={i} className={v.severity}><b>{v.rule}</b> {v.message}</li>
                    ))}
                  </ul>
                )}
            </aside>
          </>
        )}
      </main>
    </div>
  );
}
