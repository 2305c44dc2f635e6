import { formatHex, parse } from 'culori';
import { useMemo, useState } from 'react';
import type { ColorRef } from '../core/document/types.ts';
import type { Palette } from '../core/palette/index.ts';

/** A colour as an artist types it: #C8102E, C8102E, rgb(200 16 46), "crimson"; undefined if none. */
export function readColour(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const c = parse(/^[0-9a-f]{6}$/i.test(t) ? `#${t}` : t);
  const hex = c ? formatHex(c) : undefined;
  return hex?.toUpperCase();
}

/**
 * A custom colour (hex, RGB, a name or the picker) with the nearest PMS codes and their ΔE, so the
 * choice is always between the colour as drawn and the ink a factory mixes.
 */
export function CustomColour({ palette, onUse }: { palette: Palette | null; onUse: (c: ColorRef) => void }) {
  const [text, setText] = useState('');
  const hex = readColour(text);
  const nearest = useMemo(() => (hex && palette ? palette.nearest(hex, 3) : []), [hex, palette]);
  const exact = hex && palette ? palette.findHex(hex) : undefined;
  return (
    <div className="custom-colour">
      <label className="field">Custom colour
        <span className="custom-input">
          <input type="color" aria-label="Colour picker" value={hex ?? '#C8102E'} onChange={(e) => setText(e.target.value.toUpperCase())} />
          <input type="text" aria-label="Custom colour (hex or RGB)" placeholder="#C8102E or rgb(200 16 46)" value={text} onChange={(e) => setText(e.target.value)}
            aria-invalid={!!text.trim() && !hex} />
        </span>
      </label>
      {text.trim() && !hex && <p className="muted small" role="alert">Not a colour: try #C8102E, C8102E or rgb(200 16 46).</p>}
      {hex && (
        <div className="nearest" aria-label="Nearest PMS">
          {exact ? <span className="small">{hex} is {exact.code}.</span> : <span className="small muted">Nearest PMS:</span>}
          {nearest.map((m) => (
            <button type="button" key={m.entry.code} onClick={() => onUse({ hex: m.entry.hex, code: m.entry.code })}>
              <span className="swatch" style={{ background: m.entry.hex }} />{m.entry.code} <span className="muted">ΔE {m.deltaE.toFixed(1)}</span>
            </button>
          ))}
          {!exact && (
            <button type="button" onClick={() => onUse({ hex })} title="Kept as drawn; the checks ask for a PMS code and the proof prints the nearest">
              <span className="swatch" style={{ background: hex }} />Use {hex} as drawn
            </button>
          )}
        </div>
      )}
    </div>
  );
}
