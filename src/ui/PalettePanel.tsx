import type { ColorArea } from '../core/editing/colorAreas.ts';
import type { ColorRef } from '../core/document/types.ts';

/** Pantone's base inks and white enamel: quick swatches for the bucket. */
export const BASICS: ColorRef[] = [
  { code: 'White', hex: '#FFFFFF' }, { code: 'Black C', hex: '#2D2926' }, { code: 'Yellow C', hex: '#FEDD00' },
  { code: 'Orange 021 C', hex: '#FE5000' }, { code: 'Warm Red C', hex: '#F9423A' }, { code: '186 C', hex: '#C8102E' },
  { code: 'Rubine Red C', hex: '#CE0058' }, { code: 'Purple C', hex: '#BB29BB' }, { code: 'Reflex Blue C', hex: '#001489' },
  { code: 'Process Blue C', hex: '#0085CA' }, { code: 'Green C', hex: '#00AB84' }, { code: '7727 C', hex: '#006F44' },
];

export interface PalettePanelProps {
  current: ColorRef;
  /** The pin's colours with their areas, or null while the pin on screen is being measured. */
  used: ColorArea[] | null;
  /** The last colours measured (of an earlier version of the pin), shown dimmed meanwhile. */
  stale?: ColorArea[] | null;
  recent: ColorRef[];
  onPick: (c: ColorRef) => void;
}

const same = (a: ColorRef, b: ColorRef) => (a.code ?? a.hex) === (b.code ?? b.hex);

function Swatch({ c, current, onPick, label }: { c: ColorRef; current: ColorRef; onPick: (c: ColorRef) => void; label?: string }) {
  return (
    <button type="button" className={`palette-swatch${same(c, current) ? ' current' : ''}`} title={c.code ?? `${c.hex} (custom)`} aria-label={`Use ${c.code ?? c.hex}`} onClick={() => onPick(c)}>
      <span className="swatch" style={{ background: c.hex }} />
      {label !== undefined && <span className="small">{label}</span>}
    </button>
  );
}

/** The colours of this pin with their enamel areas, Pantone's base inks, and recent picks. */
export function PalettePanel({ current, used, stale = null, recent, onPick }: PalettePanelProps) {
  const shown = used ?? stale ?? [];
  return (
    <section className="panel-section" aria-label="Palette">
      <h2>Colours <small className="muted">{used ? `${used.length} in this pin` : 'measuring…'}</small></h2>
      <ul className={`used-colors${used ? '' : ' stale'}`}>
        {shown.map((u) => (
          <li key={u.color.code ?? u.color.hex}>
            <Swatch c={u.color} current={current} onPick={onPick} />
            <span className={u.color.code ? '' : 'custom'}>{u.color.code ?? `${u.color.hex} (custom)`}</span>
            <span className="muted small">{u.area.toFixed(1)} mm²</span>
          </li>
        ))}
      </ul>
      <div className="swatch-grid" aria-label="Base colours">{BASICS.map((c) => <Swatch key={c.code} c={c} current={current} onPick={onPick} />)}</div>
      {recent.length > 0 && (
        <div className="swatch-grid" aria-label="Recent colours"><span className="muted small">Recent</span>{recent.map((c) => <Swatch key={c.code ?? c.hex} c={c} current={current} onPick={onPick} />)}</div>
      )}
    </section>
  );
}
