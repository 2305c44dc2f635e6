import type { ReferenceImage } from '../canvas/reference.ts';

export interface ReferencePanelProps {
  reference: ReferenceImage | null;
  onPick: () => void;
  onChange: (patch: Partial<ReferenceImage>) => void;
  onRemove: () => void;
}

/** The tracing picture under the art: show or hide, opacity, lock, width in mm. */
export function ReferencePanel({ reference, onPick, onChange, onRemove }: ReferencePanelProps) {
  return (
    <section className="panel-section" aria-label="Reference image">
      <h2>Reference image</h2>
      {!reference ? (
        <p className="muted small">Place a sketch or photo (PNG or JPEG) under the art to trace it. <button type="button" onClick={onPick}>Place…</button></p>
      ) : (
        <>
          <div className="row small"><b>{reference.name}</b></div>
          <div className="row small">
            <label><input type="checkbox" checked={reference.visible} onChange={(e) => onChange({ visible: e.target.checked })} /> show</label>
            <label title="Unlock to drag it with the select tool"><input type="checkbox" checked={reference.locked} onChange={(e) => onChange({ locked: e.target.checked })} /> lock</label>
            <button type="button" onClick={onRemove}>Remove</button>
          </div>
          <label className="field">Opacity {Math.round(reference.opacity * 100)}%
            <input type="range" min={0.05} max={1} step={0.05} value={reference.opacity} aria-label="Reference opacity"
              onChange={(e) => onChange({ opacity: Number(e.target.value) })} />
          </label>
          <label className="field">Width (mm)
            <input type="number" min={1} step={1} value={Number(reference.width.toFixed(2))} aria-label="Reference width in millimetres"
              onChange={(e) => {
                const w = Number(e.target.value);
                if (w > 0 && Number.isFinite(w)) onChange({ width: w, height: (reference.height / reference.width) * w });
              }} />
          </label>
        </>
      )}
    </section>
  );
}
