import type { PointerInfo, Tool, ToolContext } from './types.ts';

/** T: click where the text's baseline starts; the text form takes it from there. */
export function createTextTool(ctx: ToolContext): Tool {
  return {
    id: 'text',
    state: 'idle',
    down(p: PointerInfo) {
      const at = ctx.snap ? ctx.snap(p.at) : p.at;
      if (ctx.placeText) ctx.placeText(at);
      else ctx.notify('Text needs the editor’s text form.');
    },
    move() {},
    up() {},
    key: () => false,
    preview: () => [],
  };
}
