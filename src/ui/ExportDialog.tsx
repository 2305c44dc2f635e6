import { useEffect, useMemo, useState } from 'react';
import type { PinDocument, PinSpec } from '../core/document/types.ts';
import type { SourceVersion } from '../core/export/facts.ts';
import { pinBounds } from '../core/kinds/index.ts';
import { mmToInches as mmToIn } from '../core/units.ts';
import { MM_PER_INCH } from '../core/units.ts';
import { exportBundle, prepareExport } from '../editor/exportBundle.ts';
import { BackView } from './BackView.tsx';
import { download, fileStem } from './download.ts';
import { prepareProofViewer, ProofPreview } from './ProofPreview.tsx';
import type { ColourwayChecks } from './useColourwayChecks.ts';
import { numberingAt, type NumberingPlace } from '../core/export/numbering.ts';
import { CheckingNote } from './CheckingNote.tsx';
import type { LiveVerdict } from './useLiveChecks.ts';

export interface ExportDialogProps {
  doc: PinDocument;
  /** The live checks: the export reuses their report when it is of this very document. */
  verdict: Pick<LiveVerdict, 'report' | 'current' | 'checkingSince'>;
  /** The colourways' verdicts: each is made too, so their errors count. */
  colourways?: ColourwayChecks;
  onSpec: (patch: Partial<PinSpec>) => void;
  onScale: (factor: number) => void;
  onClose: () => void;
  onDone: (message: string) => void;
  /** Keep the version being exported; the bundle records it (spec.json, proof header). */
  keepVersion?: () => Promise<SourceVersion | undefined>;
}

const today = () => new Date().toISOString().slice(0, 10);
const NO_COLOURWAYS: ColourwayChecks = { docs: new Map(), verdicts: new Map() };

/** The order spec, the back of the pin and the proof, then one zip for the factory. */
/**
 * Loads what Preview proof and Export need (export code, fonts, the PNG renderer, the PDF viewer);
 * a failure shows when they are used.
 */
export function prepareExportDialog(): void {
  prepareExport().catch(() => {});
  prepareProofViewer().catch(() => {});
}

