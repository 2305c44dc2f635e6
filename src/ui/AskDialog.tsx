import { useRef, useState, type ReactNode } from 'react';

// An in-app question instead of the browser's prompt(): it looks like the editor, validates as
// you type, and Esc or Cancel says that nothing changed.

export interface Question {
  title: string;
  label: string;
  initial?: string;
  /** A number field (with its unit shown), or free text. */
  kind: 'number' | 'text';
  unit?: string;
  okLabel?: string;
  /** Why the answer cannot be taken, or undefined when it can. */
  check?: (value: string) => string | undefined;
  /** Said when the question is cancelled. */
  cancelled?: string;
}

/** ask(question) resolves to the answer, or null when cancelled (having said so through `tell`). */
export function useAsk(tell: (text: string) => void): { ask: (q: Question) => Promise<string | null>; dialog: ReactNode } {
  const [open, setOpen] = useState<{ q: Question; resolve: (v: string | null) => void } | null>(null);
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const ask = (q: Question) => new Promise<string | null>((resolve) => {
    setValue(q.initial ?? '');
    setOpen({ q, resolve });
  });
  const close = (answer: string | null) => {
    if (!open) return;
    if (answer === null) tell(open.q.cancelled ?? 'Cancelled: nothing changed.');
    open.resolve(answer);
    setOpen(null);
  };
  const problem = open?.q.check?.(value);
  const dialog = open && (
    <div className="dialog-backdrop" onMouseDown={() => close(null)}>
      <form className="dialog ask" role="dialog" aria-modal="true" aria-label={open.q.title} onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(null); } }}
        onSubmit={(e) => { e.preventDefault(); if (!problem) close(value.trim()); }}>
        <header><h2>{open.q.title}</h2><button type="button" aria-label="Cancel" onClick={() => close(null)}>×</button></header>
        <div className="ask-body">
          <label className="field">{open.q.label}
            <span className="ask-input">
              {open.q.kind === 'number'
                ? <input ref={input} autoFocus type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!!problem} />
                : <input ref={input} autoFocus type="text" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!!problem} />}
              {open.q.unit && <span className="muted">{open.q.unit}</span>}
            </span>
          </label>
          {problem && <p className="ask-problem" role="alert">{problem}</p>}
        </div>
        <footer>
          <button type="button" onClick={() => close(null)}>Cancel</button>
          <button type="submit" className="primary" disabled={!!problem}>{open.q.okLabel ?? 'OK'}</button>
        </footer>
      </form>
    </div>
  );
  return { ask, dialog };
}

export const RIM_QUESTION: Question = {
  title: 'Die line around the artwork',
  label: 'Rim width',
  unit: 'mm',
  kind: 'number',
  initial: '1',
  okLabel: 'Make die line',
  check: (v) => (!(Number(v) > 0) ? 'a width above 0 mm' : Number(v) > 10 ? 'at most 10 mm' : undefined),
  cancelled: 'No die line was made: nothing changed.',
};

export const WAIVER_QUESTION: Question = {
  title: 'Waive this finding',
  label: 'Why is this acceptable? (kept with the pin and shown to the factory)',
  kind: 'text',
  okLabel: 'Waive',
  check: (v) => (v.trim() ? undefined : 'say why, for the factory'),
  cancelled: 'Not waived: nothing changed.',
};
