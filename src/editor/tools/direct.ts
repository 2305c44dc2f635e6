import type { AnchorPart } from '../../core/editing/transformItems.ts';
import type { PointerInfo, Tool, ToolContext } from './types.ts';

/** 'sub:seg:part' as drawn on the canvas for each anchor and handle of the selected path. */
export function parsePointHandle(h: string | undefined): { sub: number; seg: number; part: AnchorPart } | null {
  const m = /^(\d+):(\d+):(anchor|hin|hout)$/.exec(h ?? '');
  return m ? { sub: Number(m[1]), seg: Number(m[2]), part: m[3] as AnchorPart } : null;
}

/**
 * A (direct selection): click a shape to show its anchors and handles, drag an anchor to move it
 * (snapping like the pen) or a handle to reshape the curve. One undo step per drag.
 */
export function createDirectSelectTool(ctx: ToolContext): Tool {
  let state: 'idle' | 'dragging-point' = 'idle';
  let target: { id: string; sub: number; seg: number; part: AnchorPart } | null = null;
  const st = () => ctx.store.getState();
  return {
    id: 'direct',
    get state() {
      return state;
    },
    down(p: PointerInfo) {
      const point = parsePointHandle(p.handle);
      const id = st().selection.length === 1 ? st().selection[0] : undefined;
      if (point && id) {
        target = { id, ...point };
        state = 'dragging-point';
        st().beginGesture();
        return;
      }
      st().select(p.itemId ? [p.itemId] : []);
    },
    move(p: PointerInfo) {
      if (state !== 'dragging-point' || !target) return;
      const to = target.part === 'anchor' && ctx.snap ? ctx.snap(p.at) : p.at;
      st().apply({ type: 'move-anchor', ...target, to });
    },
    up() {
      if (state === 'dragging-point') st().endGesture();
      state = 'idle';
      target = null;
    },
    key: () => false,
    preview: () => [],
  };
}
