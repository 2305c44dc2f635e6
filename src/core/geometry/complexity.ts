import type { Polyline } from './flatten.ts';

// How much work the polygon engine will do on a shape, estimated before it is asked. A sweep-line
// union costs about (points + crossings) × log(points); crossings are what run away: a polygon
// whose edges swing across each other (or a stroke whose outline overlaps its neighbours') has up
// to n²/2 of them, and 5,000 such points took the engine 12 s in one uninterruptible step.
//
// The estimate bins every edge (grown by `padMm`, half a stroke's width) into a sparse grid whose
// cells are twice the mean edge length, and counts the pairs of edges that share a cell: close to
// the edge count for ordinary artwork however many points it has (a smooth curve passes through
// its cells a couple of edges at a time), and n² for edges that span the shape and cross.

/** Cells an edge may occupy before only every k-th is visited (weighted by k): bounds the work. */
const MAX_CELLS_PER_EDGE = 64;
/** Cells along one axis at most: a few huge edges among tiny ones must not make a vast grid. */
const MAX_CELLS_PER_AXIS = 1 << 20;

const RUN_EDGES = 32;

/** Measured: a stroked zigzag costs the engine ~4× a filled one with as many edge pairs. */
const STROKE_WEIGHT = 4;

/** Paths to estimate together: one item's, or every item of a pin (edges of different items cross too). */
export interface Shape {
  polys: readonly Polyline[];
  /** Half the stroke's width for a stroked path, 0 for a fill. */
  padMm: number;
}

/** Counting stops once past `stopAbove` (the caller only needs to know it is too many). */
export function crossingPairs(polys: readonly Polyline[], padMm = 0, stopAbove = Infinity): number {
  return crossingPairsOf([{ polys, padMm }], stopAbove);
}

export function crossingPairsOf(shapes: readonly Shape[], stopAbove = Infinity): number {
  return measure(shapes, stopAbove).pairs;
}

/**
 * The most shapes that meet in one place (a cell of the same grid): shapes piled on each other.
 * Edge pairs cannot tell a pile from a fine expanded gradient (256 rings 0.05 mm apart, which
 * never cross); how many different shapes share a spot can: ~20 for the gradient, ~1,000 for a
 * shape pasted a thousand times over itself.
 */
export function pileDepth(shapes: readonly Shape[]): number {
  return measure(shapes, Infinity).depth;
}

function measure(shapes: readonly Shape[], stopAbove: number): { pairs: number; depth: number } {
  let edges = 0;
  let length = 0;
  let maxPad = 0;
  let stroked = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const { polys, padMm } of shapes) for (const p of polys) {
    maxPad = Math.max(maxPad, padMm);
    const pts = p.pts;
    const n = pts.length / 2;
    const last = p.closed ? n : n - 1;
    for (let i = 0; i < n; i++) {
      const x = pts[2 * i]!, y = pts[2 * i + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (i < last) {
        const j = (i + 1) % n;
        length += Math.hypot(pts[2 * j]! - x, pts[2 * j + 1]! - y);
        edges++;
        if (padMm > 0) stroked++;
      }
    }
  }
  if (edges < 2) return { pairs: 0, depth: shapes.length ? 1 : 0 };
  const extent = Math.max(maxX - minX, maxY - minY) + 2 * maxPad;
  const cell = Math.max((2 * length) / edges + 2 * maxPad, extent / MAX_CELLS_PER_AXIS, 1e-9);
  const counts = new Map<number, number>();
  const lastShape = new Map<number, number>();
  const shapesHere = new Map<number, number>();
  let depth = 0;
  let current = -1;
  let pairs = 0;
  const at = (v: number, min: number) => Math.floor((v - min + maxPad) / cell);
  let padMm = 0;
  let weight = 1;
  /** A run of consecutive edges (its box, grown by the pad) enters every cell its box covers. */
  const enter = (x0: number, y0: number, x1: number, y1: number): boolean => {
    const cx0 = at(x0 - padMm, minX), cx1 = at(x1 + padMm, minX);
    const cy0 = at(y0 - padMm, minY), cy1 = at(y1 + padMm, minY);
    const w = cx1 - cx0 + 1;
    const span = w * (cy1 - cy0 + 1);
    // A long diagonal edge's box covers cells it does not touch; counted as a box it can only
    // over-estimate, which is the safe side.
    const stride = span > MAX_CELLS_PER_EDGE ? Math.ceil(span / MAX_CELLS_PER_EDGE) : 1;
    for (let k = 0; k < span; k += stride) {
      const key = (cy0 + Math.floor(k / w)) * (MAX_CELLS_PER_AXIS + 2) + cx0 + (k % w);
      const c = counts.get(key) ?? 0;
      pairs += c * stride * weight;
      counts.set(key, c + 1);
      if (lastShape.get(key) !== current) {
        lastShape.set(key, current);
        const d = (shapesHere.get(key) ?? 0) + 1;
        shapesHere.set(key, d);
        if (d > depth) depth = d;
      }
    }
    return pairs > stopAbove;
  };
  for (const [si, shape] of shapes.entries()) for (const p of shape.polys) {
    current = si;
    padMm = shape.padMm;
    // A stroke's outline has ~4 edges and a join for each of the path's: its crossings cost more.
    weight = padMm > 0 ? STROKE_WEIGHT : 1;
    const pts = p.pts;
    const n = pts.length / 2;
    const last = p.closed ? n : n - 1;
    // Consecutive edges within one cell's size are one run: a dense smooth curve is a few runs per
    // cell (its neighbours along the path never make crossings), a zigzag's long edges one each.
    // A run also ends after RUN_EDGES edges: a ring that retraces the same few edges thousands of
    // times stays in one small box, and is thousands of runs piled there, as the engine sees it.
    let rx0 = Infinity, ry0 = Infinity, rx1 = -Infinity, ry1 = -Infinity;
    let inRun = 0;
    for (let i = 0; i < last; i++) {
      const j = (i + 1) % n;
      const ax = pts[2 * i]!, ay = pts[2 * i + 1]!, bx = pts[2 * j]!, by = pts[2 * j + 1]!;
      const nx0 = Math.min(rx0, ax, bx), ny0 = Math.min(ry0, ay, by), nx1 = Math.max(rx1, ax, bx), ny1 = Math.max(ry1, ay, by);
      if (rx0 !== Infinity && (nx1 - nx0 > cell || ny1 - ny0 > cell || inRun >= RUN_EDGES)) {
        if (enter(rx0, ry0, rx1, ry1)) return { pairs, depth };
        rx0 = Math.min(ax, bx); ry0 = Math.min(ay, by); rx1 = Math.max(ax, bx); ry1 = Math.max(ay, by);
        inRun = 1;
      } else {
        rx0 = nx0; ry0 = ny0; rx1 = nx1; ry1 = ny1;
        inRun++;
      }
    }
    if (rx0 !== Infinity && enter(rx0, ry0, rx1, ry1)) return { pairs, depth };
  }
  return { pairs: pairs + edges + stroked * (STROKE_WEIGHT - 1), depth };
}
