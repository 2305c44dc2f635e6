import { crossingPairs, flattenPath, MAX_COORD_MM, pileDepth, type Shape } from '../geometry/index.ts';
import type { Item, PathGeom, PinDocument } from './types.ts';

// What a pin document may hold, stated once and enforced wherever a document comes in (a
// .pin.json, an SVG import, a bundle) and before export. Sized so that anything under them is
// answered within the checks' budget (measured with `npm run fuzz`, see README "Reliability"):
// a refusal names the limit and the value, instead of a file that never comes back.

export const DOCUMENT_LIMITS = {
  /** Any coordinate, ±90 m from the origin: beyond it a drawing is not at real size. */
  coordMm: MAX_COORD_MM,
  /** Widths, text sizes, thickness, the artboard and the card: no pin part is a metre. */
  lengthMm: 1_000,
  items: 100_000,
  /** Path points (anchors) in the whole pin, text outlines included. */
  points: 1_000_000,
  /** Path points in one item. */
  pointsPerItem: 200_000,
  /**
   * Pairs of edges close enough to cross (geometry/complexity.ts), in one item and in the pin:
   * the polygon engine's work in one step that cannot be interrupted. The most in ~1,100 real
   * emoji, icons and the corpus files is ~6,400 in one item; a stroked zigzag of 3,000 points
   * (1.2 M, refused) takes the engine 1.3 s, one of 2,000 (0.55 M) 0.66 s.
   */
  crossingPairsPerItem: 1_000_000,
  /**
   * Shapes that meet in one spot (geometry/complexity.ts pileDepth): at most 14 in the corpus and
   * ~1,300 emoji, 22 in a 256-step expanded gradient; a shape pasted 700 times over itself made
   * the die-line union run for minutes.
   */
  pile: 200,
  posts: 20,
  logoPoints: 20_000,
  waivers: 10_000,
  /** Characters: a text item, the backstamp, each spec note, the name. */
  textChars: 1_000,
  backstampChars: 200,
  noteChars: 20_000,
  nameChars: 500,
} as const;

const L = DOCUMENT_LIMITS;
const n = (v: number) => v.toLocaleString('en');
const mm = (v: number) => (Math.abs(v) >= 1e6 ? v.toExponential(1) : n(Math.round(v * 1000) / 1000));
const KIND: Record<Item['kind'], string> = { outline: 'outline', cutout: 'cut-out', 'metal-line': 'metal line', 'metal-area': 'metal area', 'enamel-fill': 'enamel fill', text: 'text' };
const itemName = (it: Item) => `The ${KIND[it.kind]} "${it.name ?? it.id}"`;

function pathPoints(p: PathGeom): number {
  let c = 0;
  for (const sp of p) c += sp.segments.length;
  return c;
}

/** The first coordinate of a path beyond the limit (a handle counts), or undefined. */
function farPoint(p: PathGeom): number | undefined {
  const far = (v: number) => Math.abs(v) > L.coordMm;
  for (const sp of p) {
    for (const g of sp.segments) {
      if (far(g.x)) return g.x;
      if (far(g.y)) return g.y;
      if (g.hin && (far(g.hin.x) || far(g.hin.y))) return far(g.hin.x) ? g.hin.x : g.hin.y;
      if (g.hout && (far(g.hout.x) || far(g.hout.y))) return far(g.hout.x) ? g.hout.x : g.hout.y;
    }
  }
  return undefined;
}

const tooFar = (what: string, v: number) => `${what} has a coordinate at ${mm(v)} mm; coordinates within ±${n(L.coordMm / 1000)} m are accepted (check the file's units).`;
const tooLong = (what: string, v: number) => `${what} is ${mm(v)} mm; up to ${n(L.lengthMm)} mm is accepted.`;
const tooMany = (what: string, v: number, limit: number, unit: string) => `${what} has ${n(v)} ${unit}; the limit is ${n(limit)}.`;

/**
 * Why one path is too much work for the engine (too many points, or edges that swing across each
 * other), or undefined. `padMm`: half the stroke's width for a stroked path, 0 for a fill.
 */
export function pathTooComplex(what: string, path: PathGeom, shape: Shape): string | undefined {
  const count = pathPoints(path);
  if (count > L.pointsPerItem) return tooMany(what, count, L.pointsPerItem, 'points');
  const p = crossingPairs(shape.polys, shape.padMm, L.crossingPairsPerItem);
  if (p > L.crossingPairsPerItem) {
    return `${what} crosses over itself too often to be a pin part (more than ${n(L.crossingPairsPerItem)} pairs of edges meet, the limit): simplify it.`;
  }
  return undefined;
}

