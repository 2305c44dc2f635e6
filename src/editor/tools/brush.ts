import type { Point } from '../../core/document/types.ts';
import { smoothFreehand } from '../../core/geometry/smooth.ts';
import type { PointerInfo, Tool, ToolContext } from './types.ts';

/** How far the smoothed curve may stray from the hand's trail. */
const BRUSH_TOLERANCE_MM = 0.08;

/**
 * B: draw freehand; on release the trail becomes a smooth bézier metal line of the current
 * width. A stroke that ends where it began closes, ready for the bucket.
 */
export function createBrushTool(ctx: ToolContext): Tool {
  let state: 'idle' | 'drawing' = 'idle';
  let trail: Point[] = [];
  return {
    id: 'brush',
    get state() {
      return state;
    },
    down(p: PointerInfo) {
      state = 'drawing';
      trail = [p.at];
    },
    move(p: PointerInfo) {
      if (state === 'drawing') trail.push(p.at);
    },
    up(p: PointerInfo) {
      if (state !== 'drawing') return;
      trail.push(p.at);
      const first = trail[0]!;
      const width = ctx.lineWidth();
      const closes = trail.length > 8 && Math.hypot(p.at.x - first.x, p.at.y - first.y) < Math.max(0.5, 2 * width);
      const sp = smoothFreehand(trail, BRUSH_TOLERANCE_MM, closes);
      if (sp) {
        const id = ctx.newId('brush');
        ctx.store.getState().apply({ type: 'add-item', item: { id, kind: 'metal-line', path: [sp], width, cap: 'round', join: 'round' } });
        ctx.store.getState().select([id]);
      }
      state = 'idle';
      trail = [];
    },
    key(key: string) {
      if (state === 'drawing' && key === 'Escape') {
        state = 'idle';
        trail = [];
        return true;
      }
      return false;
    },
    preview: () => trail,
  };
}
