import {
  Clipper, ClipType, EndType, FillRule as CFillRule, JoinType, PointInPolygonResult, PolyTree64,
  type Path64, type Paths64, type PolyPath64,
} from 'clipper2-ts';
import type { FillRule, MetalLineItem, PathGeom } from '../document/types.ts';
import { ENGINE_UNITS_PER_MM, TOLERANCE } from '../units.ts';
import { flattenPath, type Bounds, type Polyline } from './flatten.ts';

// The only module that knows the polygon engine (Clipper2). Everything crosses this boundary in
// millimetres; inside, coordinates are integers at ENGINE_UNITS_PER_MM, so results are exact and
// repeatable. Regions are always normalised (non-overlapping, positive-winding outers).

/** An area in engine units. Opaque outside the geometry facade. */
export interface Region {
  readonly paths: Paths64;
}

const S = ENGINE_UNITS_PER_MM;
const ARC_TOL = TOLERANCE.arcMm * S;
/**
 * Round joins and caps are drawn within ARC_TOL of the true arc, so their point count grows with
 * the square root of the radius: a 1e9 mm stroke made millions of points per corner. Past 100 mm
 * (no pin has such a radius) the tolerance grows with the radius, bounding a corner to ~300 points.
 */
const arcTolerance = (deltaUnits: number) => Math.max(ARC_TOL, Math.abs(deltaUnits) / 20_000);
/** Coordinates beyond this (±90 m) are not a pin; they would overflow nothing but mean bad input. */
export const MAX_COORD_MM = 90_000;

export const EMPTY_REGION: Region = { paths: [] };

/**
 * The checks' time budget reaches into the engine: while a deadline is set (withDeadline), every
 * engine call first looks at the clock and, past it, throws OutOfTime. One engine step cannot be
 * stopped, but a rule that makes thousands of them (a cell per piece of a crossed-up shape) stops
 * at the next one. Only the checks' runner sets a deadline, and it catches this; everywhere else
 * the engine never throws.
 */
export class OutOfTime extends Error {
  constructor() {
    super('out of time');
  }
}
let deadline = Infinity;

export function withDeadline<T>(at: number, fn: () => T): T {
  const before = deadline;
  deadline = at;
  try {
    return fn();
  } finally {
    deadline = before;
  }
}

/** For loops that do much work between engine calls: stop here too when past the deadline. */
export function tick(): void {
  if (deadline !== Infinity && performance.now() > deadline) throw new OutOfTime();
}

const MAX_UNITS = MAX_COORD_MM * S;
const toUnits = (v: number) => Math.round(Math.max(-MAX_UNITS, Math.min(MAX_UNITS, v * S)));

/**
 * Engine input is sanitised here, once for every call: a non-finite point is dropped, repeats of
 * the point before are dropped, and coordinates are held within ±MAX_COORD_MM (documents beyond
 * it are refused when loaded; this only keeps the engine's integers in range if one slips by).
 */
