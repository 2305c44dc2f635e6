import type { PointerInfo, Tool, ToolContext } from './types.ts';

/**
 * I: click an enamel fill to make its colour the current colour (for the bucket and new fills);
 * off the art, the reference image's colour there, matched to the nearest PMS code.
 */
export function createEyedropperTool(ctx: ToolContext): Tool {
  return {
    id: 'eyedropper',
    state: 'idle',
    down(p: PointerInfo) {
      const it = p.itemId ? ctx.store.getState().doc.items[p.itemId] : undefined;
      if (it?.kind === 'enamel-fill') ctx.setColor?.({ ...it.color });
      else if (it?.kind === 'text' && it.color) ctx.setColor?.({ ...it.color });
      else if (ctx.sampleReference?.(p.at)) return;
      else ctx.notify('Click an enamel fill (or the reference image) to pick up its colour.');
    },
    move() {},
    up() {},
    key: () => false,
    preview: () => [],
  };
}
