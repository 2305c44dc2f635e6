import type { ColorRef } from '../core/document/types.ts';
import type { Tool } from '../editor/tools/types.ts';

export interface ToolbarProps {
  tool: Tool['id'];
  color: ColorRef;
  lineWidth: number;
  onTool: (t: Tool['id']) => void;
  onLineWidth: (w: number) => void;
  /** Make the die line around the artwork, with a metal rim. */
  onDeriveOutline: () => void;
}

const TOOLS: Array<{ id: Tool['id']; label: string; key: string; icon: string }> = [
  { id: 'select', label: 'Select and move', key: 'V', icon: '➚' },
  { id: 'pen', label: 'Pen: draw a metal line', key: 'P', icon: '✎' },
  { id: 'rectangle', label: 'Rectangle: a closed metal line', key: 'M', icon: '▭' },
  { id: 'ellipse', label: 'Ellipse: a closed metal line', key: 'L', icon: '◯' },
  { id: 'bucket', label: 'Bucket: fill a cell with enamel', key: 'K', icon: '◉' },
  { id: 'eyedropper', label: 'Eyedropper: pick up a fill colour', key: 'I', icon: '⊙' },
  { id: 'cutout', label: 'Cut-out: a hole through the pin', key: 'O', icon: '⊘' },
];

export function Toolbar({ tool, color, lineWidth, onTool, onLineWidth, onDeriveOutline }: ToolbarProps) {
  return (
    <nav className="toolbar" aria-label="Tools">
      {TOOLS.map((t) => (
        <button key={t.id} type="button" className={tool === t.id ? 'active' : ''} title={`${t.label} (${t.key})`} aria-label={t.label}
          aria-pressed={tool === t.id} onClick={() => onTool(t.id)}>
          <span aria-hidden>{t.icon}</span>
          <small>{t.key}</small>
        </button>
      ))}
      <button type="button" title="Die line around the artwork, with a metal rim" aria-label="Die line from artwork" onClick={onDeriveOutline}>
        <span aria-hidden>◌</span>
        <small>die</small>
      </button>
      <div className="tool-option" title={`Enamel colour: ${color.code ?? color.hex}`}>
        <span className="swatch big" style={{ background: color.hex }} />
        <small>{color.code ?? color.hex}</small>
      </div>
      <label className="tool-option" title="Width of new metal lines (mm)">
        <input type="number" min={0.1} step={0.05} value={lineWidth} aria-label="New line width in millimetres"
          onChange={(e) => { const w = Number(e.target.value); if (w > 0) onLineWidth(w); }} />
        <small>mm</small>
      </label>
    </nav>
  );
}
