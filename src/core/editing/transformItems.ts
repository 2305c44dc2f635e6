import type { Item, PathGeom, Segment } from '../document/types.ts';
import { applyToPoint, determinant, transformPath, type Matrix } from '../geometry/index.ts';

/**
 * An item carried through an affine map (scale, rotate, mirror). Line widths and text sizes
 * scale with the art by the map's area factor, as "scale strokes" does in Illustrator: a pin
 * made smaller gets thinner lines, which the checks then judge.
 */
export function transformItem(item: Item, m: Matrix): Item {
  const k = Math.sqrt(Math.abs(determinant(m)));
  switch (item.kind) {
    case 'text': {
      const [x, y] = applyToPoint(m, item.x, item.y);
      return { ...item, x, y, size: item.size * k, outlines: transformPath(item.outlines, m) };
    }
    case 'metal-line':
      return { ...item, path: transformPath(item.path, m), width: item.width * k };
    default:
      return { ...item, path: transformPath(item.path, m) };
  }
}

/** Which part of a sub-path's anchor a direct-select drag moves. */
export type AnchorPart = 'anchor' | 'hin' | 'hout';

/**
 * Move one anchor (with its handles) or one handle. Moving a handle of a smooth anchor turns
 * the opposite handle with it, keeping its length, so the curve stays smooth as in Illustrator.
 */
export function moveAnchor(path: PathGeom, sub: number, seg: number, part: AnchorPart, to: { x: number; y: number }): PathGeom {
  const sp = path[sub];
  const s = sp?.segments[seg];
  if (!sp || !s) return path;
  let next: Segment;
  if (part === 'anchor') next = { ...s, x: to.x, y: to.y };
  else {
    const h = { x: to.x - s.x, y: to.y - s.y };
    const other = part === 'hin' ? s.hout : s.hin;
    next = { ...s, [part]: h };
    if (other && isSmooth(s)) {
      const len = Math.hypot(other.x, other.y);
      const hl = Math.hypot(h.x, h.y);
      if (hl > 1e-9) next[part === 'hin' ? 'hout' : 'hin'] = { x: (-h.x / hl) * len, y: (-h.y / hl) * len };
    }
  }
  return path.map((p, i) => (i !== sub ? p : { ...p, segments: p.segments.map((q, j) => (j === seg ? next : q)) }));
}

/** Handles pointing opposite ways (within ~2°) make a smooth anchor. */
function isSmooth(s: Segment): boolean {
  if (!s.hin || !s.hout) return false;
  const a = Math.hypot(s.hin.x, s.hin.y);
  const b = Math.hypot(s.hout.x, s.hout.y);
  if (a < 1e-9 || b < 1e-9) return false;
  return (s.hin.x * s.hout.x + s.hin.y * s.hout.y) / (a * b) < -0.999;
}

/** The path of an item that direct selection edits (text keeps its outlines tied to its letters). */
export function editablePath(item: Item): PathGeom | null {
  return item.kind === 'text' ? null : item.path;
}
