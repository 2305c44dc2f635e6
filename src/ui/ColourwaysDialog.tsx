import { useState } from 'react';
import type { CheckReport } from '../core/checks/index.ts';
import { colourKey, pinColours, unusedMappings } from '../core/colourways/colourways.ts';
import type { ColorRef, Colourway, PinDocument, Plating } from '../core/document/types.ts';
import { thumbnailUrl } from '../core/editing/thumbnail.ts';
import type { Palette } from '../core/palette/index.ts';
import { readColour } from './CustomColour.tsx';
import { PLATINGS } from './platings.ts';
import type { ColourwayChecks, ColourwayVerdict } from './useColourwayChecks.ts';
import { usePalette } from './usePalette.ts';

export interface ColourwaysDialogProps {
  doc: PinDocument;
  /** The pin's own verdict, when it is of the document on screen. */
  ownReport: CheckReport | null;
  /** Each colourway's pin and verdict (the editor checks them after the pin itself). */
  checks: ColourwayChecks;
  onChange: (colourways: Colourway[]) => void;
  onClose: () => void;
}

const THUMB_PX = 150;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function VerdictLine({ v }: { v: ColourwayVerdict }) {
  if (v.state === 'checking') return <p className="verdict checking" role="status">Checking…</p>;
  if (v.state === 'failed') return <p className="verdict error" role="status">Not checked: {v.reason}</p>;
  const { errors, warnings } = v.report.summary;
  const rules = [...new Set(v.report.violations.filter((x) => !x.waived && x.severity === 'error').map((x) => x.rule))];
  return (
    <p className={`verdict ${errors ? 'error' : 'ok'}`} role="status">
      {errors ? `${plural(errors, 'error')}: ${rules.join(', ')}` : warnings ? `No errors, ${plural(warnings, 'warning')}` : 'No errors'}
    </p>
  );
}

/** A colour as the artist types it for a colour map: a PMS code ("300 C", "pms 300c"), else nothing. */
function readCode(text: string, palette: Palette | null): ColorRef | undefined {
  const e = text.trim() && palette ? palette.find(text) : undefined;
  return e ? { hex: e.hex, code: e.code } : undefined;
}

/** One row of a colour map: the pin's colour, and what this colourway makes it. */
function MapRow({ from, to, palette, onSet }: { from: ColorRef; to: ColorRef | undefined; palette: Palette | null; onSet: (to: ColorRef | undefined) => void }) {
  const [text, setText] = useState(to ? colourKey(to) : '');
  const code = readCode(text, palette);
  const hex = !code ? readColour(text) : undefined;
  const commit = () => {
    if (!text.trim()) onSet(undefined);
    else if (code) { onSet(code); setText(code.code!); }
  };
  const key = colourKey(from);
  return (
    <li className="map-row">
      <span className="swatch" style={{ background: from.hex }} />
      <span className="from">{key}</span>
      <span aria-hidden="true">→</span>
      <span className="swatch" style={{ background: (to ?? from).hex }} />
      <input type="text" aria-label={`${key} becomes`} placeholder={`unchanged (${key})`} value={text}
        aria-invalid={!!text.trim() && !code}
        onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
      {text.trim() && !code && (
        <span className="small" role="alert">
          {hex && palette ? <>Not a PMS code. Nearest: {palette.nearest(hex, 3).map((m) => (
            <button type="button" key={m.entry.code} className="link" onClick={() => { onSet({ hex: m.entry.hex, code: m.entry.code }); setText(m.entry.code); }}>
              {m.entry.code} (ΔE {m.deltaE.toFixed(1)})
            </button>
          ))}</> : 'Not a PMS code: type one like 300 C.'}
        </span>
      )}
    </li>
  );
}

/**
 * Colourways side by side: the pin as drawn and each colourway, each pictured and checked on its
 * own; the selected one's name, plating, edition size and colour map edited below. Every change
 * is one undoable edit of the pin.
 */
