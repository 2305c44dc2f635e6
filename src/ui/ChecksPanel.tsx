import type { CheckReport, Suggestion, Violation } from '../core/checks/index.ts';

export interface ChecksPanelProps {
  report: CheckReport | null;
  busyMs: number | null;
  focus: Violation | null;
  onFocus: (v: Violation) => void;
  onFix: (v: Violation, s: Suggestion) => void;
}

const FIXABLE = new Set(['snap-color', 'set-width']);

function fixLabel(s: Suggestion): string {
  if (s.kind === 'snap-color') return `Use ${s.code}`;
  if (s.kind === 'set-width') return `Widen to ${s.width} mm`;
  return '';
}

/** Problems grouped by rule, errors first; a click zooms to the problem and selects its items. */
export function ChecksPanel({ report, busyMs, focus, onFocus, onFix }: ChecksPanelProps) {
  if (!report) return <section className="panel-section" aria-label="Checks"><h2>Checks</h2><p className="muted">Checking…</p></section>;
  const live = report.violations.filter((v) => !v.waived);
  const groups = new Map<string, Violation[]>();
  for (const v of live) groups.set(v.rule, [...(groups.get(v.rule) ?? []), v]);
  return (
    <section className="panel-section" aria-label="Checks">
      <h2>
        Checks <small className="muted">{report.profile}</small>
        <span className="counts">
          <span className="count error" title="errors">{report.summary.errors}</span>
          <span className="count warning" title="warnings">{report.summary.warnings}</span>
        </span>
      </h2>
      {live.length === 0 && <p className="clean">No problems: a factory can make this pin as drawn.</p>}
      {[...groups.entries()].map(([rule, vs]) => (
        <details key={rule} open className="rule-group">
          <summary>
            <span className={`dot ${vs.some((v) => v.severity === 'error') ? 'error' : 'warning'}`} />
            {rule} <span className="muted">({vs.length})</span>
          </summary>
          <ul>
            {vs.map((v, i) => (
              <li key={i} className={`${v.severity}${focus === v ? ' active' : ''}`}>
                <button type="button" className="problem" onClick={() => onFocus(v)}>{v.message}</button>
                {v.suggestion && FIXABLE.has(v.suggestion.kind) && (v.suggestion.kind !== 'set-width' || v.items.length > 0) && (
                  <button type="button" className="fix" onClick={() => onFix(v, v.suggestion!)}>{fixLabel(v.suggestion)}</button>
                )}
              </li>
            ))}
          </ul>
        </details>
      ))}
      {busyMs !== null && <p className="muted small">checked in {busyMs.toFixed(0)} ms</p>}
    </section>
  );
}