/** Why the shapes of a whole pin, together, are too much work for the engine (shapes piled on shapes). */
export function artTooComplex(shapes: readonly Shape[]): string | undefined {
  const depth = pileDepth(shapes);
  return depth > L.pile
    ? `The artwork has ${n(depth)} shapes piled on one spot; the limit is ${n(L.pile)} (shapes pasted over and over themselves do this): remove the copies.`
    : undefined;
}

export const shapeOf = (it: Item): Shape => ({
  polys: flattenPath(it.kind === 'text' ? it.outlines : it.path),
  padMm: it.kind === 'metal-line' ? Math.min(it.width, L.lengthMm) / 2 : 0,
});

/** Why this document is beyond what Pinsmith opens, or undefined when it is within every limit. */
export function exceededLimit(doc: PinDocument): string | undefined {
  if (doc.name.length > L.nameChars) return tooMany('The pin\'s name', doc.name.length, L.nameChars, 'characters');
  for (const [what, v] of [['The artboard width', doc.artboard.width], ['The artboard height', doc.artboard.height], ['The metal thickness', doc.spec.thicknessMm],
    ['The backing card width', doc.spec.packaging.cardWidthMm ?? 0], ['The backing card height', doc.spec.packaging.cardHeightMm ?? 0]] as const) {
    if (v > L.lengthMm) return tooLong(what, v);
  }
  const ids = Object.keys(doc.items);
  if (ids.length > L.items) return tooMany('The pin', ids.length, L.items, 'items');
  let total = 0;
  const items = Object.values(doc.items);
  const shapes: Shape[] = [];
  for (const it of items) {
    const path = it.kind === 'text' ? it.outlines : it.path;
    const far = farPoint(path);
    if (far !== undefined) return tooFar(itemName(it), far);
    const shape = shapeOf(it);
    shapes.push(shape);
    const complex = pathTooComplex(itemName(it), path, shape);
    if (complex) return complex;
    total += pathPoints(path);
    if (it.kind === 'metal-line' && it.width > L.lengthMm) return tooLong(`${itemName(it)}'s width`, it.width);
    if (it.kind === 'text') {
      if (it.size > L.lengthMm) return tooLong(`${itemName(it)}'s size`, it.size);
      if (Math.abs(it.x) > L.coordMm || Math.abs(it.y) > L.coordMm) return tooFar(itemName(it), Math.abs(it.x) > L.coordMm ? it.x : it.y);
      if (it.text.length > L.textChars) return tooMany(itemName(it), it.text.length, L.textChars, 'characters');
    }
  }
  if (total > L.points) return tooMany('The pin', total, L.points, 'points');
  const piled = artTooComplex(shapes.filter((_, i) => !items[i]!.hidden));
  if (piled) return piled;
  const { posts, backstamp } = doc.spec;
  if (posts.length > L.posts) return tooMany('The back', posts.length, L.posts, 'posts');
  for (const p of posts) if (Math.abs(p.x) > L.coordMm || Math.abs(p.y) > L.coordMm) return tooFar('A post', Math.abs(p.x) > L.coordMm ? p.x : p.y);
  if ((backstamp.text?.length ?? 0) > L.backstampChars) return tooMany('The backstamp text', backstamp.text!.length, L.backstampChars, 'characters');
  if (backstamp.logo) {
    const count = pathPoints(backstamp.logo.path);
    if (count > L.logoPoints) return tooMany('The backstamp logo', count, L.logoPoints, 'points');
    const far = farPoint(backstamp.logo.path);
    if (far !== undefined) return tooFar('The backstamp logo', far);
    if (backstamp.logo.widthMm > L.lengthMm || backstamp.logo.heightMm > L.lengthMm) return tooLong('The backstamp logo', Math.max(backstamp.logo.widthMm, backstamp.logo.heightMm));
  }
  for (const [what, text] of [['The artist field', doc.spec.artist], ['The contact field', doc.spec.contact], ['The revision field', doc.spec.revision], ['The notes', doc.spec.notes]] as const) {
    if (text.length > L.noteChars) return tooMany(what, text.length, L.noteChars, 'characters');
  }
  if (doc.checks.waivers.length > L.waivers) return tooMany('The checks', doc.checks.waivers.length, L.waivers, 'waivers');
  for (const w of doc.checks.waivers) {
    if (Math.abs(w.at.x) > L.coordMm || Math.abs(w.at.y) > L.coordMm) return tooFar('A waiver', Math.abs(w.at.x) > L.coordMm ? w.at.x : w.at.y);
    if (w.comment.length > L.noteChars) return tooMany('A waiver\'s comment', w.comment.length, L.noteChars, 'characters');
  }
  return undefined;
}