export function ColourwaysDialog({ doc, ownReport, checks, onChange, onClose }: ColourwaysDialogProps) {
  const ways = doc.colourways ?? [];
  const { docs, verdicts } = checks;
  const palette = usePalette();
  const [selected, setSelected] = useState<string | null>(ways[0]?.id ?? null);
  const sel = ways.find((cw) => cw.id === selected);
  const colours = pinColours(doc);
  const update = (id: string, patch: Partial<Colourway>) => onChange(ways.map((cw) => (cw.id === id ? { ...cw, ...patch } : cw)));
  const add = () => {
    const id = `cw-${Date.now().toString(36)}`;
    onChange([...ways, { id, name: `Colourway ${ways.length + 2}`, map: [], ...(doc.spec.editionSize ? { editionSize: doc.spec.editionSize } : {}) }]);
    setSelected(id);
  };
  const setMapping = (cw: Colourway, from: string, to: ColorRef | undefined) => {
    const rest = cw.map.filter((m) => m.from !== from);
    update(cw.id, { map: to && colourKey(to) !== from ? [...rest, { from, to }] : rest });
  };
  const [nameText, setNameText] = useState<{ id: string; text: string } | null>(null);
  const unused = sel ? unusedMappings(doc, sel) : [];

  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="dialog colourways" role="dialog" aria-modal="true" aria-label="Colourways">
        <header>
          <h2>Colourways</h2>
          <span className="muted small">One metal design in several enamel colour sets: each is checked on its own and gets its own proof page.</span>
          <button type="button" className="add" onClick={add} disabled={ways.length >= 20}>Add colourway</button>
          <button type="button" className="close" aria-label="Close colourways" onClick={onClose}>×</button>
        </header>
        <div className="colourway-cards" aria-label="Colourways side by side">
          <figure className="colourway-card">
            <img src={thumbnailUrl(doc, THUMB_PX)} alt={`${doc.name} as drawn`} width={THUMB_PX} />
            <figcaption>
              <strong>As drawn</strong>
              <span className="small muted">{doc.spec.plating.replace(/-/g, ' ')} · {doc.spec.editionSize ? `LE ${doc.spec.editionSize}` : 'open edition'}</span>
              <VerdictLine v={ownReport ? { state: 'done', report: ownReport } : { state: 'checking' }} />
            </figcaption>
          </figure>
          {ways.map((cw) => (
            <figure key={cw.id} className={`colourway-card${cw.id === selected ? ' selected' : ''}`}>
              <button type="button" className="thumb" aria-label={`Edit colourway ${cw.name}`} aria-pressed={cw.id === selected} onClick={() => setSelected(cw.id)}>
                <img src={thumbnailUrl(docs.get(cw.id) ?? doc, THUMB_PX)} alt="" width={THUMB_PX} />
              </button>
              <figcaption>
                <strong>{cw.name}</strong>
                <span className="small muted">{(cw.plating ?? doc.spec.plating).replace(/-/g, ' ')} · {cw.editionSize ? `LE ${cw.editionSize}` : 'open edition'}</span>
                <VerdictLine v={verdicts.get(cw.id) ?? { state: 'checking' }} />
              </figcaption>
            </figure>
          ))}
        </div>
        {!ways.length && <p className="muted empty">No colourways yet. “Add colourway” makes one from the pin as drawn; then map its colours to others.</p>}
        {sel && (
          <section className="colourway-edit" aria-label={`Colourway ${sel.name}`}>
            <div className="grid3">
              <label className="field">Name
                <input type="text" value={nameText?.id === sel.id ? nameText.text : sel.name} maxLength={80}
                  onChange={(e) => setNameText({ id: sel.id, text: e.target.value })}
                  onBlur={() => { if (nameText?.id === sel.id && nameText.text.trim()) update(sel.id, { name: nameText.text.trim() }); setNameText(null); }}
                  onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }} />
              </label>
              <label className="field">Plating
                <select value={sel.plating ?? ''} onChange={(e) => {
                  const { plating: _p, ...rest } = sel;
                  onChange(ways.map((cw) => (cw.id === sel.id ? (e.target.value ? { ...rest, plating: e.target.value as Plating } : rest) : cw)));
                }}>
                  <option value="">as the pin ({doc.spec.plating.replace(/-/g, ' ')})</option>
                  {PLATINGS.map((p) => <option key={p} value={p}>{p.replace(/-/g, ' ')}</option>)}
                </select>
              </label>
              <label className="field">Edition size
                <input type="number" min={1} max={1_000_000} step={1} value={sel.editionSize ?? ''} placeholder="open"
                  onChange={(e) => {
                    const n = Math.round(Number(e.target.value));
                    const { editionSize: _e, ...rest } = sel;
                    onChange(ways.map((cw) => (cw.id === sel.id ? (e.target.value && n >= 1 && n <= 1_000_000 ? { ...rest, editionSize: n } : rest) : cw)));
                  }} />
              </label>
            </div>
            <h3>Colour map <span className="muted small">type the PMS code each colour becomes; leave empty to keep it</span></h3>
            <ul className="colour-map">
              {colours.map((c) => {
                const m = sel.map.find((x) => x.from === colourKey(c));
                // Keyed by the mapping too: an undo or redo elsewhere shows in the field.
                return <MapRow key={`${sel.id}:${colourKey(c)}:${m ? colourKey(m.to) : ''}`} from={c} to={m?.to} palette={palette} onSet={(to) => setMapping(sel, colourKey(c), to)} />;
              })}
            </ul>
            {unused.length > 0 && <p className="small muted">Not in the pin any more (no effect): {unused.join(', ')}</p>}
            <footer>
              <button type="button" className="danger" onClick={() => { onChange(ways.filter((cw) => cw.id !== sel.id)); setSelected(ways.find((cw) => cw.id !== sel.id)?.id ?? null); }}>
                Delete colourway {sel.name}
              </button>
            </footer>
          </section>
        )}
      </div>
    </div>
  );
}
