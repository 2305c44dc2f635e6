import type { Item, PathGeom } from '../core/document/types.ts';
import type { Bounds } from '../core/geometry/index.ts';
import { pathGeomToData } from '../core/geometry/index.ts';
import { GLITTER_TILE_MM, GLITTER_TILE_PX, glitterPattern } from './glitter.ts';

/**
 * The pin's resting art as one bitmap, kept up to date by repainting only where items changed.
 * Drawn as Konva nodes, lifting one item out of a 2,000-item pin to drag it redrew all 2,000
 * shapes (a 100–280 ms frame, twice per drag); here lifting repaints the few items under the
 * lifted one's box, and dropping it those under its new box. A new camera, plating or z-order
 * repaints everything, as Konva did.
 */

export interface ArtMetal { stops: Array<number | string>; bounds: Bounds }

/** Where the bitmap's pixels are: stage pixels per mm, the stage offset and size, device pixels per CSS pixel. */
export interface ArtView { scale: number; x: number; y: number; width: number; height: number; pixelRatio: number; outlineBlur: number; wireframe?: boolean }

// A repaint larger than this share of the bitmap repaints everything (fewer, simpler draws).
const FULL_REPAINT_SHARE = 0.4;
// Canvas default miter limit (Konva never set another): a miter tip reaches 10·w/2.
const MITER_LIMIT = 10;
// Glow enamel's halo, in mm (as the Konva node drew it), and how far a blur reaches (~3σ).
const GLOW_BLUR_MM = 1.2;

const paths = new WeakMap<Item, Path2D>();
const boxes = new WeakMap<Item, Bounds>();

function pathOf(item: Item): Path2D {
  let p = paths.get(item);
  if (!p) paths.set(item, (p = new Path2D(pathGeomToData(item.kind === 'text' ? item.outlines : item.path))));
  return p;
}

/** Every pixel an item paints, in mm: its bounds, grown by miter tips and halos. */
function paintedBox(item: Item): Bounds {
  let b = boxes.get(item);
  if (b) return b;
  const raw = hullBounds(item.kind === 'text' ? item.outlines : item.path);
  const pad = item.kind === 'metal-line' ? (item.width / 2) * MITER_LIMIT
    : item.kind === 'enamel-fill' && item.finish === 'glow' ? GLOW_BLUR_MM * 1.5 : 0;
  b = { minX: raw.minX - pad, minY: raw.minY - pad, maxX: raw.maxX + pad, maxY: raw.maxY + pad };
  boxes.set(item, b);
  return b;
}

/**
 * Bounds of a path's points and Bézier handles: a curve stays inside its control points, so this
 * holds the painted path without flattening it (flattening 2,000 items on the first grab cost 40 ms).
 */
