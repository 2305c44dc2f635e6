import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Circle, Group, Image as KonvaImage, Layer, Path, Stage } from 'react-konva';
import type Konva from 'konva';
import type { Violation } from '../core/checks/index.ts';
import type { Item, PinDocument } from '../core/document/types.ts';
import { pathGeomToData, type Bounds } from '../core/geometry/index.ts';
import { fitCamera, PX_PER_MM_AT_100, zoomAt, type Camera } from './camera.ts';
import { gradientStops } from './plating.ts';
import { GLITTER_TILE_MM, GLITTER_TILE_PX, glitterPattern } from './glitter.ts';
import { AnchorPoints, Marquee, SelectionBox } from './SelectionOverlay.tsx';
import type { ReferenceImage } from './reference.ts';
import type { ToolId } from '../editor/tools/types.ts';
import { selectionBounds } from '../editor/selectionBox.ts';

/** A wheel zoom settles into a redraw once the wheel has been still this long. */
const ZOOM_SETTLE_MS = 140;

/** The camera controls the hand and zoom tools drive. */
export interface CanvasView {
  panByMm(dx: number, dy: number): void;
  zoomAbout(factor: number, at: { x: number; y: number }): void;
}

/** A decoded <img> for Konva, cached by source. */
function useImage(src: string | undefined): HTMLImageElement | undefined {
  const [img, setImg] = useState<HTMLImageElement>();
  useEffect(() => {
    if (!src) return setImg(undefined);
    const el = new window.Image();
    el.onload = () => setImg(el);
    el.src = src;
  }, [src]);
  return img;
}

const ringsToData = (rings: number[][]) =>
  rings.map((r) => `M${r.slice(0, 2).join(' ')}${Array.from({ length: r.length / 2 - 1 }, (_, i) => `L${r[2 * i + 2]} ${r[2 * i + 3]}`).join('')}Z`).join('');

interface ItemNodeProps {
  item: Item;
  selected: boolean;
  metal: { stops: Array<number | string>; bounds: Bounds };
}

/** One document item, memoised: an edit re-renders only the items it changed. */
const ItemNode = memo(function ItemNode({ item, selected, metal }: ItemNodeProps) {
  const common = {
    // The active tool finds the item under the pointer by this name.
    name: `item:${item.id}`,
    shadowColor: '#1F6FEB',
    shadowBlur: selected ? 6 : 0,
    shadowOpacity: selected ? 1 : 0,
  };
  const gradient = {
    fillLinearGradientStartPoint: { x: metal.bounds.minX, y: metal.bounds.minY },
    fillLinearGradientEndPoint: { x: metal.bounds.maxX, y: metal.bounds.maxY },
    fillLinearGradientColorStops: metal.stops,
  };
  switch (item.kind) {
    case 'enamel-fill': {
      // Special enamels look different: glitter sparkles, glow has a halo, translucent shows the metal.
      const sparkle = item.finish === 'glitter' ? glitterPattern(item.color.hex) : undefined;
      const finish = sparkle
        ? { fillPriority: 'pattern', fillPatternImage: sparkle as unknown as HTMLImageElement, fillPatternScale: { x: GLITTER_TILE_MM / GLITTER_TILE_PX, y: GLITTER_TILE_MM / GLITTER_TILE_PX } }
        : item.finish === 'glow' ? { shadowColor: '#C6FF8A', shadowBlur: 1.2, shadowOpacity: 0.9 } : {};
      return <Path {...common} {...finish} data={pathGeomToData(item.path)} fill={item.color.hex} fillRule={item.fillRule} opacity={item.finish === 'translucent' ? 0.7 : 1} />;
    }
    case 'metal-line':
      return (
        <Path {...common} data={pathGeomToData(item.path)} strokeWidth={item.width} lineCap={item.cap} lineJoin={item.join}
          strokeLinearGradientStartPoint={gradient.fillLinearGradientStartPoint} strokeLinearGradientEndPoint={gradient.fillLinearGradientEndPoint}
          strokeLinearGradientColorStops={metal.stops} hitStrokeWidth={Math.max(item.width, 0.6)} />
      );
    case 'metal-area':
      return <Path {...common} data={pathGeomToData(item.path)} fillRule={item.fillRule} {...gradient} />;
    case 'text':
      return <Path {...common} data={pathGeomToData(item.outlines)} {...(item.mode === 'raised-metal' ? gradient : { fill: item.color?.hex ?? '#FFFFFF' })} />;
    default:
      return null;
  }
});

