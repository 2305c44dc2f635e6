import type { Point } from '../../core/document/types.ts';
import { ellipsePath, flattenPath, polygonPath, rectPath, starPath } from '../../core/geometry/index.ts';
import type { PointerInfo, Tool, ToolContext } from './types.ts';

/** Inner radius of a star as a share of the outer one: a classic five-point star. */
const STAR_INNER = 0.45;

/**
 * M (rectangle) and L (ellipse): drag from corner to corner; polygon and star: drag from the
 * centre out to a corner. The shape becomes a closed metal line of the current width, ready to
 * be filled with the bucket. Shift makes it square/round. The cut-out tool (O) drags an ellipse
 * that becomes a through-hole instead.
 */
export function createShapeTool(ctx: ToolContext, shape: 'rectangle' | 'ellipse' | 'polygon' | 'star', makes: 'metal' | 'cutout' = 'metal'): Tool {
  let state: 'idle' | 'dragging' = 'idle';
  let start: Point | null = null;
  let end: Point | null = null;
  let square = false;
  const box = () => {
    if (!start || !end) return null;
    let w = end.x - start.x;
    let h = end.y - start.y;
    if (square) {
      const s = Math.max(Math.abs(w), Math.abs(h));
      w = Math.sign(w || 1) * s;
      h = Math.sign(h || 1) * s;
    }
    return { x: Math.min(start.x, start.x + w), y: Math.min(start.y, start.y + h), w: Math.abs(w), h: Math.abs(h) };
  };
  const path = () => {
    if ((shape === 'polygon' || shape === 'star') && start && end) {
      const r = Math.hypot(end.x - start.x, end.y - start.y);
      if (r < 0.05) return null;
      const n = ctx.corners?.() ?? (shape === 'star' ? 5 : 6);
      return shape === 'star' ? starPath(start.x, start.y, r, n, STAR_INNER) : polygonPath(start.x, start.y, r, n);
    }
    const b = box();
    if (!b || b.w < 0.05 || b.h < 0.05) return null;
    return shape === 'rectangle' ? rectPath(b.x, b.y, b.w, b.h) : ellipsePath(b.x + b.w / 2, b.y + b.h / 2, b.w / 2, b.h / 2);
  };
  return {
    id: makes === 'cutout' ? 'cutout' : shape,
    get state() {
      return state;
    },
    down(p: PointerInfo) {
      state = 'dragging';
      start = ctx.snap ? ctx.snap(p.at) : p.at;
      end = start;
      square = p.shift;
    },
    move(p: PointerInfo) {
      if (state !== 'dragging') return;
      end = ctx.snap ? ctx.snap(p.at) : p.at;
      square = p.shift;
    },
    up(p: PointerInfo) {
      if (state !== 'dragging') return;
      end = ctx.snap ? ctx.snap(p.at) : p.at;
      const geom = path();
      if (geom && makes === 'cutout') {
        const id = ctx.newId('cutout');
        ctx.store.getState().apply({ type: 'add-item', item: { id, kind: 'cutout', path: geom } });
        ctx.store.getState().select([id]);
      } else if (geom) {
        const id = ctx.newId(shape === 'rectangle' ? 'rect' : shape);
        const join = shape === 'ellipse' ? 'round' : 'miter';
        ctx.store.getState().apply({ type: 'add-item', item: { id, kind: 'metal-line', path: geom, width: ctx.lineWidth(), cap: 'round', join } });
        ctx.store.getState().select([id]);
      }
      state = 'idle';
      start = end = null;
    },
    key(key: string) {
      if (state === 'dragging' && key === 'Escape') {
        state = 'idle';
        start = end = null;
        return true;
      }
      return false;
    },
    preview() {
      const geom = path();
      if (!geom) return [];
      const pts = flattenPath(geom, 0.05)[0]?.pts ?? [];
      const out: Point[] = [];
      for (let i = 0; i < pts.length; i += 2) out.push({ x: pts[i]!, y: pts[i + 1]! });
      if (out[0]) out.push(out[0]);
      return out;
    },
  };
}