function hullBounds(path: PathGeom): Bounds {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const add = (x: number, y: number) => {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  for (const sp of path) {
    for (const s of sp.segments) {
      add(s.x, s.y);
      if (s.hin) add(s.x + s.hin.x, s.y + s.hin.y);
      if (s.hout) add(s.x + s.hout.x, s.y + s.hout.y);
    }
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : { minX: 0, minY: 0, maxX: 0, maxY: 0 };
}

/** The draw order of the art: die lines, enamel, metal and raised text, then cut-outs on top. */
function layerOf(item: Item): number {
  switch (item.kind) {
    case 'outline': return 0;
    case 'enamel-fill': return 1;
    case 'metal-line': case 'metal-area': case 'text': return 2;
    case 'cutout': return 3;
    default: return -1;
  }
}

interface Rect { x0: number; y0: number; x1: number; y1: number }

export interface ArtRaster {
  readonly canvas: HTMLCanvasElement;
  /** Bring the bitmap to these items; returns how it was done (for tests and the benchmark). */
  paint(items: readonly Item[], metal: ArtMetal, view: ArtView): 'full' | 'partial' | 'none';
}

export function createArtRaster(canvas: HTMLCanvasElement = document.createElement('canvas')): ArtRaster {
  let drawn: { items: readonly Item[]; metal: ArtMetal; view: ArtView } | null = null;

  const toPx = (b: Bounds, v: ArtView): Rect => {
    const k = v.scale * v.pixelRatio;
    return {
      x0: Math.floor(b.minX * k + v.x * v.pixelRatio) - 2, y0: Math.floor(b.minY * k + v.y * v.pixelRatio) - 2,
      x1: Math.ceil(b.maxX * k + v.x * v.pixelRatio) + 2, y1: Math.ceil(b.maxY * k + v.y * v.pixelRatio) + 2,
    };
  };

  /** Draw the items (those touching `clip`, when given) in art order, with the view's transform. */
  const draw = (ctx: CanvasRenderingContext2D, items: readonly Item[], metal: ArtMetal, v: ArtView, clip: Rect | null) => {
    const k = v.scale * v.pixelRatio;
    ctx.setTransform(k, 0, 0, k, v.x * v.pixelRatio, v.y * v.pixelRatio);
    const gradient = ctx.createLinearGradient(metal.bounds.minX, metal.bounds.minY, metal.bounds.maxX, metal.bounds.maxY);
    for (let i = 0; i + 1 < metal.stops.length; i += 2) gradient.addColorStop(Number(metal.stops[i]), String(metal.stops[i + 1]));
    for (let layer = 0; layer <= 3; layer++) {
      for (const it of items) {
        if (layerOf(it) !== layer) continue;
        if (clip) {
          const r = toPx(paintedBox(it), v);
          if (r.x1 < clip.x0 || r.x0 > clip.x1 || r.y1 < clip.y0 || r.y0 > clip.y1) continue;
        }
        paintItem(ctx, it, gradient, v, k);
      }
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  };

  return {
    canvas,
    paint(items, metal, view) {
      const w = Math.round(view.width * view.pixelRatio);
      const h = Math.round(view.height * view.pixelRatio);
      const ctx = canvas.getContext('2d');
      if (!ctx) return 'none';
      const last = drawn;
      drawn = { items, metal, view };
      const sameView = last && last.metal.bounds === metal.bounds && last.metal.stops === metal.stops
        && last.view.scale === view.scale && last.view.x === view.x && last.view.y === view.y && last.view.width === view.width
        && last.view.height === view.height && last.view.pixelRatio === view.pixelRatio && last.view.outlineBlur === view.outlineBlur && !!last.view.wireframe === !!view.wireframe
        && canvas.width === w && canvas.height === h;
      if (sameView && last.items === items) return 'none';
      const dirty = sameView ? changedBoxes(last.items, items) : null;
      if (!dirty || dirty.some((b) => b === 'all')) {
        if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; } else ctx.clearRect(0, 0, w, h);
        draw(ctx, items, metal, view, null);
        return 'full';
      }
      const rects = (dirty as Bounds[]).map((b) => toPx(b, view))
        .map((r) => ({ x0: Math.max(0, r.x0), y0: Math.max(0, r.y0), x1: Math.min(w, r.x1), y1: Math.min(h, r.y1) }))
        .filter((r) => r.x1 > r.x0 && r.y1 > r.y0);
      const area = rects.reduce((a, r) => a + (r.x1 - r.x0) * (r.y1 - r.y0), 0);
      if (area > FULL_REPAINT_SHARE * w * h) {
        ctx.clearRect(0, 0, w, h);
        draw(ctx, items, metal, view, null);
        return 'full';
      }
      for (const r of rects) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0);
        ctx.clip();
        ctx.clearRect(r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0);
        draw(ctx, items, metal, view, r);
        ctx.restore();
      }
      return 'partial';
    },
  };
}

/**
 * Where the art changed between two item lists, in mm: the old and new boxes of every item added,
 * removed or changed; 'all' when the order of the items that stayed changed, or a die line did
 * (its shadow reaches far).
 */
