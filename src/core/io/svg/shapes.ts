import type { PathGeom } from '../../document/types.ts';
import { ellipsePath, parsePathDataLenient, polylinePath, rectPath } from '../../geometry/index.ts';
import { parseNumberList, parseUserLength, viewportDiagonal } from './lengths.ts';
import type { XNode } from './xml.ts';
import { localName } from './xml.ts';

export const SHAPE_TAGS = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

export interface ShapeGeometry {
  path: PathGeom;
  /** Set when the element's data is partly broken (drawn up to the error, as browsers do). */
  problem?: string;
}

/** The outline of a basic shape in its own user space; undefined when it renders nothing. */
export function shapeGeometry(el: XNode, vbW: number, vbH: number): ShapeGeometry | undefined {
  const len = (k: string, ref: number) => parseUserLength(el.attrs[k], ref);
  const diag = viewportDiagonal(vbW, vbH);
  switch (localName(el.name)) {
    case 'path': {
      const d = el.attrs.d;
      if (!d) return undefined;
      const r = parsePathDataLenient(d);
      return r.path.length ? (r.error ? { path: r.path, problem: r.error } : { path: r.path }) : r.error ? { path: [], problem: r.error } : undefined;
    }
    case 'rect': {
      const w = len('width', vbW) ?? 0;
      const h = len('height', vbH) ?? 0;
      if (!(w > 0 && h > 0)) return undefined;
      let rx = len('rx', vbW);
      let ry = len('ry', vbH);
      if (rx === undefined || rx < 0) rx = ry !== undefined && ry >= 0 ? ry : 0;
      if (ry === undefined || ry < 0) ry = rx;
      return { path: rectPath(len('x', vbW) ?? 0, len('y', vbH) ?? 0, w, h, rx, ry) };
    }
    case 'circle': {
      const r = len('r', diag) ?? 0;
      return r > 0 ? { path: ellipsePath(len('cx', vbW) ?? 0, len('cy', vbH) ?? 0, r) } : undefined;
    }
    case 'ellipse': {
      const rx = len('rx', vbW);
      const ry = len('ry', vbH);
      const rX = rx ?? ry ?? 0;
      const rY = ry ?? rx ?? 0;
      return rX > 0 && rY > 0 ? { path: ellipsePath(len('cx', vbW) ?? 0, len('cy', vbH) ?? 0, rX, rY) } : undefined;
    }
    case 'line':
      return {
        path: polylinePath([[len('x1', vbW) ?? 0, len('y1', vbH) ?? 0], [len('x2', vbW) ?? 0, len('y2', vbH) ?? 0]], false),
      };
    case 'polyline':
    case 'polygon': {
      const n = parseNumberList(el.attrs.points);
      const pts: Array<[number, number]> = [];
      for (let i = 0; i + 1 < n.length; i += 2) pts.push([n[i]!, n[i + 1]!]);
      if (!pts.length) return undefined;
      const shape = { path: polylinePath(pts, localName(el.name) === 'polygon') };
      return n.length % 2 ? { ...shape, problem: 'an odd number of coordinates in "points"; the last one is ignored' } : shape;
    }
    default:
      return undefined;
  }
}
