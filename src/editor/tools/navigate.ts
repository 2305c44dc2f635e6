import type { Point } from '../../core/document/types.ts';
import type { PointerInfo, Tool, ToolContext } from './types.ts';

/** H: drag to pan. The grabbed point stays under the pointer. */
export function createHandTool(ctx: ToolContext): Tool {
  let grab: Point | null = null;
  return {
    id: 'hand',
    get state() {
      return grab ? 'panning' : 'idle';
    },
    down(p: PointerInfo) {
      grab = p.at;
    },
    move(p: PointerInfo) {
      if (grab) ctx.view?.panByMm(p.at.x - grab.x, p.at.y - grab.y);
    },
    up() {
      grab = null;
    },
    key: () => false,
    preview: () => [],
  };
}

/** Z: click to zoom in about the point, Alt-click to zoom out. */
export function createZoomTool(ctx: ToolContext): Tool {
  return {
    id: 'zoom',
    state: 'idle',
    down(p: PointerInfo) {
      ctx.view?.zoomAbout(p.alt ? 1 / 2 : 2, p.at);
    },
    move() {},
    up() {},
    key: () => false,
    preview: () => [],
  };
}