export function changedBoxes(before: readonly Item[], after: readonly Item[]): Array<Bounds | 'all'> {
  const old = new Map(before.map((it) => [it.id, it]));
  const now = new Map(after.map((it) => [it.id, it]));
  const out: Array<Bounds | 'all'> = [];
  const box = (it: Item) => (it.kind === 'outline' ? 'all' : paintedBox(it));
  for (const it of after) {
    const was = old.get(it.id);
    if (was === it) continue;
    out.push(box(it));
    if (was) out.push(box(was));
  }
  for (const it of before) if (!now.has(it.id)) out.push(box(it));
  // The items in both lists must keep their order, else a change elsewhere shows through.
  const keptBefore = before.filter((it) => now.has(it.id)).map((it) => it.id);
  const keptAfter = after.filter((it) => old.has(it.id)).map((it) => it.id);
  if (keptBefore.some((id, i) => id !== keptAfter[i])) out.push('all');
  return out;
}

/** The bare die under the art, darker than raised metal: a line drawn on an unfilled die shows. */
export { RECESS_SHADE } from '../core/kinds/plating.ts';
import { RECESS_SHADE } from '../core/kinds/plating.ts';

/** Outline view (Ctrl+Y): every path as a hairline in the colour of what it is. */
export function wireColour(item: Item): string {
  switch (item.kind) {
    case 'outline': case 'cutout': return '#EC008C';
    case 'enamel-fill': return item.color.hex;
    case 'text': return item.mode === 'raised-metal' ? '#2D2926' : item.color?.hex ?? '#2D2926';
    default: return '#2D2926';
  }
}

function paintItem(ctx: CanvasRenderingContext2D, item: Item, metal: CanvasGradient, v: ArtView, k: number): void {
  const path = pathOf(item);
  if (v.wireframe) {
    ctx.strokeStyle = wireColour(item);
    ctx.lineWidth = 1.25 / v.scale;
    ctx.lineJoin = 'round';
    ctx.stroke(path);
    return;
  }
  switch (item.kind) {
    case 'outline':
      ctx.save();
      ctx.shadowColor = 'rgba(0,0,0,0.35)';
      ctx.shadowBlur = v.outlineBlur * k;
      ctx.fillStyle = metal;
      ctx.fill(path);
      ctx.restore();
      ctx.fillStyle = RECESS_SHADE;
      ctx.fill(path);
      return;
    case 'enamel-fill': {
      ctx.save();
      const sparkle = item.finish === 'glitter' ? glitterPattern(item.color.hex) : undefined;
      const pattern = sparkle ? ctx.createPattern(sparkle, 'repeat') : null;
      if (pattern) {
        if (typeof DOMMatrix !== 'undefined') pattern.setTransform(new DOMMatrix().scale(GLITTER_TILE_MM / GLITTER_TILE_PX));
        ctx.fillStyle = pattern;
      } else ctx.fillStyle = item.color.hex;
      if (item.finish === 'glow') {
        ctx.shadowColor = 'rgba(198,255,138,0.9)';
        ctx.shadowBlur = GLOW_BLUR_MM * k;
      }
      if (item.finish === 'translucent') ctx.globalAlpha = 0.7;
      ctx.fill(path, item.fillRule ?? 'nonzero');
      ctx.restore();
      return;
    }
    case 'metal-line':
      ctx.strokeStyle = metal;
      ctx.lineWidth = item.width;
      ctx.lineCap = item.cap;
      ctx.lineJoin = item.join;
      ctx.miterLimit = MITER_LIMIT;
      ctx.stroke(path);
      return;
    case 'metal-area':
      ctx.fillStyle = metal;
      ctx.fill(path, item.fillRule ?? 'nonzero');
      return;
    case 'text':
      ctx.fillStyle = item.mode === 'raised-metal' ? metal : item.color?.hex ?? '#FFFFFF';
      ctx.fill(path);
      return;
    case 'cutout':
      ctx.fillStyle = '#ECE8DF';
      ctx.fill(path);
      return;
  }
}
