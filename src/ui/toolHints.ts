import type { ToolId } from '../editor/tools/types.ts';

const HINTS: Partial<Record<ToolId, string>> = {
  pen: 'Click to place points of a metal line; Enter finishes, Esc cancels.',
  bucket: 'Click inside a cell bounded by metal to fill it with the current colour.',
  direct: 'Click a shape to see its anchors; drag an anchor or a handle to reshape it.',
  brush: 'Draw freehand; the stroke becomes a smooth metal line. End where you began to close it.',
  polygon: 'Drag from the centre out to a corner; set the number of corners in the tool bar.',
  star: 'Drag from the centre out to a corner; set the number of corners in the tool bar.',
  text: 'Click where the text starts (its baseline); letters become outlines, as factories need.',
  hand: 'Drag to pan (or hold space with any tool).',
  zoom: 'Click to zoom in, Alt-click to zoom out.',
  rectangle: 'Drag to draw a closed metal line (shift: square/round); then fill it with the bucket.',
  ellipse: 'Drag to draw a closed metal line (shift: square/round); then fill it with the bucket.',
  cutout: 'Drag to cut a hole through the pin (shift: round). Holes need 1.2 mm and add tooling cost.',
};

/** The line under the canvas that says what the current tool does. */
export const toolHint = (tool: ToolId) =>
  HINTS[tool] ?? 'Click a problem to zoom to it; click a shape to inspect it, drag to move, arrows nudge. Scroll to zoom.';
