import { RulerGuides } from './RulerGuides.tsx';
import type { Guide } from '../core/editing/smartGuides.ts';
import { withGroups } from '../core/editing/arrange.ts';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Circle, Group, Image as KonvaImage, Layer, Path, Stage, Line } from 'react-konva';
import type Konva from 'konva';
import type { Violation } from '../core/checks/index.ts';
import type { Item, PinDocument } from '../core/document/types.ts';
import { expandBounds, pathGeomToData, ringsToPath, unionBounds, type Bounds } from '../core/geometry/index.ts';
import { pinBounds } from '../core/kinds/index.ts';
import { fitCamera, PX_PER_MM_AT_100, wheelZoomFactor, zoomAt, type Camera, type CanvasView } from './camera.ts';
import { gradientStops } from './plating.ts';
import { ArtLayer, ArtNodes, Highlight, MAX_HIGHLIGHTS } from './ArtLayer.tsx';
import { AnchorPoints, Marquee, SelectionBox } from './SelectionOverlay.tsx';
import type { ReferenceImage } from './reference.ts';
import type { ToolId } from '../editor/tools/types.ts';
import { selectionBounds } from '../editor/selectionBox.ts';
import { itemAt } from '../core/editing/hitTest.ts';

/** A wheel zoom or a pan settles into a redraw once the view has been still this long. */
const VIEW_SETTLE_MS = 140;
/** The art is drawn this far (px) beyond each edge of the window, so a pan shows art, not blank. */
const MARGIN_PX = 160;
const HIT_SLACK_PX = 4;

/** The box around a finding's rings (x,y pairs in mm). */
function regionBoxOf(rings: number[][]): Bounds {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const r of rings) {
    for (let i = 0; i + 1 < r.length; i += 2) {
      b.minX = Math.min(b.minX, r[i]!); b.maxX = Math.max(b.maxX, r[i]!);
      b.minY = Math.min(b.minY, r[i + 1]!); b.maxY = Math.max(b.maxY, r[i + 1]!);
    }
  }
  return b;
}

export type { CanvasView } from './camera.ts';

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
  /** Changes when another pin opens: the view fits it. */
  fitKey?: number;
  /** The findings are of an earlier version of the pin (its checks are running): drawn faint. */
  findingsStale?: boolean;
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
  /** True while a gesture reshapes the selection (drag, scale, rotate, anchor). */
  lifted?: boolean;
  /** The marquee being dragged, if any. */
  marquee?: Bounds | null;
  reference?: ReferenceImage | null;
  onReferenceMove?: (x: number, y: number) => void;
  /** Filled with the camera controls for the hand and zoom tools. */
  viewRef?: RefObject<CanvasView | null>;
  /** Outline view (Ctrl+Y): paths as hairlines, no fills. */
  wireframe?: boolean;
  /** Smart guides caught by a drag. */
  guides?: Guide[];
  /** Ruler guides changed (laid, moved or taken away). */
  onRulerGuides?: (x: number[], y: number[]) => void;
}

