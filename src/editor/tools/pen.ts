import type { Point } from '../../core/document/types.ts';
import type { PointerInfo, Tool, ToolContext } from './types.ts';

/** P: click to place points of a raised metal line; Enter or a click on the first point finishes,
 * Esc cancels. The line gets the current width (mm) with round caps and joins. */
export function createPenTool(ctx: ToolContext): Tool {
  let state: 'idle' | 'drawing' = 'idle';
  let points: Point[] = [];
  let hover: Point | null = null;
  const finish = (closed: boolean) => {
    if (points.length >= 2) {
      const id = ctx.newId('line');
      ctx.store.getState().apply({
        type: 'add-item',
        item: { id, kind: 'metal-line', path: [{ closed, segments: points.map((p) => ({ x: p.x, y: p.y })) }], width: ctx.lineWidth(), cap: 'round', join: 'round' },
      });
      ctx.store.getState().select([id]);
    }
    state = 'idle';
    points = [];
    hover = null;
  };
  return {
    id: 'pen',
    get state() {
      return state;
    },
    down(p: PointerInfo) {
      const first = points[0];
      if (state === 'drawing' && first && points.length >= 3 && Math.hypot(p.at.x - first.x, p.at.y - first.y) < 0.3) {
        finish(true);
        return;
      }
      state = 'drawing';
      points.push(ctx.snap ? ctx.snap(p.at) : p.at);
    },
    move(p: PointerInfo) {
      hover = state === 'drawing' ? (ctx.snap ? ctx.snap(p.at) : p.at) : null;
    },
    up() {},
    key(key: string) {
      if (state !== 'drawing') return false;
      if (key === 'Enter') finish(false);
      else if (key === 'Escape') {
        state = 'idle';
        points = [];
        hover = null;
      } else return false;
      return true;
    },
    preview: () => (hover ? [...points, hover] : [...points]),
  };
}
