import {
  boundsOfPolylines, determinant, difference, EMPTY_REGION, flattenPath, intersect, invert, isEmptyBounds, multiply, rectPath, regionFromPath,
  strokeOutline, transformPath, union, type Bounds, type Matrix, type Region,
} from '../../geometry/index.ts';
import { fail, ok, type Result } from '../../result.ts';
import { appliesHere } from './conditional.ts';
import { parseUserLength, viewportDiagonal } from './lengths.ts';
import { SHAPE_TAGS, shapeGeometry } from './shapes.ts';
import { computeStyle, inheritedStyle, type ComputedStyle } from './style.ts';
import { elementTransform } from './transform.ts';
import type { Drawable, WalkContext } from './walk.ts';
import { localName, type XNode } from './xml.ts';

// Clip paths and masks, applied as geometry: a clip is an intersection, and a mask made of plain
// shapes is the area where it lets the art show. What cannot be applied is said, never dropped.

/**
 * Where a mask lets at least this much through, the art is there; below it, it is not. A pin
 * cannot be half there, and this is where a browser's render of the mask is closer to shown.
 */
export const MASK_SHOWS_AT = 0.5;

export type Ref = { kind: 'none' } | { kind: 'url'; id: string } | { kind: 'unsupported'; value: string };

/** `url(#id)`, `none`, or anything else (CSS shapes such as circle(), geometry boxes). */
export function parseRef(v: string): Ref {
  const t = v.trim();
  if (t === 'none' || t === '') return { kind: 'none' };
  const m = /^url\(\s*['"]?#([^'")\s]+)['"]?\s*\)$/.exec(t);
  return m ? { kind: 'url', id: m[1]! } : { kind: 'unsupported', value: t };
}

/** The element's bounding box in its own user space (fill geometry of what it drew), for objectBoundingBox units. */
export function elementBBox(drawn: readonly Drawable[], m: Matrix): Bounds | undefined {
  const inv = invert(m);
  if (!inv) return undefined;
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const d of drawn) boundsOfPolylines(flattenPath(transformPath(d.path, multiply(inv, d.ctm))), b);
  return isEmptyBounds(b) ? undefined : b;
}

const bboxMatrix = (b: Bounds): Matrix => [b.maxX - b.minX, 0, 0, b.maxY - b.minY, b.minX, b.minY];

/** A clipPath's units: user space, or the referencing element's box (undefined: an empty box clips all away). */
function unitsMatrix(units: string | undefined, m: Matrix, bbox: () => Bounds | undefined): Matrix | undefined {
  if (units?.trim() !== 'objectBoundingBox') return m;
  const b = bbox();
  return b && b.maxX > b.minX && b.maxY > b.minY ? multiply(m, bboxMatrix(b)) : undefined;
}

/** The area a <clipPath> keeps, in document mm. */
export function clipRegion(cp: XNode, m: Matrix, bbox: () => Bounds | undefined, ctx: WalkContext, depth = 0): Result<Region> {
  const units = unitsMatrix(cp.attrs.clipPathUnits, m, bbox);
  if (!units) return ok(EMPTY_REGION);
  const cpStyle = inheritedStyle(cp, ctx.rules);
  const own = elementTransform(cp, cpStyle, ctx.vbW, ctx.vbH);
  if (!own) return fail('its transform cannot be read');
  const base = multiply(units, own);
  const parts: Region[] = [];
  for (const child of cp.children) {
    const tag = localName(child.name);
    if (!appliesHere(child, ctx.languages)) continue;
    let shape = child;
    let at: Matrix = IDENTITY_M;
    if (tag === 'use') {
      const href = child.attrs.href ?? child.attrs['xlink:href'] ?? '';
      const target = href.startsWith('#') ? ctx.ids.get(href.slice(1)) : undefined;
      if (!target) continue;
      shape = target;
      at = [1, 0, 0, 1, parseUserLength(child.attrs.x, ctx.vbW) ?? 0, parseUserLength(child.attrs.y, ctx.vbH) ?? 0];
    } else if (tag === 'text') return fail('it is made of live text (convert the text to outlines)');
    if (!SHAPE_TAGS.has(localName(shape.name))) continue;
    const style = computeStyle(child, cpStyle, ctx.rules);
    if (!style.display || !style.visible) continue;
    if (style.own.clipPath && parseRef(style.own.clipPath).kind !== 'none') return fail('a shape inside it has a clip path of its own');
    const t = elementTransform(child, style, ctx.vbW, ctx.vbH);
    if (!t) return fail('a shape inside it has a transform that cannot be read');
    const g = shapeGeometry(shape, ctx.vbW, ctx.vbH);
    if (!g?.path.length) continue;
    const shapeStyle = shape === child ? style : computeStyle(shape, style, ctx.rules);
    parts.push(regionFromPath(transformPath(g.path, multiply(multiply(base, t), at)), shapeStyle.clipRule));
  }
  let region = parts.length ? union(...parts) : EMPTY_REGION;
  // A clipPath may itself be clipped.
  const outer = cpStyle.own.clipPath ? parseRef(cpStyle.own.clipPath) : undefined;
  if (outer?.kind === 'url') {
    const next = ctx.ids.get(outer.id);
    if (!next || localName(next.name) !== 'clipPath' || depth >= 8) return fail(`it is clipped by #${outer.id}, which is not a usable <clipPath>`);
    const r = clipRegion(next, m, bbox, ctx, depth + 1);
    if (!r.ok) return r;
    region = intersect(region, r.value);
  }
  return ok(region);
}

