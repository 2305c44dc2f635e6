import type { PinDocument, Point } from '../core/document/types.ts';
import { pathGeomToData, type Bounds } from '../core/geometry/index.ts';
import { NUMBERING_HEIGHT_MM, numberingText } from '../core/export/numbering.ts';

export interface BackViewProps {
  doc: PinDocument;
  bounds: Bounds;
  /** Click on the back adds a post there; click a post removes it (positions in the front frame). */
  onPosts: (posts: Point[]) => void;
}

/** The back of the pin, mirrored as you see it turned over, with its posts and backstamp. */
export function BackView({ doc, bounds, onPosts }: BackViewProps) {
  const pad = Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) * 0.08;
  const vb = { x: bounds.minX - pad, y: bounds.minY - pad, w: bounds.maxX - bounds.minX + 2 * pad, h: bounds.maxY - bounds.minY + 2 * pad };
  const die = doc.order.map((id) => doc.items[id]!).filter((it) => it && (it.kind === 'outline' || it.kind === 'cutout'))
    .map((it) => (it.kind === 'outline' || it.kind === 'cutout' ? pathGeomToData(it.path) : '')).join(' ');
  // Seen from the back, x runs the other way: mirror about the pin's centre line.
  const cx = (bounds.minX + bounds.maxX) / 2;
  const mirror = `translate(${2 * cx} 0) scale(-1 1)`;
  const stamp = doc.spec.backstamp;
  const r = Math.max(0.6, vb.w / 60);
  return (
    <svg className="back-view" viewBox={`${vb.x} ${vb.y} ${vb.w} ${vb.h}`} role="img" aria-label="Back of the pin: click to place a post"
      onClick={(e) => {
        const svg = e.currentTarget;
        const ctm = svg.getScreenCTM();
        if (!ctm) return;
        const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
        onPosts([...doc.spec.posts, { x: Math.round((2 * cx - p.x) * 10) / 10, y: Math.round(p.y * 10) / 10 }]);
      }}>
      <g transform={mirror}>
        <path d={die || `M${bounds.minX} ${bounds.minY}H${bounds.maxX}V${bounds.maxY}H${bounds.minX}Z`} fill="#C9B27A" fillRule="evenodd" stroke="#8C6A1C" strokeWidth={vb.w / 200} />
      </g>
      {stamp.kind === 'custom' && stamp.logo && (
        // The logo reads right way round on the back: it is not mirrored with the silhouette.
        <path d={pathGeomToData(stamp.logo.path)} fill="#4E3B12" opacity={0.75} pointerEvents="none"
          transform={`translate(${cx - stamp.logo.widthMm / 2} ${(bounds.minY + bounds.maxY) / 2 - stamp.logo.heightMm / 2})`} />
      )}
      <g transform={mirror}>
        {doc.spec.posts.map((p, i) => (
          <g key={i} onClick={(e) => { e.stopPropagation(); onPosts(doc.spec.posts.filter((_, j) => j !== i)); }} style={{ cursor: 'pointer' }}>
            <circle cx={p.x} cy={p.y} r={r * 1.8} fill="#fff" stroke="#333" strokeWidth={r / 4} />
            <circle cx={p.x} cy={p.y} r={r} fill="#333" />
          </g>
        ))}
      </g>
      {stamp.numbering && (
        // Where the edition number is marked, reading right way round on the back.
        <text x={2 * cx - stamp.numbering.at.x} y={stamp.numbering.at.y + (stamp.numbering.heightMm ?? NUMBERING_HEIGHT_MM) / 2} fontSize={(stamp.numbering.heightMm ?? NUMBERING_HEIGHT_MM) / 0.7}
          textAnchor="middle" fill="#8A1C1C" fontWeight={700} pointerEvents="none" aria-label="Edition numbering">
          {numberingText(stamp.numbering, doc.spec.editionSize)}
        </text>
      )}
      {doc.spec.posts.map((p, i) => <text key={i} x={2 * cx - p.x + r * 2.2} y={p.y + r} fontSize={r * 2.2} fill="#222">P{i + 1}</text>)}
      <text x={cx} y={bounds.maxY - pad * 0.2} fontSize={vb.w / 22} textAnchor="middle" fill="#4E3B12">
        {stamp.kind === 'blank' ? 'blank back' : stamp.kind === 'standard' ? 'standard backstamp' : stamp.text || 'custom backstamp'}
      </text>
    </svg>
  );
}
