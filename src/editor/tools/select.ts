import type { Point } from '../../core/document/types.ts';
import type { PointerInfo, Tool, ToolContext } from './types.ts';

/** V: click selects (shift adds), drag moves the selection as one undo step, arrows nudge. */
export function createSelectTool(ctx: ToolContext): Tool {
  let state: 'idle' | 'dragging' = 'idle';
  let last: Point | null = null;
  const st = () => ctx.store.getState();
  return {
    id: 'select',
    get state() {
      return state;
    },
    down(p: PointerInfo) {
      if (!p.itemId) {
        if (!p.shift) st().select([]);
        return;
      }
      const sel = st().selection;
      if (p.shift) st().select(sel.includes(p.itemId) ? sel.filter((s) => s !== p.itemId) : [...sel, p.itemId]);
      else if (!sel.includes(p.itemId)) st().select([p.itemId]);
      state = 'dragging';
      last = p.at;
      st().beginGesture();
    },
    move(p: PointerInfo) {
      if (state !== 'dragging' || !last) return;
      const dx = p.at.x - last.x;
      const dy = p.at.y - last.y;
      if (dx || dy) st().apply({ type: 'move-items', ids: st().selection, dx, dy });
      last = p.at;
    },
    up() {
      if (state === 'dragging') st().endGesture();
      state = 'idle';
      last = null;
    },
    key(key: string, shift: boolean) {
      const step = shift ? 1 : 0.1;
      const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[key];
      if (!d || !st().selection.length) return false;
      st().apply({ type: 'move-items', ids: st().selection, dx: d[0]!, dy: d[1]! });
      return true;
    },
    preview: () => [],
  };
}