export function ExportDialog({ doc, verdict, colourways = NO_COLOURWAYS, onSpec, onScale, onClose, onDone, keepVersion }: ExportDialogProps) {
  const s = doc.spec;
  // Spec edits (every keystroke) leave the art alone: the box is recomputed only when the art changes.
  const bounds = useMemo(() => pinBounds(doc), [doc.order, doc.items, doc.artboard]);
  const longest = Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY);
  const [unit, setUnit] = useState<'mm' | 'in'>('mm');
  const [size, setSize] = useState('');
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<{ step: string; done: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ png: string; pdf: string; bytes: Uint8Array; files: string[] } | null>(null);
  // What Preview proof and Export need starts loading as the dialog opens, if it is not loaded yet.
  useEffect(prepareExportDialog, []);
  useEffect(() => () => { if (preview) { URL.revokeObjectURL(preview.png); URL.revokeObjectURL(preview.pdf); } }, [preview]);
  // The error count (and the reason it asks for) is of this pin only; an older report says nothing.
  const report = verdict.current ? verdict.report : null;
  // Each colourway is made too: its errors count, and the export waits for its checks.
  const { verdicts } = colourways;
  const ways = [...verdicts.values()];
  const waysChecked = ways.every((v) => v.state !== 'checking');
  const wayErrors = ways.reduce((n, v) => n + (v.state === 'done' ? v.report.summary.errors : 0), 0);
  const errors = (report?.summary.errors ?? 0) + wayErrors;
  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
  const field = (label: string, control: React.ReactNode) => <label className="field">{label}{control}</label>;

  const build = async (save: boolean) => {
    setError(null);
    setBusy({ step: 'Starting', done: 0 });
    // What goes to the factory is kept as a version of the pin, and the bundle names it.
    const version = save && keepVersion ? await keepVersion().catch(() => undefined) : undefined;
    const r = await exportBundle(doc, {
      date: today(), paper, ...(errors ? { exportReason: reason } : {}), ...(report ? { report } : {}), ...(version ? { version } : {}),
      onProgress: (step, done) => setBusy({ step, done }),
    });
    setBusy(null);
    if (!r.ok) { setError(r.reason); return; }
    const name = `${fileStem(doc.name)}.zip`;
    if (save) download(r.value.zip, name, 'application/zip');
    setPreview({ png: URL.createObjectURL(new Blob([r.value.png as BlobPart], { type: 'image/png' })), pdf: URL.createObjectURL(new Blob([r.value.pdf as BlobPart], { type: 'application/pdf' })), bytes: r.value.pdf, files: r.value.files });
    if (save) onDone(`Exported ${name}: ${r.value.files.length} files for the factory.`);
  };

  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="dialog export" role="dialog" aria-modal="true" aria-label="Export for the factory">
        <header><h2>Export for the factory</h2><button type="button" onClick={onClose} aria-label="Close the export dialog">×</button></header>
        <div className="export-body">
          {preview && (
            <div className="export-preview full">
              <ProofPreview pdf={preview.bytes} />
              <img src={preview.png} alt="Mockup of the pin in its plating" />
              <div><a href={preview.pdf} target="_blank" rel="noreferrer">Open proof.pdf</a><p className="small muted">{preview.files.length} files in the zip: {preview.files.join(', ')}</p></div>
            </div>
          )}
          <section className="export-form" aria-label="Order spec">
            <h3>Pin</h3>
            <div className="grid2">
              {field('Process', <select aria-label="Process" value={s.process} onChange={(e) => onSpec({ process: e.target.value as PinSpec['process'] })}>
                {['hard-enamel', 'soft-enamel', 'die-struck', 'offset-printed'].map((v) => <option key={v} value={v}>{v.replace('-', ' ')}</option>)}</select>)}
              {field('Base metal', <select aria-label="Base metal" value={s.baseMetal} onChange={(e) => onSpec({ baseMetal: e.target.value as PinSpec['baseMetal'] })}>
                {['zinc-alloy', 'iron', 'brass', 'copper'].map((v) => <option key={v} value={v}>{v.replace('-', ' ')}</option>)}</select>)}
              {field('Thickness (mm)', <input type="number" min={0.8} step={0.1} value={s.thicknessMm} onChange={(e) => { const v = num(e.target.value); if (v > 0) onSpec({ thicknessMm: v }); }} />)}
              {field('Epoxy dome', <select aria-label="Epoxy dome" value={s.epoxyDome ? 'yes' : 'no'} onChange={(e) => onSpec({ epoxyDome: e.target.value === 'yes' })}><option>no</option><option>yes</option></select>)}
            </div>
            <div className="size-row">
              <span>Size {(bounds.maxX - bounds.minX).toFixed(1)} × {(bounds.maxY - bounds.minY).toFixed(1)} mm ({mmToIn(bounds.maxX - bounds.minX).toFixed(2)} × {mmToIn(bounds.maxY - bounds.minY).toFixed(2)} in)</span>
              <label>Longest side <input type="number" min={5} step={0.5} aria-label="Longest side" placeholder={(unit === 'mm' ? longest : mmToIn(longest)).toFixed(unit === 'mm' ? 1 : 2)} value={size} onChange={(e) => setSize(e.target.value)} /></label>
              <select aria-label="Size unit" value={unit} onChange={(e) => setUnit(e.target.value as 'mm' | 'in')}><option value="mm">mm</option><option value="in">in</option></select>
              <button type="button" disabled={!(num(size) > 0) || !(longest > 0)} onClick={() => {
                const target = unit === 'mm' ? num(size) : num(size) * MM_PER_INCH;
                if (target > 0 && target < 500) { onScale(target / longest); setSize(''); } else setError('The longest side must be between 0 and 500 mm.');
              }}>Scale the art</button>
            </div>
            <h3>Order</h3>
            <div className="grid2">
              {field('Quantity', <input type="number" min={1} step={50} value={s.quantity} onChange={(e) => { const v = Math.round(num(e.target.value)); if (v > 0) onSpec({ quantity: v }); }} />)}
              {field('Edition (LE)', <input type="number" min={1} placeholder="open" value={s.editionSize ?? ''} onChange={(e) => { const v = Math.round(num(e.target.value)); onSpec({ editionSize: v > 0 ? v : null }); }} />)}
              {field('Packaging', <select aria-label="Packaging" value={s.packaging.kind} onChange={(e) => onSpec({ packaging: e.target.value === 'backing-card' ? { kind: 'backing-card', cardWidthMm: 50.8, cardHeightMm: 76.2 } : { kind: 'poly-bag' } })}>
                <option value="poly-bag">poly bag</option><option value="backing-card">backing card</option></select>)}
              {s.packaging.kind === 'backing-card' && field('Card (mm)', <span className="row">
                <input type="number" aria-label="Card width" value={s.packaging.cardWidthMm ?? ''} onChange={(e) => { const v = num(e.target.value); if (v > 0) onSpec({ packaging: { ...s.packaging, cardWidthMm: v } }); }} />×
                <input type="number" aria-label="Card height" value={s.packaging.cardHeightMm ?? ''} onChange={(e) => { const v = num(e.target.value); if (v > 0) onSpec({ packaging: { ...s.packaging, cardHeightMm: v } }); }} /></span>)}
              {field('Artist', <input value={s.artist} onChange={(e) => onSpec({ artist: e.target.value })} />)}
              {field('Contact', <input value={s.contact} onChange={(e) => onSpec({ contact: e.target.value })} />)}
              {field('Revision', <input value={s.revision} onChange={(e) => onSpec({ revision: e.target.value })} />)}
              {field('Paper', <select aria-label="Paper" value={paper} onChange={(e) => setPaper(e.target.value as 'a4' | 'letter')}><option value="a4">A4</option><option value="letter">Letter</option></select>)}
            </div>
            {field('Notes for the factory', <textarea rows={2} value={s.notes} onChange={(e) => onSpec({ notes: e.target.value })} />)}
          </section>
          <section className="export-back" aria-label="Back">
            <h3>Back</h3>
            <BackView doc={doc} bounds={bounds} onPosts={(posts) => onSpec({ posts })} />
            <p className="muted small">Click the back to place a post, click a post to remove it. {s.posts.length} post{s.posts.length === 1 ? '' : 's'}.</p>
            <div className="grid2">
              {field('Backing', <select aria-label="Backing" value={s.backing} onChange={(e) => onSpec({ backing: e.target.value as PinSpec['backing'] })}>
                {['butterfly', 'rubber', 'locking', 'magnet', 'safety-pin'].map((v) => <option key={v} value={v}>{v}</option>)}</select>)}
              {field('Backstamp', <select aria-label="Backstamp" value={s.backstamp.kind} onChange={(e) => onSpec({ backstamp: { ...s.backstamp, kind: e.target.value as PinSpec['backstamp']['kind'] } })}>
                <option value="blank">blank</option><option value="standard">standard</option><option value="custom">custom</option></select>)}
              {s.backstamp.kind === 'custom' && field('Backstamp text', <input value={s.backstamp.text ?? ''} onChange={(e) => onSpec({ backstamp: { ...s.backstamp, text: e.target.value } })} />)}
              {s.backstamp.kind === 'custom' && field('Logo (SVG)', <span className="row">
                <input type="file" accept=".svg,image/svg+xml" aria-label="Backstamp logo" onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (!file) return;
                  void file.text().then(async (text) => {
                    const { logoFromSvg } = await import('../core/editing/backstampLogo.ts');
                    // A logo about 40 % of the pin's width reads well and leaves room for the posts.
                    const r = logoFromSvg(text, Math.max(3, Math.round((bounds.maxX - bounds.minX) * 0.4 * 10) / 10));
                    if (!r.ok) setError(`${file.name}: ${r.reason}`);
                    else { setError(null); onSpec({ backstamp: { ...s.backstamp, logo: r.value } }); }
                  });
                }} />
                {s.backstamp.logo && <button type="button" onClick={() => { const { logo: _drop, ...rest } = s.backstamp; void _drop; onSpec({ backstamp: rest }); }}>Remove logo</button>}
              </span>)}
              {field('LE numbering', <select aria-label="LE numbering" value={s.backstamp.numbering?.method ?? 'none'} onChange={(e) => {
                const { numbering: _n, ...rest } = s.backstamp;
                const method = e.target.value;
                onSpec({ backstamp: method === 'laser' || method === 'stamped' ? { ...rest, numbering: { method, at: s.backstamp.numbering?.at ?? numberingAt(bounds, 'bottom') } } : rest });
              }}>
                <option value="none">none</option><option value="laser">x / N, laser-marked</option><option value="stamped">__ / N, stamped placeholder</option></select>)}
              {s.backstamp.numbering && field('Numbering place', <select aria-label="Numbering place" onChange={(e) => onSpec({ backstamp: { ...s.backstamp, numbering: { ...s.backstamp.numbering!, at: numberingAt(bounds, e.target.value as NumberingPlace) } } })}
                value={(['top', 'middle', 'bottom'] as const).find((p) => { const q = numberingAt(bounds, p); return q.x === s.backstamp.numbering!.at.x && q.y === s.backstamp.numbering!.at.y; }) ?? ''}>
                <option value="" disabled>as placed</option><option value="top">top</option><option value="middle">middle</option><option value="bottom">bottom</option></select>)}
              {s.backstamp.numbering && !s.editionSize && <p className="small error-text">Numbering needs an edition size (Order → Edition): the factory numbers up to it.</p>}
              {s.backstamp.kind === 'custom' && field('Method', <select aria-label="Method" value={s.backstamp.method ?? 'debossed'} onChange={(e) => onSpec({ backstamp: { ...s.backstamp, method: e.target.value as 'debossed' } })}>
                <option value="debossed">debossed</option><option value="laser">laser</option><option value="sandblasted">sandblasted</option></select>)}
            </div>
          </section>
        </div>
        <footer>
          {errors > 0 && (
            <div className="export-warning" role="alert">
              <b>{errors} error{errors === 1 ? '' : 's'} a factory would reject{wayErrors ? ` (${wayErrors} in colourways)` : ''}.</b> Fix or waive them, or say why this goes out anyway (printed on the proof):
              <textarea rows={2} aria-label="Reason to export with errors" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          )}
          {!report && <p className="muted"><CheckingNote since={verdict.checkingSince} what="Checking the pin before export" /></p>}
          {report && !waysChecked && <p className="muted" role="status">Checking the colourways before export…</p>}
          {error && <p className="error-text" role="alert">{error}</p>}
          {busy && <div className="progress" role="progressbar" aria-valuenow={Math.round(busy.done * 100)} aria-label={busy.step}><span style={{ width: `${busy.done * 100}%` }} /> {busy.step}…</div>}
          <div className="row">
            <button type="button" disabled={!!busy} onClick={() => void build(false)} title="Build the proof and show it here without downloading">Preview proof</button>
            <button type="button" className="primary" disabled={!!busy || !report || !waysChecked || (errors > 0 && !reason.trim())} onClick={() => void build(true)}>
              {errors > 0 ? 'Export with errors' : 'Export zip'}
            </button>
            <button type="button" onClick={onClose}>Close</button>
          </div>
        </footer>
      </div>
    </div>
  );
}
