import type { Bounds } from '../core/geometry/index.ts';

/** Screen pixels per millimetre at 100 %: real size on a 96 dpi screen. */
export const PX_PER_MM_AT_100 = 96 / 25.4;

/** The camera maps document mm to screen px: screen = mm · zoom · PX_PER_MM + offset. */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

export function fitCamera(b: Bounds, width: number, height: number, margin = 40): Camera {
  const w = Math.max(b.maxX - b.minX, 1);
  const h = Math.max(b.maxY - b.minY, 1);
  const scale = Math.max(0.05, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
  return {
    zoom: scale / PX_PER_MM_AT_100,
    x: width / 2 - ((b.minX + b.maxX) / 2) * scale,
    y: height / 2 - ((b.minY + b.maxY) / 2) * scale,
  };
}

/** Zoom about a screen point, keeping the mm under it still. */
export function zoomAt(cam: Camera, factor: number, sx: number, sy: number): Camera {
  const zoom = Math.min(64, Math.max(0.05, cam.zoom * factor));
  const k = zoom / cam.zoom;
  return { zoom, x: sx - (sx - cam.x) * k, y: sy - (sy - cam.y) * k };
}

/**
 * A mouse wheel notch (deltaY ≈ 100) zooms 15 %; a trackpad pinch arrives as many small wheel
 * events with ctrlKey and zooms in proportion to the fingers' travel.
 */
export function wheelZoomFactor(e: { deltaY: number; deltaMode: number; ctrlKey: boolean }): number {
  const lines = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 400 : 1;
  const dy = Math.max(-300, Math.min(300, e.deltaY * lines));
  return Math.exp(-dy * (e.ctrlKey ? 0.01 : Math.log(1.15) / 100));
}

/** The camera controls the hand and zoom tools drive. */
export interface CanvasView {
  panByMm(dx: number, dy: number): void;
  zoomAbout(factor: number, at: { x: number; y: number }): void;
  /** The whole pin in the window (Ctrl+0). */
  fit(): void;
  /** 100 %: a millimetre of the pin is a millimetre on a 96 dpi screen (Ctrl+1). */
  actualSize(): void;
  /** Zoom about the middle of the window (Ctrl+= and Ctrl+-). */
  zoomBy(factor: number): void;
  /** Screen pixels per millimetre now. */
  pxPerMm(): number;
}
