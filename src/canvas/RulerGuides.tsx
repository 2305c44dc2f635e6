import { useState, type PointerEvent } from 'react';

// Ruler guides: drag from a ruler onto the pin to lay a guide (in mm, saved with the pin; drawing
// snaps to it), drag a guide to move it, drag it back onto its ruler to take it away.

export const RULER_PX = 18;

export interface RulerGuidesProps {
  guides: { x: number[]; y: number[] };
  /** Screen px = mm · scale + offset. */
  scale: number;
  offset: { x: number; y: number };
  size: { width: number; height: number };
  onChange: (x: number[], y: number[]) => void;
}

type Drag = { axis: 'x' | 'y'; index: number | null; at: number };

export function RulerGuides({ guides, scale, offset, size, onChange }: RulerGuidesProps) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const toMm = (axis: 'x' | 'y', e: PointerEvent, box: DOMRect) => (axis === 'x' ? (e.clientX - box.left - offset.x) / scale : (e.clientY - box.top - offset.y) / scale);
  const start = (axis: 'x' | 'y', index: number | null) => (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    (e.target as HTMLElement).setPointerCapture(e.pointerId);
    const box = (e.currentTarget.closest('.canvas-box') as HTMLElement).getBoundingClientRect();
    setDrag({ axis, index, at: toMm(axis, e, box) });
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const box = (e.currentTarget.closest('.canvas-box') as HTMLElement).getBoundingClientRect();
    setDrag({ ...drag, at: toMm(drag.axis, e, box) });
  };
  const end = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const box = (e.currentTarget.closest('.canvas-box') as HTMLElement).getBoundingClientRect();
    // Back on its ruler (or off the canvas): the guide goes.
    const px = drag.axis === 'x' ? e.clientX - box.left : e.clientY - box.top;
    const gone = px < RULER_PX || px > (drag.axis === 'x' ? size.width : size.height);
    const list = [...guides[drag.axis]];
    if (drag.index !== null) list.splice(drag.index, 1);
    if (!gone) list.push(Math.round(drag.at * 100) / 100);
    setDrag(null);
    onChange(drag.axis === 'x' ? list : guides.x, drag.axis === 'y' ? list : guides.y);
  };
  const handlers = { onPointerMove: move, onPointerUp: end, onPointerCancel: () => setDrag(null) };
  const line = (axis: 'x' | 'y', v: number, key: string, index: number | null, preview = false) => (
    <div key={key} className={`ruler-guide ${axis}${preview ? ' preview' : ''}`} role="separator" aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={`Guide at ${axis} ${v.toFixed(2)} mm`}
      style={axis === 'x' ? { left: offset.x + v * scale - 3, height: size.height } : { top: offset.y + v * scale - 3, width: size.width }}
      onPointerDown={index === null ? undefined : start(axis, index)} {...handlers} />
  );
  return (
    <>
      {guides.x.map((v, i) => (drag?.axis === 'x' && drag.index === i ? null : line('x', v, `x${i}`, i)))}
      {guides.y.map((v, i) => (drag?.axis === 'y' && drag.index === i ? null : line('y', v, `y${i}`, i)))}
      {drag && line(drag.axis, drag.at, 'drag', null, true)}
      <div className="ruler-grab top" title="Drag down to lay a horizontal guide" style={{ width: size.width }} onPointerDown={start('y', null)} {...handlers} />
      <div className="ruler-grab left" title="Drag right to lay a vertical guide" style={{ height: size.height }} onPointerDown={start('x', null)} {...handlers} />
    </>
  );
}