/** The pin as it will be made: die-cut silhouette in the plating, enamel, raised metal, problems. */
export function PinCanvas({ doc, fitKey = 0, violations, findingsStale = false, selection, focus, preview, previewWidth, cursor, showGrid, onToggleGrid, onPointer, onSelect, tool = 'select', lifted = false, marquee, reference, onReferenceMove, viewRef, wireframe = false, guides = [], onRulerGuides }: PinCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const refImage = useImage(reference?.visible ? reference.src : undefined);
  // While the view moves (wheel zoom, pan), the last drawn frame is moved on the compositor (a CSS
  // transform) and the 2,000 shapes are redrawn when the view settles or a pan nears the edge of
  // the drawn margin: the view follows the hand at display rate.
  const pending = useRef<{ cam: Camera; timer: ReturnType<typeof setTimeout> | null } | null>(null);
  const committed = useRef<Camera | null>(null);
  // The stage is made once the box is measured (before the first paint): made at a guessed size and
  // resized, its canvases were allocated twice (160 ms of the editor's first start).
  const [size, setSize] = useState({ width: 800, height: 600, measured: false });
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
  /** What Fit shows: the artboard and the whole pin, wherever its art reaches. */
  const docRef = useRef(doc);
  docRef.current = doc;
  const fitBounds = () => unionBounds(bounds, pinBounds(docRef.current));

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setSize((old) => {
      const next = { width: el.clientWidth || 800, height: el.clientHeight || 600, measured: true };
      return old.measured && old.width === next.width && old.height === next.height ? old : next;
    });
    measure();
    const ro = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);
  /** Jump the view (Fit, 100 %, a problem): whatever was still moving is dropped. */
  const jumpTo = (c: Camera) => {
    if (pending.current?.timer) clearTimeout(pending.current.timer);
    pending.current = null;
    setCamera(c);
  };
  // A pin that opens (fitKey) or a new artboard is shown whole.
  useEffect(() => jumpTo(fitCamera(fitBounds(), size.width, size.height)), [bounds, size, fitKey]);
  useEffect(() => {
    if (!focus?.region?.length) return;
    jumpTo(fitCamera(expandBounds(regionBoxOf(focus.region), 2), size.width, size.height, 60));
  }, [focus, size]);

  // Stable while the document is: panning and zooming never touch the 2,000 item nodes.
  const items = useMemo(() => doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden), [doc.order, doc.items]);
  // While the selection is being dragged, scaled or reshaped it is drawn on a layer of its own, so
  // each frame redraws a few shapes, not the whole pin.
  const liftedIds = useMemo(() => (lifted ? new Set(selection) : null), [lifted, selection]);
  const lastResting = useRef<Item[]>([]);
  const resting = useMemo(() => {
    const next = liftedIds ? items.filter((it) => !liftedIds.has(it.id)) : items;
    // During a drag only lifted items change: keep the same array so the art layer is not revisited.
    const prev = lastResting.current;
    const same = prev.length === next.length && next.every((it, i) => it === prev[i]);
    return (lastResting.current = same ? prev : next);
  }, [items, liftedIds]);
  const moving = useMemo(() => (liftedIds ? items.filter((it) => liftedIds.has(it.id)) : []), [items, liftedIds]);
  const metal = useMemo(() => ({ stops: gradientStops(doc.spec.plating), bounds }), [doc.spec.plating, bounds]);
  const cam = camera ?? fitCamera(bounds, size.width, size.height);
  const scale = cam.zoom * PX_PER_MM_AT_100;
  committed.current = cam;
  const artView = useMemo(() => ({ scale, x: cam.x + MARGIN_PX, y: cam.y + MARGIN_PX, width: size.width + 2 * MARGIN_PX, height: size.height + 2 * MARGIN_PX, outlineBlur: 12 / scale, wireframe }),
    [scale, cam.x, cam.y, size.width, size.height, wireframe]);
  // Flatten every item for hit-testing while the browser is idle, so the first press on a big
  // pin does not pay for it (itemAt caches per item version).
  useEffect(() => {
    const warm = () => itemAt(doc, { x: 1e12, y: 1e12 }, 0);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(warm, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const t = setTimeout(warm, 200);
    return () => clearTimeout(t);
  }, [doc]);
  /** The camera the artist sees: the one being moved to, else the drawn one. */
  const shown = () => pending.current?.cam ?? committed.current ?? cam;
  const cssTransform = (from: Camera, to: Camera) => {
    const k = to.zoom / from.zoom;
    return `translate(${to.x - k * from.x}px, ${to.y - k * from.y}px) scale(${k})`;
  };
  const settle = () => {
    const p = pending.current;
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    setCamera(p.cam);
  };
  /** Show the view at `next` at once (compositor only); redraw when it settles. */
  const previewCamera = (next: Camera) => {
    const from = committed.current ?? cam;
    if (stageWrap.current) stageWrap.current.style.transform = cssTransform(from, next);
    if (pending.current?.timer) clearTimeout(pending.current.timer);
    pending.current = { cam: next, timer: setTimeout(settle, VIEW_SETTLE_MS) };
    // A pan that nears the edge of the drawn margin redraws now; a zoom waits until it settles.
    if (next.zoom === from.zoom && (Math.abs(next.x - from.x) > MARGIN_PX * 0.75 || Math.abs(next.y - from.y) > MARGIN_PX * 0.75)) settle();
  };
  // After Konva draws the committed camera (its frame was queued during this commit), move the
  // drawn frame to what is still pending, or drop the transform: no frame shows a stale view.
  useLayoutEffect(() => {
    const p = pending.current;
    if (p && p.cam === camera) pending.current = null;
    requestAnimationFrame(() => {
      const wrap = stageWrap.current;
      const now = pending.current;
      if (wrap) wrap.style.transform = now && camera ? cssTransform(camera, now.cam) : '';
    });
  }, [camera]);
  if (viewRef) {
    viewRef.current = {
      panByMm: (dx, dy) => { const b = shown(); const k = b.zoom * PX_PER_MM_AT_100; previewCamera({ ...b, x: b.x + dx * k, y: b.y + dy * k }); },
      zoomAbout: (factor, at) => { const b = shown(); const k = b.zoom * PX_PER_MM_AT_100; previewCamera(zoomAt(b, factor, at.x * k + b.x, at.y * k + b.y)); },
      fit: () => jumpTo(fitCamera(fitBounds(), size.width, size.height)),
      actualSize: () => { const b = shown(); jumpTo(zoomAt(b, 1 / b.zoom, size.width / 2, size.height / 2)); },
      zoomBy: (factor) => jumpTo(zoomAt(shown(), factor, size.width / 2, size.height / 2)),
      pxPerMm: () => shown().zoom * PX_PER_MM_AT_100,
    };
  }
  // Regions covering a quarter of the artboard or more are about the whole pin (its size): they
  // are outlined, not painted. Worked out once per report, not on every render of a drag.
  const wholePinFindings = useMemo(() => new Set(violations.filter((v) => {
    if (!v.region?.length) return false;
    const b = regionBoxOf(v.region);
    return (b.maxX - b.minX) * (b.maxY - b.minY) >= 0.25 * doc.artboard.width * doc.artboard.height;
  })), [violations, doc.artboard]);
  const selBox = tool === 'select' && selection.length ? selectionBounds(doc, selection) : null;
  const directItem = tool === 'direct' && selection.length === 1 ? doc.items[selection[0]!] : undefined;
  const markerR = 6 / scale;
  // Grid and ruler step: 1 mm when a millimetre is big on screen, else 5 or 10 mm.
  const step = scale >= 12 ? 1 : scale >= 3 ? 5 : 10;
  const visible = { minX: (-MARGIN_PX - cam.x) / scale, minY: (-MARGIN_PX - cam.y) / scale, maxX: (size.width + MARGIN_PX - cam.x) / scale, maxY: (size.height + MARGIN_PX - cam.y) / scale };
  const ticks = (lo: number, hi: number) => {
    const out: number[] = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi && out.length < 400; v += step) out.push(Number(v.toFixed(6)));
    return out;
  };
  const xs = ticks(visible.minX, visible.maxX);
  const ys = ticks(visible.minY, visible.maxY);
  const pointer = (kind: 'down' | 'move' | 'up') => (e: Konva.KonvaEventObject<MouseEvent>) => {
    const stage = e.target.getStage();
    const raw = stage?.getPointerPosition();
    if (!raw) return;
    // The stage reaches MARGIN_PX past the window; p is in window pixels.
    const p = { x: raw.x - MARGIN_PX, y: raw.y - MARGIN_PX };
    // Space-drag and the middle button pan, whatever the tool.
    if (kind === 'down' && (e.evt.button === 1 || spaceDown.current)) {
      const c = shown();
      panFrom.current = { x: p.x - c.x, y: p.y - c.y };
      return;
    }
    if (panFrom.current) {
      if (kind === 'move') previewCamera({ ...shown(), x: p.x - panFrom.current.x, y: p.y - panFrom.current.y });
      if (kind === 'up') {
        panFrom.current = null;
        settle();
      }
      return;
    }
    // Tools work in what the artist sees, even while the view is still moving.
    const view = shown();
    const k = view.zoom * PX_PER_MM_AT_100;
    if (kind !== 'move') settle();
    let node: Konva.Node | null = e.target;
    let handle: string | undefined;
    while (node && !handle) {
      const n = node.name();
      if (n.startsWith('handle:')) handle = n.slice(7);
      node = node.getParent();
    }
    const at = { x: (p.x - view.x) / k, y: (p.y - view.y) / k };
    // The right button opens the context menu: it picks what is under it (as Illustrator does), never draws.
    if (e.evt.button === 2) {
      const hit = kind === 'down' ? itemAt(doc, at, HIT_SLACK_PX / k) : undefined;
      if (hit && !selection.includes(hit)) onSelect(withGroups(doc, [hit]));
      return;
    }
    // Only a press needs to know what is under the pointer; 4 px of slack for thin lines.
    const itemId = kind === 'down' && !handle ? itemAt(doc, at, HIT_SLACK_PX / k) : undefined;
    onPointer(kind, { at, shift: e.evt.shiftKey, alt: e.evt.altKey, ...(itemId ? { itemId } : {}), ...(handle ? { handle } : {}) });
  };

  return (
    <div ref={box} className="canvas-box" data-testid="canvas" data-px-per-mm={scale.toFixed(4)} data-origin={`${cam.x.toFixed(2)} ${cam.y.toFixed(2)}`} style={{ cursor }}>
      <div className="zoom-controls">
        <button type="button" onClick={() => jumpTo(fitCamera(fitBounds(), size.width, size.height))} title="Fit the pin in the window">Fit</button>
        <button type="button" title="Real size on screen (96 dpi)" onClick={() => {
          const c = fitCamera(bounds, size.width, size.height);
          jumpTo(zoomAt(c, 1 / c.zoom, size.width / 2, size.height / 2));
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
      {onRulerGuides && <RulerGuides guides={doc.guides ?? { x: [], y: [] }} scale={scale} offset={cam} size={size} onChange={onRulerGuides} />}
      <div ref={stageWrap} className="stage-wrap" style={{ left: -MARGIN_PX, top: -MARGIN_PX, transformOrigin: `${MARGIN_PX}px ${MARGIN_PX}px` }}>
      {size.measured && <Stage
        width={size.width + 2 * MARGIN_PX}
        height={size.height + 2 * MARGIN_PX}
        x={cam.x + MARGIN_PX}
        y={cam.y + MARGIN_PX}
        scaleX={scale}
        scaleY={scale}
        onMouseDown={pointer('down')}
        onMouseMove={pointer('move')}
        onMouseUp={pointer('up')}
        onWheel={(e) => {
          e.evt.preventDefault();
          const raw = e.target.getStage()?.getPointerPosition();
          if (!raw) return;
          previewCamera(zoomAt(shown(), wheelZoomFactor(e.evt), raw.x - MARGIN_PX, raw.y - MARGIN_PX));
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
        <ArtLayer items={resting} metal={metal} view={artView} />
        {/* Always there, hidden while nothing is lifted: made on the grab, its canvases were
            allocated then (130 ms on a 2,000-item pin). */}
        <Layer listening={false} visible={moving.length > 0}><ArtNodes items={moving} metal={metal} {...(wireframe ? { wire: 1.25 / scale } : {})} /></Layer>
        {/* One layer (one canvas to composite) for everything drawn over the art. */}
        <Layer listening>
          <Group opacity={findingsStale ? 0.35 : 1}>
          {violations.filter((v) => !v.waived).map((v, i) => {
            const color = v.severity === 'error' ? '#D32F2F' : '#E0A100';
            const active = focus === v;
            return (
              <Group key={i} onMouseDown={(e) => {
                // A pan that starts on a marker is still a pan; a bucket, pen or shape press is the tool's.
                if (spaceDown.current || e.evt.button === 1 || (tool !== 'select' && tool !== 'direct')) return;
                e.cancelBubble = true;
                onSelect(v.items);
              }}>
                {v.region?.length ? (wholePinFindings.has(v)
                  // A finding about the whole pin (its size) is outlined, not painted over the art.
                  ? <Path data={pathGeomToData(ringsToPath(v.region))} stroke={color} strokeWidth={2 / scale} dash={[6 / scale, 4 / scale]} listening={false} />
                  : <Path data={pathGeomToData(ringsToPath(v.region))} fill={color} opacity={active ? 0.55 : 0.3} listening={false} />) : null}
                <Circle x={v.at.x} y={v.at.y} radius={markerR} stroke={color} strokeWidth={2 / scale} fill="rgba(255,255,255,0.7)" />
                <Circle x={v.at.x} y={v.at.y} radius={markerR / 3} fill={color} />
              </Group>
            );
          })}
          </Group>
          {preview.length > 1 && (
            <Path data={`M${preview.map((p) => `${p.x} ${p.y}`).join('L')}`} stroke="#1F6FEB" strokeWidth={previewWidth} opacity={0.6} lineCap="round" lineJoin="round" />
          )}
          {tool !== 'brush' && preview.map((p, i) => <Circle key={i} x={p.x} y={p.y} radius={3 / scale} fill="#1F6FEB" />)}
          {marquee && <Marquee rect={marquee} scale={scale} />}
          {guides.map((g, i) => (
            <Line key={`guide-${i}`} listening={false} stroke="#E5007E" strokeWidth={1 / scale}
              points={g.axis === 'x' ? [g.at, g.from, g.at, g.to] : [g.from, g.at, g.to, g.at]} />
          ))}
          {selection.length > 0 && selection.length <= MAX_HIGHLIGHTS && !lifted && selection.map((id) => (doc.items[id] ? <Highlight key={id} item={doc.items[id]} px={1 / scale} /> : null))}
          {selBox && <SelectionBox box={selBox} scale={scale} />}
          {directItem && <AnchorPoints item={directItem} scale={scale} />}
        </Layer>
      </Stage>}
      </div>
    </div>
  );
}