function toPath64(pts: number[]): Path64 {
  const out: Path64 = [];
  let px = NaN;
  let py = NaN;
  for (let i = 0; i + 1 < pts.length; i += 2) {
    const x = pts[i]!;
    const y = pts[i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const qx = toUnits(x);
    const qy = toUnits(y);
    if (qx === px && qy === py) continue;
    out.push({ x: qx, y: qy });
    px = qx;
    py = qy;
  }
  return out;
}

const fillRuleOf = (r: FillRule) => (r === 'evenodd' ? CFillRule.EvenOdd : CFillRule.NonZero);

/** The filled area of a path (open sub-paths are closed, as SVG fills them). */
export function regionFromPath(path: PathGeom, fillRule: FillRule = 'nonzero'): Region {
  return regionFromPolylines(flattenPath(path), fillRule);
}

export function regionFromPolylines(polys: Polyline[], fillRule: FillRule = 'nonzero'): Region {
  tick();
  const paths: Paths64 = [];
  for (const p of polys) {
    const path = toPath64(p.pts);
    if (path.length >= 3) paths.push(path);
  }
  return { paths: Clipper.union(paths, fillRuleOf(fillRule)) };
}

/** A polygon given as x,y pairs in mm. */
export function regionFromRing(pts: number[]): Region {
  const path = toPath64(pts);
  return path.length >= 3 ? { paths: Clipper.union([path], CFillRule.NonZero) } : EMPTY_REGION;
}

const JOIN: Record<MetalLineItem['join'], JoinType> = { miter: JoinType.Miter, round: JoinType.Round, bevel: JoinType.Bevel };
const CAP: Record<MetalLineItem['cap'], EndType> = { butt: EndType.Butt, round: EndType.Round, square: EndType.Square };

export interface StrokeStyle {
  width: number;
  cap: MetalLineItem['cap'];
  join: MetalLineItem['join'];
  miterLimit?: number;
}

/**
 * The area a stroke paints, with its caps and joins. A zero-length sub-path is a dot with round
 * or square caps and nothing with butt caps, as SVG renders it. Past the miter limit Clipper
 * squares the corner where SVG bevels it; the difference is a sliver at the tip.
 */
export function strokeOutline(path: PathGeom, style: StrokeStyle): Region {
  return strokeOutlinePolylines(flattenPath(path), style);
}

export function strokeOutlinePolylines(polys: Polyline[], style: StrokeStyle): Region {
  tick();
  if (!(style.width > 0)) return EMPTY_REGION;
  const delta = (style.width / 2) * S;
  const pieces: Paths64 = [];
  const open: Paths64 = [];
  const closed: Paths64 = [];
  for (const p of polys) {
    const path = toPath64(p.pts);
    const degenerate = path.every((q) => q.x === path[0]!.x && q.y === path[0]!.y);
    if (degenerate) {
      const c = path[0];
      if (!c) continue;
      // Clipper's own step count (π√r in engine units) is kept up to a 160 mm radius, then capped.
      if (style.cap === 'round') pieces.push(Clipper.ellipse(c, delta, delta, Math.min(Math.ceil(Math.PI * Math.sqrt(delta)), 4000)));
      else if (style.cap === 'square') {
        pieces.push([{ x: c.x - delta, y: c.y - delta }, { x: c.x + delta, y: c.y - delta }, { x: c.x + delta, y: c.y + delta }, { x: c.x - delta, y: c.y + delta }]);
      }
      continue;
    }
    (p.closed && path.length >= 3 ? closed : open).push(path);
  }
  const join = JOIN[style.join];
  const miter = style.miterLimit ?? 4;
  if (open.length) pieces.push(...Clipper.inflatePaths(open, delta, join, CAP[style.cap], miter, arcTolerance(delta)));
  if (closed.length) pieces.push(...Clipper.inflatePaths(closed, delta, join, EndType.Joined, miter, arcTolerance(delta)));
  return { paths: Clipper.union(pieces, CFillRule.NonZero) };
}

export function union(...regions: Region[]): Region {
  tick();
  const all: Paths64 = [];
  for (const r of regions) for (const p of r.paths) all.push(p);
  return all.length ? { paths: Clipper.union(all, CFillRule.NonZero) } : EMPTY_REGION;
}

export function intersect(a: Region, b: Region): Region {
  tick();
  if (!a.paths.length || !b.paths.length) return EMPTY_REGION;
  return { paths: Clipper.intersect(a.paths, b.paths, CFillRule.NonZero) };
}

export function difference(a: Region, b: Region): Region {
  tick();
  if (!a.paths.length || !b.paths.length) return a;
  return { paths: Clipper.booleanOp(ClipType.Difference, a.paths, b.paths, CFillRule.NonZero) };
}

/** Grow (delta > 0) or shrink (delta < 0) by delta mm with round corners. */
export function offset(r: Region, deltaMm: number): Region {
  tick();
  if (!r.paths.length || deltaMm === 0) return r;
  // ClipperOffset already unions its result (positive fill): a second union changed nothing.
  return { paths: Clipper.inflatePaths(r.paths, deltaMm * S, JoinType.Round, EndType.Polygon, 2, arcTolerance(deltaMm * S)) };
}

/** Morphological opening: what survives shrinking by r then growing back by r. */
export function opening(r: Region, radiusMm: number): Region {
  return offset(offset(r, -radiusMm), radiusMm);
}

/** Area in mm². */
export function area(r: Region): number {
  return Clipper.areaPaths(r.paths) / (S * S);
}

export function isEmpty(r: Region): boolean {
  return r.paths.length === 0;
}

export function regionBounds(r: Region): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of r.paths) {
    for (const q of p) {
      if (q.x < minX) minX = q.x;
      if (q.y < minY) minY = q.y;
      if (q.x > maxX) maxX = q.x;
      if (q.y > maxY) maxY = q.y;
    }
  }
  return { minX: minX / S, minY: minY / S, maxX: maxX / S, maxY: maxY / S };
}

