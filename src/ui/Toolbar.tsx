import type { ColorRef } from '../core/document/types.ts';
import type { ToolId } from '../editor/tools/types.ts';
import { ToolIcon } from './icons.tsx';

export interface ToolbarProps {
  tool: ToolId;
  color: ColorRef;
  lineWidth: number;
  corners: number;
  onTool: (t: ToolId) => void;
  onLineWidth: (w: number) => void;
  onCorners: (n: number) => void;
  /** Make the die line around the artwork, with a metal rim. */
  onDeriveOutline: () => void;
}

/** Tools in Illustrator's order with its shortcuts; polygon and star have none there either. */
export const TOOLS: Array<{ id: ToolId; label: string; key?: string }> = [
  { id: 'select', label: 'Select, move, scale, rotate', key: 'V' },
  { id: 'direct', label: 'Direct select: move anchors and handles', key: 'A' },
  { id: 'pen', label: 'Pen: draw a metal line', key: 'P' },
  { id: 'brush', label: 'Brush: freehand metal line, smoothed', key: 'B' },
  { id: 'rectangle', label: 'Rectangle: a closed metal line', key: 'M' },
  { id: 'ellipse', label: 'Ellipse: a closed metal line', key: 'L' },
  { id: 'polygon', label: 'Polygon: drag from the centre' },
  { id: 'star', label: 'Star: drag from the centre' },
  { id: 'text', label: 'Text: raised metal or enamel letters', key: 'T' },
  { id: 'bucket', label: 'Bucket: fill a cell with enamel', key: 'K' },
  { id: 'eyedropper', label: 'Eyedropper: pick up a fill colour', key: 'I' },
  { id: 'cutout', label: 'Cut-out: a hole through the pin', key: 'O' },
  { id: 'hand', label: 'Hand: pan the view', key: 'H' },
  { id: 'zoom', label: 'Zoom: click in, Alt-click out', key: 'Z' },
];

export const TOOL_KEYS: Record<string, ToolId> = Object.fromEntries(TOOLS.filter((t) => t.key).map((t) => [t.key!.toLowerCase(), t.id]));

export function Toolbar({ tool, color, lineWidth, corners, onTool, onLineWidth, onCorners, onDeriveOutline }: ToolbarProps) {
  return (
    <nav className="toolbar" aria-label="Tools">
      <div className="tool-grid">
        {TOOLS.map((t) => (
          <button key={t.id} type="button" className={tool === t.id ? 'active' : ''} title={t.key ? `${t.label} (${t.key})` : t.label} aria-label={t.label}
            aria-pressed={tool === t.id} onClick={() => onTool(t.id)}>
            <ToolIcon id={t.id} />
            <small>{t.key ?? ''}</small>
          </button>
        ))}
        <button type="button" title="Die line around the artwork, with a metal rim" aria-label="Die line from artwork" onClick={onDeriveOutline}>
          <ToolIcon id="die" />
          <small>die</small>
        </button>
      </div>
      <div className="tool-option" title={`Enamel colour: ${color.code ?? color.hex}`}>
        <span className="swatch big" style={{ background: color.hex }} />
        <small>{color.code ?? color.hex}</small>
      </div>
      <label className="tool-option" title="Width of new metal lines (mm)">
        <input type="number" min={0.1} step={0.05} value={lineWidth} aria-label="New line width in millimetres"
          onChange={(e) => { const w = Number(e.target.value); if (w > 0) onLineWidth(w); }} />
        <small>line mm</small>
      </label>
      {(tool === 'polygon' || tool === 'star') && (
        <label className="tool-option" title={tool === 'star' ? 'Points of the star' : 'Corners of the polygon'}>
          <input type="number" min={3} max={64} step={1} value={corners} aria-label={tool === 'star' ? 'Star points' : 'Polygon corners'}
            onChange={(e) => { const n = Math.round(Number(e.target.value)); if (n >= 3 && n <= 64) onCorners(n); }} />
          <small>{tool === 'star' ? 'points' : 'corners'}</small>
        </label>
      )}
    </nav>
  );
}