export interface PointerEventInfo {
  at: { x: number; y: number };
  itemId?: string;
  handle?: string;
  shift: boolean;
  alt: boolean;
}

export interface PinCanvasProps {
  doc: PinDocument;
  violations: Violation[];
  selection: string[];
  focus: Violation | null;
  /** Points of the shape the active tool is drawing (mm). */
  preview: Array<{ x: number; y: number }>;
  previewWidth: number;
  cursor: string;
  showGrid: boolean;
  onToggleGrid: () => void;
  onPointer: (kind: 'down' | 'move' | 'up', info: PointerEventInfo) => void;
  onSelect: (ids: string[]) => void;
  tool?: ToolId;
  /** The marquee being dragged, if any. */
  marquee?: Bounds | null;
  reference?: ReferenceImage | null;
  onReferenceMove?: (x: number, y: number) => void;
  /** Filled with the camera controls for the hand and zoom tools. */
  viewRef?: RefObject<CanvasView | null>;
}

/** The pin as it will be made: die-cut silhouette in the plating, enamel, raised metal, problems. */
export function PinCanvas({ doc, violations, selection, focus, preview, previewWidth, cursor, showGrid, onToggleGrid, onPointer, onSelect, tool = 'select', marquee, reference, onReferenceMove, viewRef }: PinCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const refImage = useImage(reference?.visible ? reference.src : undefined);
  // While the wheel turns, the last drawn frame is scaled on the compositor (a CSS transform) and
  // the 2,000 shapes are redrawn once, when the wheel settles: zooming stays at display rate.
  const zooming = useRef<{ cam: Camera; timer: ReturnType<typeof setTimeout> | null } | null>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const [camera, setCamera] = useState<Camera | null>(null);
  const spaceDown = useRef(false);
  const panFrom = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const down = (e: KeyboardEvent) => { if (e.code === 'Space' && !(e.target instanceof HTMLInputElement)) { spaceDown.current = true; e.preventDefault(); } };
    const up = (e: KeyboardEvent) => { if (e.code === 'Space') spaceDown.current = false; };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => { window.removeEventListener('keydown', down); window.removeEventListener('keyup', up); };
  }, []);
  const bounds: Bounds = useMemo(() => ({ minX: 0, minY: 0, maxX: doc.artboard.width, maxY: doc.artboard.height }), [doc.artboard]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth || 800, height: el.clientHeight || 600 });
    measure();
    const ro = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);
  useEffect(() => setCamera(fitCamera(bounds, size.width, size.height)), [bounds, size]);
  useEffect(() => {
    if (!focus?.region?.length) return;
    const xs = focus.region.flatMap((r) => r.filter((_, i) => i % 2 === 0));
    const ys = focus.region.flatMap((r) => r.filter((_, i) => i % 2 === 1));
    const b = { minX: Math.min(...xs) - 2, minY: Math.min(...ys) - 2, maxX: Math.max(...xs) + 2, maxY: Math.max(...ys) + 2 };
    setCamera(fitCamera(b, size.width, size.height, 60));
  }, [focus, size]);

  const items = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const metal = useMemo(() => ({ stops: gradientStops(doc.spec.plating), bounds }), [doc.spec.plating, bounds]);
  const selected = new Set(selection);
  const cam = camera ?? fitCamera(bounds, size.width, size.height);
  const scale = cam.zoom * PX_PER_MM_AT_100;
  const settleZoom = () => {
    const z = zooming.current;
    if (!z) return;
    if (z.timer) clearTimeout(z.timer);
    z.timer = null;
    setCamera(z.cam);
  };
  // Redraw at the settled camera before dropping the CSS scale, so no frame shows the old one.
  useLayoutEffect(() => {
    if (!zooming.current || zooming.current.timer) return;
    zooming.current = null;
    stageRef.current?.draw();
    if (stageWrap.current) stageWrap.current.style.transform = '';
  }, [camera]);
  if (viewRef) {
    viewRef.current = {
      panByMm: (dx, dy) => setCamera((c) => { const b = c ?? cam; return { ...b, x: b.x + dx * b.zoom * PX_PER_MM_AT_100, y: b.y + dy * b.zoom * PX_PER_MM_AT_100 }; }),
      zoomAbout: (factor, at) => setCamera((c) => { const b = c ?? cam; const k = b.zoom * PX_PER_MM_AT_100; return zoomAt(b, factor, at.x * k + b.x, at.y * k + b.y); }),
    };
  }
  const selBox = tool === 'select' && selection.length ? selectionBounds(doc, selection) : null;
  const directItem = tool === 'direct' && selection.length === 1 ? doc.items[selection[0]!] : undefined;
  const markerR = 6 / scale;
  // Grid and ruler step: 1 mm when a millimetre is big on screen, else 5 or 10 mm.
  const step = scale >= 12 ? 1 : scale >= 3 ? 5 : 10;
  const visible = { minX: -cam.x / scale, minY: -cam.y / scale, maxX: (size.width - cam.x) / scale, maxY: (size.height - cam.y) / scale };
  const ticks = (lo: number, hi: number) => {
    const out: number[] = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi && out.length < 400; v += step) out.push(Number(v.toFixed(6)));
    return out;
  };
  const xs = ticks(visible.minX, visible.maxX);
  const ys = ticks(visible.minY, visible.maxY);
  const pointer = (kind: 'down' | 'move' | 'up') => (e: Konva.KonvaEventObject<MouseEvent>) => {
    const stage = e.target.getStage();
    const p = stage?.getPointerPosition();
    if (!p) return;
    // A pointer press ends a wheel zoom at once, so it lands where the artist sees.
    if (kind === 'down' && zooming.current) settleZoom();
    // Space-drag and the middle button pan, whatever the tool.
    if (kind === 'down' && (e.evt.button === 1 || spaceDown.current)) {
      panFrom.current = { x: p.x - cam.x, y: p.y - cam.y };
      return;
    }
    if (panFrom.current) {
      if (kind === 'move') setCamera({ ...cam, x: p.x - panFrom.current.x, y: p.y - panFrom.current.y });
      if (kind === 'up') panFrom.current = null;
      return;
    }
    let node: Konva.Node | null = e.target;
    let itemId: string | undefined;
    let handle: string | undefined;
    while (node && !itemId && !handle) {
      const n = node.name();
      if (n.startsWith('item:')) itemId = n.slice(5);
      if (n.startsWith('handle:')) handle = n.slice(7);
      node = node.getParent();
    }
    onPointer(kind, { at: { x: (p.x - cam.x) / scale, y: (p.y - cam.y) / scale }, shift: e.evt.shiftKey, alt: e.evt.altKey, ...(itemId ? { itemId } : {}), ...(handle ? { handle } : {}) });
  };

  return (
    <div ref={box} className="canvas-box" data-testid="canvas" style={{ cursor }}>
      <div className="zoom-controls">
        <button type="button" onClick={() => setCamera(fitCamera(bounds, size.width, size.height))} title="Fit the pin in the window">Fit</button>
        <button type="button" title="Real size on screen (96 dpi)" onClick={() => {
          const c = fitCamera(bounds, size.width, size.height);
          setCamera(zoomAt(c, 1 / c.zoom, size.width / 2, size.height / 2));
        }}>100%</button>
        <button type="button" aria-pressed={showGrid} className={showGrid ? 'on' : ''} onClick={onToggleGrid} title="Millimetre grid; drawing snaps to 0.5 mm and to line ends">Grid</button>
        <span className="muted small">{Math.round(cam.zoom * 100)}%</span>
      </div>
      <svg className="ruler top" width={size.width} height={18} aria-hidden>
        {xs.map((v) => (
          <g key={v} transform={`translate(${cam.x + v * scale},0)`}>
            <line y1={v % (step * 5) === 0 ? 6 : 12} y2={18} stroke="#999" />
            {v % (step * 5) === 0 && <text x={3} y={10} fontSize={9} fill="#666">{v}</text>}
          </g>
        ))}
      </svg>
      <svg className="ruler left" width={18} height={size.height} aria-hidden>
        {ys.map((v) => (
          <g key={v} transform={`translate(0,${cam.y + v * scale})`}>
            <line x1={v % (step * 5) === 0 ? 6 : 12} x2={18} stroke="#999" />
            {v % (step * 5) === 0 && <text x={2} y={-2} fontSize={9} fill="#666">{v}</text>}
          </g>
        ))}
      </svg>
      <div ref={stageWrap} className="stage-wrap">
      <Stage
        ref={stageRef}
        width={size.width}
        height={size.height}
        x={cam.x}
        y={cam.y}
        scaleX={scale}
        scaleY={scale}
        onMouseDown={pointer('down')}
        onMouseMove={pointer('move')}
        onMouseUp={pointer('up')}
        onWheel={(e) => {
          e.evt.preventDefault();
          const p = e.target.getStage()?.getPointerPosition();
          if (!p) return;
          const base = zooming.current?.cam ?? cam;
          const next = zoomAt(base, e.evt.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);
          const k = next.zoom / cam.zoom;
          if (stageWrap.current) stageWrap.current.style.transform = `translate(${next.x - k * cam.x}px, ${next.y - k * cam.y}px) scale(${k})`;
          if (zooming.current?.timer) clearTimeout(zooming.current.timer);
          zooming.current = { cam: next, timer: setTimeout(settleZoom, ZOOM_SETTLE_MS) };
        }}
      >
        {showGrid && (
          <Layer listening={false}>
            {xs.map((v) => <Path key={`x${v}`} data={`M${v} ${visible.minY}L${v} ${visible.maxY}`} stroke={v % (step * 5) === 0 ? '#c9c2b4' : '#ddd7cb'} strokeWidth={1 / scale} />)}
            {ys.map((v) => <Path key={`y${v}`} data={`M${visible.minX} ${v}L${visible.maxX} ${v}`} stroke={v % (step * 5) === 0 ? '#c9c2b4' : '#ddd7cb'} strokeWidth={1 / scale} />)}
          </Layer>
        )}
        {reference?.visible && refImage && (
          <Layer listening={!reference.locked && tool === 'select'}>
            <KonvaImage image={refImage} x={reference.x} y={reference.y} width={reference.width} height={reference.height} opacity={reference.opacity}
              draggable={!reference.locked && tool === 'select'} name="reference"
              onDragEnd={(e) => onReferenceMove?.(e.target.x(), e.target.y())}
              onMouseDown={(e) => { e.cancelBubble = true; }} />
          </Layer>
        )}
        <Layer>
          {items.filter((it) => it.kind === 'outline').map((it) => (
            <Path key={it.id} data={pathGeomToData(it.kind === 'outline' ? it.path : [])} shadowColor="#000" shadowBlur={12 / scale} shadowOpacity={0.35}
              fillLinearGradientStartPoint={{ x: bounds.minX, y: bounds.minY }} fillLinearGradientEndPoint={{ x: bounds.maxX, y: bounds.maxY }}
              fillLinearGradientColorStops={metal.stops} />
          ))}
          {items.map((it) => (it.kind === 'enamel-fill' ? <ItemNode key={it.id} item={it} selected={selected.has(it.id)} metal={metal} /> : null))}
          {items.map((it) => (it.kind === 'metal-line' || it.kind === 'metal-area' || it.kind === 'text'
            ? <ItemNode key={it.id} item={it} selected={selected.has(it.id)} metal={metal} /> : null))}
          {items.filter((it) => it.kind === 'cutout').map((it) => (
            <Path key={it.id} data={pathGeomToData(it.kind === 'cutout' ? it.path : [])} fill="#ECE8DF" />
          ))}
        </Layer>
        <Layer listening={false}>
          {preview.length > 1 && (
            <Path data={`M${preview.map((p) => `${p.x} ${p.y}`).join('L')}`} stroke="#1F6FEB" strokeWidth={previewWidth} opacity={0.6} lineCap="round" lineJoin="round" />
          )}
          {tool !== 'brush' && preview.map((p, i) => <Circle key={i} x={p.x} y={p.y} radius={3 / scale} fill="#1F6FEB" />)}
          {marquee && <Marquee rect={marquee} scale={scale} />}
        </Layer>
        <Layer listening>
          {violations.filter((v) => !v.waived).map((v, i) => {
            const color = v.severity === 'error' ? '#D32F2F' : '#E0A100';
            const active = focus === v;
            return (
              <Group key={i} onMouseDown={(e) => { e.cancelBubble = true; onSelect(v.items); }}>
                {v.region?.length ? <Path data={ringsToData(v.region)} fill={color} opacity={active ? 0.55 : 0.3} /> : null}
                <Circle x={v.at.x} y={v.at.y} radius={markerR} stroke={color} strokeWidth={2 / scale} fill="rgba(255,255,255,0.7)" />
                <Circle x={v.at.x} y={v.at.y} radius={markerR / 3} fill={color} />
              </Group>
            );
          })}
        </Layer>
        {(selBox || directItem) && (
          <Layer>
            {selBox && <SelectionBox box={selBox} scale={scale} />}
            {directItem && <AnchorPoints item={directItem} scale={scale} />}
          </Layer>
        )}
      </Stage>
      </div>
    </div>
  );
}