const IDENTITY_M: Matrix = [1, 0, 0, 1, 0, 0];

/** Luminance of an sRGB hex colour, 0–1. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return (0.2125 * ((n >> 16) & 255) + 0.7154 * ((n >> 8) & 255) + 0.0721 * (n & 255)) / 255;
}

export interface MaskArea {
  region: Region;
  /** Some of the mask lets part of the art through (grey or see-through shapes). */
  partial: boolean;
}

/**
 * The area where a <mask> lets the art show, in document mm: its shapes painted in order, each
 * adding where it shows at least MASK_SHOWS_AT and taking away where it hides, inside the mask's
 * rectangle. Gradients and images in a mask have no one edge: such a mask is not applied.
 */
export function maskArea(mask: XNode, m: Matrix, bbox: () => Bounds | undefined, alphaOnly: boolean, ctx: WalkContext,
  walkInto: (children: XNode[], ctm: Matrix, style: ComputedStyle) => string | undefined): Result<MaskArea> {
  const b = bbox();
  const userUnits = mask.attrs.maskUnits?.trim() === 'userSpaceOnUse';
  if (!userUnits && !(b && b.maxX > b.minX && b.maxY > b.minY)) return ok({ region: EMPTY_REGION, partial: false });
  const frac = (v: string | undefined, dflt: number) => {
    if (v === undefined) return dflt;
    const n = Number.parseFloat(v);
    return Number.isFinite(n) ? (/%\s*$/.test(v) ? n / 100 : n) : dflt;
  };
  let rect: Region;
  if (userUnits) {
    const len = (k: string, ref: number, dflt: number) => parseUserLength(mask.attrs[k], ref) ?? dflt;
    rect = regionFromPath(transformPath(rectPath(len('x', ctx.vbW, -0.1 * ctx.vbW), len('y', ctx.vbH, -0.1 * ctx.vbH), len('width', ctx.vbW, 1.2 * ctx.vbW), len('height', ctx.vbH, 1.2 * ctx.vbH)), m));
  } else {
    const bb = b!;
    const w = bb.maxX - bb.minX;
    const h = bb.maxY - bb.minY;
    rect = regionFromPath(transformPath(rectPath(bb.minX + frac(mask.attrs.x, -0.1) * w, bb.minY + frac(mask.attrs.y, -0.1) * h, frac(mask.attrs.width, 1.2) * w, frac(mask.attrs.height, 1.2) * h), m));
  }
  const contentM = mask.attrs.maskContentUnits?.trim() === 'objectBoundingBox' ? (b ? multiply(m, bboxMatrix(b)) : undefined) : m;
  if (!contentM) return ok({ region: EMPTY_REGION, partial: false });
  const saved = ctx.out;
  ctx.out = [];
  let drawn: Drawable[];
  try {
    const err = walkInto(mask.children, contentM, inheritedStyle(mask, ctx.rules));
    if (err) return fail(err);
    drawn = ctx.out;
  } finally {
    ctx.out = saved;
  }
  let region: Region = EMPTY_REGION;
  let partial = false;
  for (const d of drawn) {
    if (d.image) return fail('it contains an image');
    const doc = transformPath(d.path, d.ctm);
    const layers: Array<[ComputedStyle['fill'], number, () => Region]> = [
      [d.style.fill, d.style.fillOpacity, () => regionFromPath(doc, d.style.fillRule)],
      [d.style.stroke, d.style.strokeOpacity, () => {
        const w = (parseUserLength(d.style.strokeWidth, viewportDiagonal(ctx.vbW, ctx.vbH)) ?? 1) * Math.sqrt(Math.abs(determinant(d.ctm)));
        return strokeOutline(doc, { width: w, cap: d.style.linecap, join: d.style.linejoin, miterLimit: d.style.miterLimit });
      }],
    ];
    for (const [paint, opacity, shapeOf] of layers) {
      if (paint.kind === 'none') continue;
      if (paint.kind === 'server') return fail('it is painted with a gradient or pattern, which has no one edge');
      const a = paint.alpha * opacity * d.style.opacity;
      const value = a * (alphaOnly ? 1 : luminance(paint.hex));
      if (value > 1e-6 && value < 1 - 1e-6) partial = true;
      let shape = shapeOf();
      if (d.clip) shape = intersect(shape, d.clip);
      // Over a shown area the shape leaves value + (1 − a); over a hidden one, value.
      if (value >= MASK_SHOWS_AT) region = union(region, shape);
      else if (value + (1 - a) < MASK_SHOWS_AT) region = difference(region, shape);
    }
  }
  return ok({ region: intersect(region, rect), partial });
}
