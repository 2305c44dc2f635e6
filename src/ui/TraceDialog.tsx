import { useEffect, useMemo, useRef, useState } from 'react';
import type { PinDocument } from '../core/document/types.ts';
import { thumbnailUrl } from '../core/editing/thumbnail.ts';
import type { TraceMode, TraceStats } from '../core/trace/trace.ts';
import { tracerFor, type Tracer } from '../editor/tracer.ts';

export interface TraceDialogProps {
  file: File;
  /** The traced pin, to open as a new pin (it goes straight into the checks). */
  onCreate: (doc: PinDocument, note: string) => void;
  onClose: () => void;
}

const PREVIEW_PX = 260;
const WHITE_ENAMEL = { hex: '#FFFFFF', code: 'White' };
/** Options settle this long before the drawing is traced again (a slider drag traces once). */
const RETRACE_MS = 180;

/**
 * A drawing into a pin: the drawing beside a live preview of the pin it makes, with the mode, size,
 * threshold (line art) or colour count (flat colour), detail, smoothness and rim; progress for
 * big images. Nothing changes in the open pin until "Make the pin".
 */
export function TraceDialog({ file, onCreate, onClose }: TraceDialogProps) {
  const tracer = useRef<Tracer | null>(null);
  const [loaded, setLoaded] = useState<{ width: number; height: number } | null>(null);
  const [mode, setMode] = useState<TraceMode>('line-art');
  const [size, setSize] = useState('30');
  const [threshold, setThreshold] = useState<number | null>(null);
  const [colours, setColours] = useState(6);
  const [detail, setDetail] = useState(0.5);
  const [smoothness, setSmoothness] = useState(0.5);
  const [rim, setRim] = useState('1');
  const [walls, setWalls] = useState(true);
  const [fillWhite, setFillWhite] = useState(false);
  const [result, setResult] = useState<{ doc: PinDocument; stats: TraceStats; seq: number } | null>(null);
  const [asked, setAsked] = useState(0);
  const [progress, setProgress] = useState<{ step: string; done: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const original = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(original), [original]);

  useEffect(() => {
    const t = tracerFor(file);
    t.listen((r) => {
      if (r.type === 'loaded') { setLoaded({ width: r.width, height: r.height }); setMode(r.mode); }
      else if (r.type === 'progress') setProgress({ step: r.step, done: r.done });
      else if (r.type === 'done') { setResult({ doc: r.doc, stats: r.stats, seq: r.seq }); setProgress(null); setError(null); }
      else { setError(r.reason); setProgress(null); }
    });
    tracer.current = t;
    return () => t.dispose();
  }, [file]);

  const sizeMm = Number(size);
  const rimMm = Number(rim);
  const valid = sizeMm >= 5 && sizeMm <= 150 && rimMm > 0 && rimMm <= 5;
  useEffect(() => {
    if (!loaded || !valid) return undefined;
    const timer = setTimeout(() => {
      const seq = tracer.current?.trace({
        mode, sizeMm, rimMm, detail, smoothness, name: file.name.replace(/\.(png|jpe?g)$/i, ''),
        ...(mode === 'line-art' && threshold !== null ? { threshold } : {}), ...(mode === 'flat-colour' ? { colours, walls } : {}),
        ...(mode === 'line-art' && fillWhite ? { fillCells: WHITE_ENAMEL } : {}),
      });
      if (seq) setAsked(seq);
    }, asked ? RETRACE_MS : 0);
    return () => clearTimeout(timer);
  }, [loaded, mode, sizeMm, rimMm, threshold, colours, detail, smoothness, walls, fillWhite, valid]);

  // The preview is of the options on screen, or it says it is being traced.
  const current = result && result.seq === asked ? result : null;
  const stats = current?.stats;
  const colourList = current ? current.doc.order.map((id) => current.doc.items[id]!).flatMap((it) => (it.kind === 'enamel-fill' ? [it.color] : [])) : [];
  const shownThreshold = threshold ?? stats?.threshold ?? 128;
  const slider = (label: string, value: number, set: (v: number) => void, hint: string) => (
    <label className="field">{label} <span className="muted small">{hint}</span>
      <input type="range" min={0} max={1} step={0.05} value={value} aria-label={label} onChange={(e) => set(Number(e.target.value))} />
    </label>
  );
  const make = () => {
    if (!current) return;
    const what = current.stats.mode === 'line-art'
      ? (current.stats.colours ? 'its cells in White enamel' : `${current.stats.cells} cell(s) to fill with the bucket`)
      : `${current.stats.colours} enamel colour(s) snapped to PMS`;
    onCreate(current.doc, `Traced ${file.name}: raised metal at its real width, ${what}, a die line with a ${rimMm} mm rim. The checks say what is left to fix.`);
  };

  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="dialog trace" role="dialog" aria-modal="true" aria-label="Trace a drawing">
        <header>
          <h2>Trace {file.name}</h2>
          {loaded && <span className="muted small">{loaded.width} × {loaded.height} px</span>}
          <button type="button" className="close" aria-label="Close without tracing" onClick={onClose}>×</button>
        </header>
        <div className="trace-body">
          <figure>
            <img src={original} alt={`The drawing ${file.name}`} width={PREVIEW_PX} />
            <figcaption className="muted small">The drawing</figcaption>
          </figure>
          <figure aria-label="Traced pin preview">
            {current ? <img src={thumbnailUrl(current.doc, PREVIEW_PX)} alt="The pin it makes" width={PREVIEW_PX} />
              : <div className="trace-pending" style={{ width: PREVIEW_PX, height: PREVIEW_PX }}>{error ? '' : 'Tracing…'}</div>}
            <figcaption className="small" role="status">
              {error ? <span className="error-text">{error}</span>
                : !current ? (progress ? `${progress.step}… ${Math.round(progress.done * 100)} %` : 'Tracing…')
                : stats?.mode === 'line-art'
                  ? `Metal ${stats.metalMm2.toFixed(0)} mm² · ${stats.colours ? 'cells in White enamel' : `${stats.cells} cell(s) for the bucket`}`
                  : <>{colourList.length} colour{colourList.length === 1 ? '' : 's'}: {colourList.map((c) => <span key={c.code ?? c.hex} className="trace-colour"><span className="swatch" style={{ background: c.hex }} />{c.code ?? c.hex}</span>)}</>}
            </figcaption>
            {progress && !current && <div className="progress" role="progressbar" aria-label={progress.step} aria-valuenow={Math.round(progress.done * 100)}><span style={{ width: `${progress.done * 100}%` }} /></div>}
          </figure>
          <section className="trace-options" aria-label="Tracing options">
            <fieldset>
              <legend>The drawing is</legend>
              <label><input type="radio" name="trace-mode" checked={mode === 'line-art'} onChange={() => setMode('line-art')} /> line art (dark lines become metal)</label>
              <label><input type="radio" name="trace-mode" checked={mode === 'flat-colour'} onChange={() => setMode('flat-colour')} /> flat colour (areas become enamel)</label>
            </fieldset>
            <div className="grid2">
              <label className="field">Pin size (mm, longest side)
                <input type="number" min={5} max={150} step={0.5} value={size} aria-invalid={!(sizeMm >= 5 && sizeMm <= 150)} onChange={(e) => setSize(e.target.value)} />
              </label>
              <label className="field">Rim (mm)
                <input type="number" min={0.2} max={5} step={0.1} value={rim} aria-invalid={!(rimMm > 0 && rimMm <= 5)} onChange={(e) => setRim(e.target.value)} />
              </label>
            </div>
            {!valid && <p className="error-text small" role="alert">The pin size is 5–150 mm and the rim more than 0 and at most 5 mm.</p>}
            {mode === 'line-art' ? (
              <>
              <label className="check"><input type="checkbox" checked={fillWhite} onChange={(e) => setFillWhite(e.target.checked)} /> fill the cells with White enamel (else they wait for the bucket)</label>
              <label className="field">Threshold <span className="muted small">{threshold === null ? `auto (${shownThreshold})` : shownThreshold}: darker than this is ink</span>
                <input type="range" min={0} max={255} step={1} value={shownThreshold} aria-label="Threshold" onChange={(e) => setThreshold(Number(e.target.value))} />
              </label>
              </>
            ) : (
              <>
                <label className="field">Colours at most
                  <input type="number" min={1} max={12} step={1} value={colours} aria-label="Colours at most" onChange={(e) => { const v = Math.round(Number(e.target.value)); if (v >= 1 && v <= 12) setColours(v); }} />
                </label>
                <label className="check"><input type="checkbox" checked={walls} onChange={(e) => setWalls(e.target.checked)} /> metal walls where two colours touch (hard enamel needs them)</label>
              </>
            )}
            {slider('Detail', detail, setDetail, 'finer lines and smaller areas kept')}
            {slider('Smoothness', smoothness, setSmoothness, 'rounder curves, fewer points')}
          </section>
        </div>
        <footer>
          <div className="row">
            <button type="button" className="primary" disabled={!current} onClick={make}>Make the pin</button>
            <button type="button" onClick={onClose}>Cancel</button>
            <span className="muted small">Opens as a new pin; the one open now stays in My pins.</span>
          </div>
        </footer>
      </div>
    </div>
  );
}
