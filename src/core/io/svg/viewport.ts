import { multiply, scale, translate, type Matrix } from '../../geometry/index.ts';
import { parseNumberList } from './lengths.ts';
import type { XNode } from './xml.ts';

/** A viewBox: four numbers, positive width and height; undefined otherwise (as browsers ignore it). */
export function viewBoxOf(el: XNode): [number, number, number, number] | undefined {
  const vb = parseNumberList(el.attrs.viewBox ?? el.attrs.viewbox);
  return vb.length === 4 && vb[2]! > 0 && vb[3]! > 0 ? (vb as [number, number, number, number]) : undefined;
}

/**
 * The map from a viewBox into a viewport of w × h at (x, y), under preserveAspectRatio
 * ("xMidYMid meet" unless said; "none" stretches; "slice" fills and overflows).
 */
export function fitViewBox(vb: readonly [number, number, number, number], x: number, y: number, w: number, h: number, par: string | undefined): Matrix {
  const [vx, vy, vw, vh] = vb;
  const words = (par ?? '').trim().split(/\s+/).filter((p) => p !== 'defer');
  const align = words[0] || 'xMidYMid';
  let sx = w / vw;
  let sy = h / vh;
  let tx = x;
  let ty = y;
  if (align !== 'none') {
    const s = words[1] === 'slice' ? Math.max(sx, sy) : Math.min(sx, sy);
    const fx = align.includes('xMid') ? 0.5 : align.includes('xMax') ? 1 : 0;
    const fy = align.includes('YMid') ? 0.5 : align.includes('YMax') ? 1 : 0;
    tx += (w - vw * s) * fx;
    ty += (h - vh * s) * fy;
    sx = sy = s;
  }
  return multiply(translate(tx, ty), multiply(scale(sx, sy), translate(-vx, -vy)));
}

/** A nested <svg>'s or a <symbol> instance's user space inside its viewport. */
export function viewportMatrix(el: XNode, x: number, y: number, w: number, h: number): Matrix {
  const vb = viewBoxOf(el);
  return vb ? fitViewBox(vb, x, y, w, h, el.attrs.preserveAspectRatio) : translate(x, y);
}