/** Connected components: each outer boundary with its holes. */
export function components(r: Region): Region[] {
  tick();
  if (!r.paths.length) return [];
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(ClipType.Union, r.paths, null, tree, CFillRule.NonZero);
  const out: Region[] = [];
  const visit = (node: PolyPath64) => {
    for (let i = 0; i < node.count; i++) {
      const outer = node.child(i);
      const paths: Paths64 = outer.polygon ? [outer.polygon] : [];
      for (let j = 0; j < outer.count; j++) {
        const hole = outer.child(j);
        if (hole.polygon) paths.push(hole.polygon);
        visit(hole); // islands inside holes are components of their own
      }
      out.push({ paths });
    }
  };
  visit(tree);
  return out;
}

/** Outer boundaries only (holes filled): the silhouette of a region. */
export function fillHoles(r: Region): Region {
  tick();
  return { paths: Clipper.union(r.paths.filter((p) => Clipper.area(p) > 0), CFillRule.NonZero) };
}

/** Rings in mm (x,y pairs), outers counter-clockwise in y-down space, holes the other way. */
export function regionRings(r: Region): number[][] {
  return r.paths.map((p) => {
    const out = new Array<number>(p.length * 2);
    for (let i = 0; i < p.length; i++) {
      out[2 * i] = p[i]!.x / S;
      out[2 * i + 1] = p[i]!.y / S;
    }
    return out;
  });
}

export function containsPoint(r: Region, x: number, y: number): boolean {
  const pt = { x: Math.round(x * S), y: Math.round(y * S) };
  let winding = 0;
  for (const p of r.paths) {
    const res = Clipper.pointInPolygon(pt, p);
    if (res === PointInPolygonResult.IsOn) return true;
    if (res === PointInPolygonResult.IsInside) winding += Clipper.area(p) > 0 ? 1 : -1;
  }
  return winding > 0;
}

/** A point inside the region (for labels and report anchors); the centre of its bounds if inside. */
export function interiorPoint(r: Region): { x: number; y: number } | undefined {
  if (!r.paths.length) return undefined;
  const b = regionBounds(r);
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  if (containsPoint(r, cx, cy)) return { x: cx, y: cy };
  // Scan the horizontal line through the centre for the widest inside span.
  const xs: number[] = [];
  const y = cy * S;
  for (const p of r.paths) {
    for (let i = 0; i < p.length; i++) {
      const a = p[i]!;
      const b2 = p[(i + 1) % p.length]!;
      if ((a.y <= y) !== (b2.y <= y)) xs.push((a.x + ((y - a.y) * (b2.x - a.x)) / (b2.y - a.y)) / S);
    }
  }
  xs.sort((m, n) => m - n);
  let best: { x: number; y: number } | undefined;
  let bestW = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > bestW) {
      bestW = w;
      best = { x: (xs[i]! + xs[i + 1]!) / 2, y: cy };
    }
  }
  const first = r.paths[0]![0]!;
  return best ?? { x: first.x / S, y: first.y / S };
}

export const toRect64 = (b: Bounds) => ({ left: Math.floor(b.minX * S), top: Math.floor(b.minY * S), right: Math.ceil(b.maxX * S), bottom: Math.ceil(b.maxY * S) });

/**
 * The part of a region inside a rectangle. A full boolean, not Clipper's RectClip: RectClip clips
 * each ring on its own, so a hole that covers the rectangle leaves a sliver instead of nothing.
 */
export function clipToRect(r: Region, b: Bounds): Region {
  if (!r.paths.length) return r;
  const rb = regionBounds(r);
  if (rb.minX >= b.minX && rb.minY >= b.minY && rb.maxX <= b.maxX && rb.maxY <= b.maxY) return r;
  if (rb.maxX < b.minX || rb.minX > b.maxX || rb.maxY < b.minY || rb.minY > b.maxY) return EMPTY_REGION;
  return intersect(r, regionFromBounds(b));
}

export function regionFromBounds(b: Bounds): Region {
  const x0 = Math.floor(b.minX * S);
  const y0 = Math.floor(b.minY * S);
  const x1 = Math.ceil(b.maxX * S);
  const y1 = Math.ceil(b.maxY * S);
  if (x1 <= x0 || y1 <= y0) return EMPTY_REGION;
  return { paths: [[{ x: x0, y: y0 }, { x: x1, y: y0 }, { x: x1, y: y1 }, { x: x0, y: y1 }]] };
}

export function boundsOverlap(a: Bounds, b: Bounds): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}
