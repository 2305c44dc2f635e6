import { useMemo, type RefObject } from 'react';
import type { CanvasView } from '../canvas/PinCanvas.tsx';
import type { ColorRef, Point } from '../core/document/types.ts';
import { idMaker } from '../editor/ids.ts';
import { snapPoint } from '../editor/snap.ts';
import type { EditorStore } from '../editor/store.ts';
import { createBrushTool } from '../editor/tools/brush.ts';
import { createBucketTool } from '../editor/tools/bucket.ts';
import { createDirectSelectTool } from '../editor/tools/direct.ts';
import { createEyedropperTool } from '../editor/tools/eyedropper.ts';
import { createHandTool, createZoomTool } from '../editor/tools/navigate.ts';
import { createPenTool } from '../editor/tools/pen.ts';
import { createSelectTool } from '../editor/tools/select.ts';
import { createShapeTool } from '../editor/tools/shape.ts';
import { createTextTool } from '../editor/tools/text.ts';
import type { Tool, ToolContext, ToolId } from '../editor/tools/types.ts';

export interface ToolSettings {
  color: ColorRef;
  lineWidth: number;
  corners: number;
}

/** Smart guides pull a dragged selection from this many screen pixels away. */
export const SMART_GUIDE_PX = 5;

/** Every tool, made once per store, reading the toolbar's settings as they are when used. */
export function useTools(o: {
  store: EditorStore;
  settings: RefObject<ToolSettings>;
  gridRef: RefObject<boolean>;
  viewRef: RefObject<CanvasView | null>;
  setColor: (c: ColorRef) => void;
  notify: (text: string) => void;
  placeText: (at: Point) => void;
  sampleReference?: (at: Point) => boolean;
}): Record<ToolId, Tool> {
  const { store } = o;
  return useMemo(() => {
    const ctx: ToolContext = {
      store,
      color: () => o.settings.current.color,
      setColor: (c) => o.setColor(c),
      snap: (p) => snapPoint(store.getState().doc, p, o.gridRef.current ? 0.5 : null),
      lineWidth: () => o.settings.current.lineWidth,
      corners: () => o.settings.current.corners,
      placeText: (at) => o.placeText(at),
      sampleReference: (at) => o.sampleReference?.(at) ?? false,
      view: {
        panByMm: (dx, dy) => o.viewRef.current?.panByMm(dx, dy),
        zoomAbout: (f, at) => o.viewRef.current?.zoomAbout(f, at),
      },
      notify: (text) => o.notify(text),
      newId: idMaker(store),
      snapTolerance: () => {
        const px = o.viewRef.current?.pxPerMm();
        return px ? SMART_GUIDE_PX / px : undefined;
      },
    };
    return {
      select: createSelectTool(ctx), pen: createPenTool(ctx), bucket: createBucketTool(ctx),
      rectangle: createShapeTool(ctx, 'rectangle'), ellipse: createShapeTool(ctx, 'ellipse'), eyedropper: createEyedropperTool(ctx),
      cutout: createShapeTool(ctx, 'ellipse', 'cutout'),
      direct: createDirectSelectTool(ctx), brush: createBrushTool(ctx), polygon: createShapeTool(ctx, 'polygon'), star: createShapeTool(ctx, 'star'),
      text: createTextTool(ctx), hand: createHandTool(ctx), zoom: createZoomTool(ctx),
    } satisfies Record<ToolId, Tool>;
  // The callbacks are read through refs or are stable setters: one set of tools per store.
  }, [store]);
}
