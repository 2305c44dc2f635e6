import type { PinDocument } from '../core/document/types.ts';
import type { Violation } from '../core/checks/index.ts';
import { pathGeomToData } from '../core/geometry/index.ts';

const METAL = '#C9A227';

/** A read-only picture of the pin as the factory would make it: die, enamel, raised metal. */
export function PinPreview({ doc, violations }: { doc: PinDocument; violations: Violation[] }) {
  const { width, height } = doc.artboard;
  const items = doc.order.map((id) => doc.items[id]!).filter((it) => !it.hidden);
  return (
    <svg className="pin-preview" viewBox={`-1 -1 ${width + 2} ${height + 2}`} role="img" aria-label={`${doc.name}, ${width} × ${height} mm`}>
      {items.filter((it) => it.kind === 'outline').map((it) => (
        <path key={it.id} d={pathGeomToData(it.kind === 'outline' ? it.path : [])} fill={METAL} />
      ))}
      {items.map((it) => {
        if (it.kind === 'enamel-fill') return <path key={it.id} d={pathGeomToData(it.path)} fill={it.color.hex} fillRule={it.fillRule} />;
        if (it.kind === 'cutout') return <path key={it.id} d={pathGeomToData(it.path)} fill="#f4f1ea" />;
        return null;
      })}
      {items.map((it) => {
        if (it.kind === 'metal-line') {
          return <path key={it.id} d={pathGeomToData(it.path)} fill="none" stroke={METAL} strokeWidth={it.width}
            strokeLinecap={it.cap} strokeLinejoin={it.join} />;
        }
        if (it.kind === 'metal-area') return <path key={it.id} d={pathGeomToData(it.path)} fill={METAL} fillRule={it.fillRule} />;
        return null;
      })}
      {violations.map((v, i) => (
        <circle key={i} cx={v.at.x} cy={v.at.y} r={0.7} fill="none" strokeWidth={0.25}
          stroke={v.severity === 'error' ? '#d32f2f' : '#f2a900'} />
      ))}
    </svg>
  );
}
