import type { MetalLineItem } from '../core/document/types.ts';

/**
 * A metal line's stroke as Illustrator's Stroke panel has it: caps, corners, miter limit. The width
 * is one number (a raised line has one width along its length; draw a tapered line as a metal
 * area), and dashes are not offered: each dash would be a separate piece of metal.
 */
export function StrokeFields({ line, onStroke }: { line: MetalLineItem; onStroke: (s: { cap?: MetalLineItem['cap']; join?: MetalLineItem['join']; miterLimit?: number }) => void }) {
  return (
    <div className="stroke-fields">
      <label className="field">Caps
        <select aria-label="Line caps" value={line.cap} onChange={(e) => onStroke({ cap: e.target.value as MetalLineItem['cap'] })}>
          <option value="butt">butt</option><option value="round">round</option><option value="square">projecting</option>
        </select>
      </label>
      <label className="field">Corners
        <select aria-label="Line corners" value={line.join} onChange={(e) => onStroke({ join: e.target.value as MetalLineItem['join'] })}>
          <option value="miter">miter</option><option value="round">round</option><option value="bevel">bevel</option>
        </select>
      </label>
      {line.join === 'miter' && (
        <label className="field">Miter limit
          <input type="number" aria-label="Miter limit" min={1} max={100} step={1} value={line.miterLimit ?? 4}
            onChange={(e) => { const v = Number(e.target.value); if (v >= 1 && v <= 100) onStroke({ miterLimit: v }); }} />
        </label>
      )}
      <p className="muted small">Width profile: uniform. Dashed: not for raised metal (each dash would be a loose piece); draw the dashes as shapes.</p>
    </div>
  );
}
