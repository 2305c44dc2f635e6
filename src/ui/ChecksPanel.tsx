import type { CheckReport, Suggestion, Violation } from '../core/checks/index.ts';
import { CheckingNote } from './CheckingNote.tsx';

export interface ChecksPanelProps {
  report: CheckReport | null;
  busyMs: number | null;
  /** The report is of the pin on screen; otherwise it is an older one, shown as such. */
  current?: boolean;
  /** When the pin on screen began waiting for its report. */
  checkingSince?: number | null;
  /** The checks of the pin on screen could not run. */
  failure?: string | null;
  /** False while another tab edits the pin: no fix or waive buttons here. */
  canEdit?: boolean;
  focus: Violation | null;
  onFocus: (v: Violation) => void;
  onFix: (v: Violation, s: Suggestion) => void;
  /** More one-click fixes for a finding (a bare recess: fill it, make it metal, cut it out). */
  fixesFor?: (v: Violation) => Array<{ label: string; apply: () => void }>;
  /** Accept a finding on purpose, with the reason (kept in the pin and shown on the proof). */
  /** Waive a finding: the editor asks why (the reason is kept with the pin and shown to the factory). */
  onWaive: (v: Violation) => void;
}

const FIXABLE = new Set(['snap-color', 'set-width', 'set-spec']);

function fixLabel(s: Suggestion): string {
  if (s.kind === 'snap-color') return `Use ${s.code}`;
  if (s.kind === 'set-width') return `Widen to ${s.width} mm`;
  if (s.kind === 'set-spec') return typeof s.value === 'string' ? `Use ${s.value.replace('-', ' ')}` : s.field === 'posts' ? `Use ${String(s.value)} posts` : 'Fix the spec';
  return '';
}

/** Problems grouped by rule, errors first; a click zooms to the problem and selects its items. */
export function ChecksPanel({ report, busyMs, current = true, checkingSince = null, failure = null, canEdit = true, focus, onFocus, onFix, onWaive, fixesFor }: ChecksPanelProps) {
  const waiting = failure ? <p className="error-text" role="alert">The checks could not run on this pin: {failure}</p>
    : <p className="muted"><CheckingNote since={checkingSince} /></p>;
  if (!report) return <section className="panel-section" aria-label="Checks"><h2>Checks</h2>{waiting}</section>;
  const live = report.violations.filter((v) => !v.waived);
  const groups = new Map<string, Violation[]>();
  for (const v of live) groups.set(v.rule, [...(groups.get(v.rule) ?? []), v]);
  return (
    <section className={`panel-section${current ? '' : ' stale'}`} aria-label="Checks" aria-busy={!current}>
      <h2>
        Checks <small className="muted">{report.profile}</small>
        {current && (
          <span className="counts">
            <span className="count error" title="errors">{report.summary.errors}</span>
            <span className="count warning" title="warnings">{report.summary.warnings}</span>
          </span>
        )}
      </h2>
      {!current && waiting}
      {!current && live.length > 0 && <p className="muted small">Findings from before your last change, until the new ones are in:</p>}
      {current && live.length === 0 && <p className="clean">No problems: a factory can make this pin as drawn.</p>}
      {[...groups.entries()].map(([rule, vs]) => (
        <details key={rule} open className="rule-group">
          <summary>
            <span className={`dot ${vs.some((v) => v.severity === 'error') ? 'error' : 'warning'}`} />
            {rule} <span className="muted">({vs.length})</span>
          </summary>
          <ul>
            {vs.map((v, i) => (
              <li key={i} className={`${v.severity}${focus === v ? ' active' : ''}`}>
                <button type="button" className="problem" disabled={!current} onClick={() => onFocus(v)}>{v.message}</button>
                {current && canEdit && v.suggestion && FIXABLE.has(v.suggestion.kind) && (v.suggestion.kind !== 'set-width' || v.items.length > 0) && (
                  <button type="button" className="fix" onClick={() => onFix(v, v.suggestion!)}>{fixLabel(v.suggestion)}</button>
                )}
                {current && canEdit && fixesFor?.(v).map((x) => <button key={x.label} type="button" className="fix" onClick={x.apply}>{x.label}</button>)}
                {current && canEdit && <button type="button" className="waive" onClick={() => onWaive(v)}>Waive…</button>}
              </li>
            ))}
          </ul>
        </details>
      ))}
      {report.summary.waived > 0 && (
        <details className="rule-group">
          <summary className="muted">{report.summary.waived} waived</summary>
          <ul>{report.violations.filter((v) => v.waived).map((v, i) => (
            <li key={i} className="waived"><span className="problem">{v.rule}: {v.waived!.comment}</span></li>
          ))}</ul>
        </details>
      )}
      {current && busyMs !== null && <p className="muted small">checked in {busyMs.toFixed(0)} ms</p>}
    </section>
  );
}
