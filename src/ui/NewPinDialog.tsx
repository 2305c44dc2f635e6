import { useState } from 'react';
import { PROFILES } from '../core/checks/profiles.ts';
import type { PinDocument, Plating } from '../core/document/types.ts';
import { newPin, type PinShape } from '../core/editing/newPin.ts';
import { MM_PER_INCH } from '../core/units.ts';
import { PLATINGS } from './platings.ts';

const SHAPES: Array<[PinShape, string]> = [['round', 'Round'], ['rectangle', 'Rectangle'], ['rounded-rectangle', 'Rounded rectangle'], ['shield', 'Shield'], ['from-artwork', 'From the artwork (die line later)']];

/** Name, shape, size (mm or in), rim, profile and plating: a pin with its die line and rim. */
export function NewPinDialog({ onCreate, onClose }: { onCreate: (doc: PinDocument) => void; onClose: () => void }) {
  const [name, setName] = useState('');
  const [shape, setShape] = useState<PinShape>('round');
  const [unit, setUnit] = useState<'mm' | 'in'>('mm');
  const [width, setWidth] = useState('25');
  const [height, setHeight] = useState('25');
  const [rim, setRim] = useState('0.8');
  const [profile, setProfile] = useState('hard-enamel');
  const [plating, setPlating] = useState<Plating>('gold');
  const [error, setError] = useState<string | null>(null);
  const toMm = (v: string) => (v.trim() === '' ? NaN : Number(v) * (unit === 'in' ? MM_PER_INCH : 1));
  const create = () => {
    const r = newPin({ name, shape, widthMm: toMm(width), heightMm: toMm(height), rimMm: Number(rim), profile, plating });
    if (!r.ok) setError(r.reason);
    else onCreate(r.value);
  };
  const field = (label: string, control: React.ReactNode) => <label className="field">{label}{control}</label>;
  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <form className="dialog new-pin" role="dialog" aria-modal="true" aria-label="New pin" onSubmit={(e) => { e.preventDefault(); create(); }}>
        <header><h2>New pin</h2><button type="button" onClick={onClose} aria-label="Close the new pin dialog">×</button></header>
        <div className="grid2">
          {field('Name', <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Fox badge" />)}
          {field('Shape', <select aria-label="Shape" value={shape} onChange={(e) => setShape(e.target.value as PinShape)}>{SHAPES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select>)}
          {field(shape === 'round' ? 'Diameter' : 'Width', <input type="number" step="any" min={0} aria-label={shape === 'round' ? 'Diameter' : 'Width'} value={width} onChange={(e) => setWidth(e.target.value)} />)}
          {shape !== 'round' && field('Height', <input type="number" step="any" min={0} aria-label="Height" value={height} onChange={(e) => setHeight(e.target.value)} />)}
          {field('Unit', <select aria-label="Unit" value={unit} onChange={(e) => setUnit(e.target.value as 'mm' | 'in')}><option value="mm">mm</option><option value="in">in</option></select>)}
          {shape !== 'from-artwork' && field('Rim (mm)', <input type="number" step="0.1" min={0.2} aria-label="Rim" value={rim} onChange={(e) => setRim(e.target.value)} />)}
          {field('Profile', <select aria-label="Profile" value={profile} onChange={(e) => setProfile(e.target.value)}>{PROFILES.map((p) => <option key={p.id} value={p.id}>{p.id.replace('-', ' ')}</option>)}</select>)}
          {field('Plating', <select aria-label="Plating" value={plating} onChange={(e) => setPlating(e.target.value as Plating)}>{PLATINGS.map((p) => <option key={p} value={p}>{p.replace('-', ' ')}</option>)}</select>)}
        </div>
        {error && <p className="error-text" role="alert">{error}</p>}
        <footer><div className="row"><button type="submit" className="primary">Create</button><button type="button" onClick={onClose}>Cancel</button></div></footer>
      </form>
    </div>
  );
}
