import { useState } from 'react';
import { BUNDLED_FONTS, DEFAULT_FONT, type BundledFontId } from '../core/text/fonts.ts';

export interface TextValues {
  text: string;
  /** Cap height in mm. */
  size: number;
  mode: 'raised-metal' | 'recessed-enamel';
  font?: BundledFontId;
  /** Letter spacing in 1/1000 em. */
  tracking?: number;
}

export interface TextFormProps {
  initial: TextValues;
  title: string;
  /** The smallest cap height the factory profile accepts, shown as advice. */
  minSize?: number;
  onSubmit: (v: TextValues) => void;
  onCancel: () => void;
}

/** Type the words, their cap height and whether they are raised metal or enamel. */
export function TextForm({ initial, title, minSize, onSubmit, onCancel }: TextFormProps) {
  const [v, setV] = useState(initial);
  const sizeOk = v.size > 0 && Number.isFinite(v.size);
  return (
    <form className="text-form" aria-label={title} onSubmit={(e) => { e.preventDefault(); if (sizeOk && v.text.trim()) onSubmit(v); }}
      onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); }}>
      <h2>{title}</h2>
      <label className="field">Text
        <textarea autoFocus rows={2} value={v.text} aria-label="Text" onChange={(e) => setV({ ...v, text: e.target.value })} />
      </label>
      <label className="field">Cap height (mm)
        <input type="number" min={0.1} step={0.1} value={v.size} aria-label="Cap height in millimetres" onChange={(e) => setV({ ...v, size: Number(e.target.value) })} />
      </label>
      {minSize !== undefined && v.size < minSize && <p className="small warn">Factories need letters at least {minSize} mm tall; smaller ones fill in.</p>}
      <label className="field">Font
        <select aria-label="Font" value={v.font ?? DEFAULT_FONT} onChange={(e) => setV({ ...v, font: e.target.value as BundledFontId })}>
          {BUNDLED_FONTS.map((f) => <option key={f.id} value={f.id}>{f.id}</option>)}
        </select>
      </label>
      <label className="field">Letter spacing (1/1000 em)
        <input type="number" step={10} min={-200} max={1000} aria-label="Letter spacing" value={v.tracking ?? 0}
          onChange={(e) => setV({ ...v, tracking: Number(e.target.value) || 0 })} />
      </label>
      <fieldset className="field">
        <legend>Made as</legend>
        <label><input type="radio" name="mode" checked={v.mode === 'raised-metal'} onChange={() => setV({ ...v, mode: 'raised-metal' })} /> raised metal</label>
        <label><input type="radio" name="mode" checked={v.mode === 'recessed-enamel'} onChange={() => setV({ ...v, mode: 'recessed-enamel' })} /> enamel in the current colour</label>
      </fieldset>
      <div className="row">
        <button type="submit" disabled={!sizeOk || !v.text.trim()}>{title.startsWith('Edit') ? 'Apply' : 'Add text'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
