import { lazy, Suspense, useMemo, useState } from 'react';
import type { ColorRef, Finish, Item, MetalLineItem } from '../core/document/types.ts';
// The colour parser comes with the custom colour field, on first use (≈15 KB off the first screen).
const CustomColour = lazy(() => import('./CustomColour.tsx').then((m) => ({ default: m.CustomColour })));
import { StrokeFields } from './StrokeFields.tsx';

import { usePalette } from './usePalette.ts';

export interface InspectorProps {
  item: Item | undefined;
  count: number;
  onWidth: (id: string, width: number) => void;
  /** Caps, joins and the miter limit of a metal line. */
  onStroke?: (id: string, s: { cap?: MetalLineItem['cap']; join?: MetalLineItem['join']; miterLimit?: number }) => void;
  onColor: (id: string, color: ColorRef) => void;
  onFinish: (id: string, finish: Finish) => void;
  /** Choose the colour for the bucket without a fill selected. */
  onPickColor: (color: ColorRef) => void;
  /** Open the text form for a text item. */
  onEditText?: (id: string) => void;
}

/** Properties of the selected item in real units: line width in mm, enamel colour by PMS code. */
export function Inspector({ item, count, onWidth, onStroke, onColor, onFinish, onPickColor, onEditText }: InspectorProps) {
  const [query, setQuery] = useState('');
  const palette = usePalette();
  const matches = useMemo(() => (query.trim() && palette ? palette.search(query, 8) : []), [query, palette]);
  const search = (apply: (c: ColorRef) => void) => (
    <>
      <label className="field">Pantone code
        <input type="search" placeholder="e.g. 186 or warm red" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Search Pantone colours" />
      </label>
      <div className="matches">{matches.map((e) => (
        <button type="button" key={e.code} onClick={() => apply({ hex: e.hex, code: e.code })}>
          <span className="swatch" style={{ background: e.hex }} />{e.code}
        </button>
      ))}</div>
      <Suspense fallback={null}><CustomColour palette={palette} onUse={apply} /></Suspense>
    </>
  );
  if (!item) {
    return (
      <section className="panel-section" aria-label="Inspector">
        <h2>Inspector</h2>
        <p className="muted">{count > 1 ? `${count} items selected` : 'Select an item on the pin, or pick the bucket colour:'}</p>
        {count <= 1 && search(onPickColor)}
      </section>
    );
  }
  return (
    <section className="panel-section" aria-label="Inspector">
      <h2>Inspector <small className="muted">{item.name ?? item.id}</small></h2>
      {item.kind === 'metal-line' && (
        <label className="field">Line width (mm)
          <input type="number" min={0.05} step={0.05} value={Number(item.width.toFixed(3))} aria-label="Line width in millimetres"
            onChange={(e) => { const w = Number(e.target.value); if (w > 0) onWidth(item.id, w); }} />
        </label>
      )}
      {item.kind === 'metal-line' && onStroke && <StrokeFields line={item} onStroke={(s) => onStroke(item.id, s)} />}
      {item.kind === 'enamel-fill' && (
        <>
          <div className="swatch-row"><span className="swatch" style={{ background: item.color.hex }} /> {item.color.code ?? `${item.color.hex} (custom)`}</div>
          {!item.color.code && palette && (
            <div className="nearest">Nearest PMS: {palette.nearest(item.color.hex, 3).map((m) => (
              <button type="button" key={m.entry.code} onClick={() => onColor(item.id, { hex: m.entry.hex, code: m.entry.code })}>
                <span className="swatch" style={{ background: m.entry.hex }} />{m.entry.code} <span className="muted">ΔE {m.deltaE.toFixed(1)}</span>
              </button>
            ))}</div>
          )}
          <label className="field">Finish
            <select value={item.finish} aria-label="Enamel finish" onChange={(e) => onFinish(item.id, e.target.value as Finish)}>
              <option value="standard">standard</option>
              <option value="glitter">glitter</option>
              <option value="glow">glow in the dark</option>
              <option value="translucent">translucent (shows the metal)</option>
            </select>
          </label>
          {search((c) => onColor(item.id, c))}
        </>
      )}
      {item.kind === 'text' && (
        <>
          <p>“{item.text}” <span className="muted">{item.size.toFixed(2)} mm caps, {item.mode === 'raised-metal' ? 'raised metal' : 'enamel'}</span></p>
          {onEditText && <button type="button" onClick={() => onEditText(item.id)}>Edit text…</button>}
        </>
      )}
      {item.kind !== 'metal-line' && item.kind !== 'enamel-fill' && item.kind !== 'text' && <p className="muted">{item.kind}</p>}
    </section>
  );
}
