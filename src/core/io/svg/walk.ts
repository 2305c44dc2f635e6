import type { PathGeom } from '../../document/types.ts';
import { intersect, multiply, rectPath, regionFromPath, rotate, scale, transformPath, translate, type Matrix, type Region } from '../../geometry/index.ts';
import { clipRegion, elementBBox, maskArea, parseRef } from './clip.ts';
import { appliesHere, switchChoice } from './conditional.ts';
import type { CssRule } from './css.ts';
import { parseUserLength, viewportDiagonal } from './lengths.ts';
import { MARKABLE, markerPlaces } from './markers.ts';
import { SHAPE_TAGS, shapeGeometry } from './shapes.ts';
import { computeStyle, inheritedStyle, type ComputedStyle, type ElementStyle } from './style.ts';
import { elementTransform } from './transform.ts';
import { viewBoxOf, viewportMatrix } from './viewport.ts';
import { localName, type XNode } from './xml.ts';

export type Layer = 'outline' | 'metal' | 'enamel';

/** One painted element, with everything needed to decide what it is on the pin. */
export interface Drawable {
  el: XNode;
  label: string;
  path: PathGeom;
  /** Element user space to document mm. */
  ctm: Matrix;
  style: ComputedStyle;
  layer: Layer | null;
  image?: boolean;
  /** What clip paths, masks and viewports leave of it, in document mm (all of it when unset). */
  clip?: Region;
  /** What did the clipping, for the notes. */
  clippedBy?: string[];
}

export interface ImportNote {
  level: 'info' | 'warning';
  message: string;
}

const SKIP = new Set(['defs', 'symbol', 'clipPath', 'mask', 'marker', 'pattern', 'linearGradient', 'radialGradient',
  'style', 'script', 'title', 'desc', 'metadata', 'namedview', 'filter', 'font', 'font-face', 'animate', 'set',
  'animateTransform', 'animateMotion', 'cursor', 'view']);
const CONTAINERS = new Set(['svg', 'g', 'a', 'switch']);

/** Inkscape labels, Figma/Illustrator ids ("metal_1_" when duplicated) or data-layer. */
export function layerOf(el: XNode): Layer | null {
  for (const key of ['data-layer', 'inkscape:label', 'id']) {
    const raw = el.attrs[key];
    const layer = raw ? layerNamed(raw) : null;
    if (layer) return layer;
  }
  return null;
}

/** The pin layer a name stands for ("Die line", "metal_1_", "Enamel"), if any. */
export function layerNamed(raw: string): Layer | null {
  const n = raw.trim().toLowerCase().replace(/_\d+_$/, '').replace(/_x5f_|_|\s+/g, '-');
  if (n === 'outline' || n === 'die-line' || n === 'dieline') return 'outline';
  if (n === 'metal') return 'metal';
  if (n === 'enamel') return 'enamel';
  return null;
}

export function labelOf(el: XNode): string {
  const name = el.attrs['inkscape:label'] ?? el.attrs.id;
  return name ? `<${localName(el.name)} ${name}>` : `<${localName(el.name)}> on line ${el.line}`;
}

export interface WalkContext {
  rules: CssRule[];
  ids: Map<string, XNode>;
  /** The viewport in user units, for percentages (a nested <svg> sets its own). */
  vbW: number;
  vbH: number;
  notes: ImportNote[];
  out: Drawable[];
  /** Drawables left, and elements left to visit (each <use> copy counts: a fan-out of empty groups is work too). */
  budget: { left: number; nodes: number };
  layersFound: Set<Layer>;
  /** For systemLanguage. */
  languages: readonly string[];
  /** Clip paths, masks and markers being drawn, to cut a loop through them. */
  active: Set<string>;
}

export const MAX_DRAWABLES = 100_000;
export const MAX_NODES = 200_000;
const MAX_USE_DEPTH = 32;

export function note(ctx: WalkContext, level: ImportNote['level'], message: string): void {
  if (ctx.notes.length < 200 && !ctx.notes.some((n) => n.message === message)) ctx.notes.push({ level, message });
}

/** Narrow what was drawn since `start` to `region` (a clip, a mask, a viewport). */
function clipSince(ctx: WalkContext, start: number, region: Region, by: string): void {
  for (let i = start; i < ctx.out.length; i++) {
    const d = ctx.out[i]!;
    d.clip = d.clip ? intersect(d.clip, region) : region;
    (d.clippedBy ??= []).push(by);
  }
}

/** A viewport clips what it holds unless its overflow is visible (nested <svg>, symbol, marker). */
function clipToViewport(ctx: WalkContext, start: number, style: ElementStyle, m: Matrix, x: number, y: number, w: number, h: number, by: string): void {
  const o = style.own.overflow?.trim();
  if (o === 'visible' || o === 'auto' || ctx.out.length === start) return;
  clipSince(ctx, start, regionFromPath(transformPath(rectPath(x, y, w, h), m)), by);
}

/** With the viewport's size as the base for percentages inside it. */
function inViewport<T>(ctx: WalkContext, w: number, h: number, fn: () => T): T {
  const saved = [ctx.vbW, ctx.vbH] as const;
  ctx.vbW = w;
  ctx.vbH = h;
  try {
    return fn();
  } finally {
    [ctx.vbW, ctx.vbH] = saved;
  }
}

function walkAll(children: readonly XNode[], m: Matrix, style: ComputedStyle, layer: Layer | null, ctx: WalkContext, useDepth: number, useChain: string[]): string | undefined {
  for (const child of children) {
    const err = walk(child, m, style, layer, ctx, useDepth, useChain);
    if (err) return err;
  }
  return undefined;
}

/** Depth-first in document order, which is paint order. Fails only on a blown budget. */
export function walk(el: XNode, ctm: Matrix, parentStyle: ComputedStyle, layer: Layer | null, ctx: WalkContext, useDepth: number, useChain: string[]): string | undefined {
  if (--ctx.budget.nodes < 0) return `the file expands to more than ${MAX_NODES.toLocaleString('en')} elements (each <use> copy counts)`;
  const tag = localName(el.name);
  if (SKIP.has(tag)) return undefined;
  if (!appliesHere(el, ctx.languages)) return undefined;
  if (tag === 'foreignObject' || tag === 'iframe' || tag === 'video' || tag === 'audio' || tag === 'canvas') {
    note(ctx, 'warning', `${labelOf(el)} is HTML or media inside SVG; it was removed (never rendered or run)`);
    return undefined;
  }
  const style = computeStyle(el, parentStyle, ctx.rules);
  if (!style.display) return undefined;
  const t = elementTransform(el, style, ctx.vbW, ctx.vbH);
  if (!t) note(ctx, 'warning', `${labelOf(el)} has a transform Pinsmith cannot read ("${style.own.transform ?? el.attrs.transform}"); it was ignored`);
  const m = multiply(ctm, t ?? [1, 0, 0, 1, 0, 0]);
  const own = layerOf(el);
  const here = own ?? layer;
  if (own) ctx.layersFound.add(own);
  const start = ctx.out.length;
  const err = drawElement(el, tag, m, style, here, ctx, useDepth, useChain);
  if (err) return err;
  if (ctx.out.length > start && (style.own.clipPath || style.own.mask)) return clipAndMask(el, style, m, here, ctx, start, useDepth, useChain);
  return undefined;
}

function drawElement(el: XNode, tag: string, m: Matrix, style: ElementStyle, here: Layer | null, ctx: WalkContext, useDepth: number, useChain: string[]): string | undefined {
  if (CONTAINERS.has(tag)) {
    if (tag === 'switch') {
      const chosen = switchChoice(el, ctx.languages);
      return chosen ? walk(chosen, m, style, here, ctx, useDepth, useChain) : undefined;
    }
    if (tag === 'svg' && el.parent) return drawViewport(el, el, m, style, style, here, ctx, useDepth, useChain, el.attrs.width, el.attrs.height);
    return walkAll(el.children, m, style, here, ctx, useDepth, useChain);
  }
  if (tag === 'use') return drawUse(el, m, style, here, ctx, useDepth, useChain);
  if (tag === 'text') {
    const content = el.text.trim() || el.children.map((c) => c.text).join(' ').trim();
    note(ctx, 'warning', `text "${content.slice(0, 40)}" is live text, which a factory cannot use: convert it to outlines (Illustrator: Type › Create Outlines; Inkscape: Path › Object to Path) and import again`);
    return undefined;
  }
  if (tag === 'image') {
    const w = parseUserLength(el.attrs.width, ctx.vbW) ?? 0;
    const h = parseUserLength(el.attrs.height, ctx.vbH) ?? 0;
    if (!(w > 0 && h > 0)) return undefined;
    const path = rectPath(parseUserLength(el.attrs.x, ctx.vbW) ?? 0, parseUserLength(el.attrs.y, ctx.vbH) ?? 0, w, h);
    if (--ctx.budget.left < 0) return `the file expands to more than ${MAX_DRAWABLES.toLocaleString('en')} shapes`;
    ctx.out.push({ el, label: labelOf(el), path, ctm: m, style, layer: here, image: true });
    return undefined;
  }
  if (!SHAPE_TAGS.has(tag)) return undefined;
  if (!style.visible) return undefined;
  const g = shapeGeometry(el, ctx.vbW, ctx.vbH);
  if (!g) return undefined;
  if (g.problem) note(ctx, 'warning', `${labelOf(el)}: ${g.problem}`);
  if (!g.path.length) return undefined;
  if (--ctx.budget.left < 0) return `the file expands to more than ${MAX_DRAWABLES.toLocaleString('en')} shapes`;
  ctx.out.push({ el, label: labelOf(el), path: g.path, ctm: m, style, layer: here });
  if (MARKABLE.has(tag) && (style.markerStart || style.markerMid || style.markerEnd)) return drawMarkers(el, g.path, m, style, here, ctx, useDepth, useChain);
  return undefined;
}

/** A nested <svg>, or a <symbol> drawn by <use>: its own viewport, viewBox and clip. */
function drawViewport(box: XNode, content: XNode, m: Matrix, boxStyle: ElementStyle, contentStyle: ComputedStyle, here: Layer | null, ctx: WalkContext,
  useDepth: number, useChain: string[], width: string | undefined, height: string | undefined): string | undefined {
  const x = parseUserLength(box.attrs.x, ctx.vbW) ?? 0;
  const y = parseUserLength(box.attrs.y, ctx.vbH) ?? 0;
  const w = parseUserLength(width ?? '100%', ctx.vbW) ?? ctx.vbW;
  const h = parseUserLength(height ?? '100%', ctx.vbH) ?? ctx.vbH;
  if (!(w > 0 && h > 0)) return undefined;
  const vb = viewBoxOf(content);
  const inner = multiply(m, viewportMatrix(content, x, y, w, h));
  const start = ctx.out.length;
  const err = inViewport(ctx, vb ? vb[2] : w, vb ? vb[3] : h, () => walkAll(content.children, inner, contentStyle, here, ctx, useDepth, useChain));
  if (err) return err;
  clipToViewport(ctx, start, content === box ? boxStyle : computeStyle(content, boxStyle, ctx.rules), m, x, y, w, h, `the viewport of ${labelOf(content)}`);
  return undefined;
}

function drawUse(el: XNode, m: Matrix, style: ElementStyle, here: Layer | null, ctx: WalkContext, useDepth: number, useChain: string[]): string | undefined {
  const href = el.attrs.href ?? el.attrs['xlink:href'] ?? '';
  if (!href.startsWith('#')) {
    if (href) note(ctx, 'warning', `${labelOf(el)} refers to "${href.slice(0, 80)}" outside the file; it was not fetched`);
    return undefined;
  }
  const id = href.slice(1);
  const target = ctx.ids.get(id);
  if (!target) {
    note(ctx, 'warning', `${labelOf(el)} refers to #${id}, which is not in the file`);
    return undefined;
  }
  if (useChain.includes(id) || useDepth >= MAX_USE_DEPTH) {
    note(ctx, 'warning', `${labelOf(el)} refers to itself through <use> (#${[...useChain, id].join(' → #')}); the loop was cut`);
    return undefined;
  }
  const chain = [...useChain, id];
  const x = parseUserLength(el.attrs.x, ctx.vbW) ?? 0;
  const y = parseUserLength(el.attrs.y, ctx.vbH) ?? 0;
  const ttag = localName(target.name);
  if (ttag === 'symbol' || ttag === 'svg') {
    const symStyle = computeStyle(target, style, ctx.rules);
    return drawViewport(el, target, m, style, symStyle, here, ctx, useDepth + 1, chain, el.attrs.width ?? target.attrs.width, el.attrs.height ?? target.attrs.height);
  }
  return walk(target, multiply(m, translate(x, y)), style, here, ctx, useDepth + 1, chain);
}

/** Markers (arrowheads, dots) drawn as the shapes they are, at each vertex they mark. */
function drawMarkers(el: XNode, path: PathGeom, m: Matrix, style: ElementStyle, here: Layer | null, ctx: WalkContext, useDepth: number, useChain: string[]): string | undefined {
  const strokeW = parseUserLength(style.strokeWidth, viewportDiagonal(ctx.vbW, ctx.vbH)) ?? 1;
  const refs = { start: style.markerStart, mid: style.markerMid, end: style.markerEnd };
  for (const place of markerPlaces(path)) {
    const v = refs[place.which];
    if (!v) continue;
    const ref = parseRef(v);
    if (ref.kind === 'none') continue;
    const mk = ref.kind === 'url' ? ctx.ids.get(ref.id) : undefined;
    if (!mk || localName(mk.name) !== 'marker') {
      note(ctx, 'warning', `${labelOf(el)} has marker-${place.which} "${v}", which is not a <marker> in the file; no marker was drawn (as in a browser)`);
      continue;
    }
    const key = `marker:${ref.kind === 'url' ? ref.id : ''}`;
    if (ctx.active.has(key) || useDepth >= MAX_USE_DEPTH) continue;
    const orient = (mk.attrs.orient ?? '0').trim();
    const angle = orient === 'auto' ? place.angle : orient === 'auto-start-reverse' ? place.angle + (place.isStart ? 180 : 0) : Number.parseFloat(orient) || 0;
    const units = mk.attrs.markerUnits?.trim() === 'userSpaceOnUse' ? 1 : strokeW;
    const mw = parseUserLength(mk.attrs.markerWidth, ctx.vbW) ?? 3;
    const mh = parseUserLength(mk.attrs.markerHeight, ctx.vbH) ?? 3;
    if (!(mw > 0 && mh > 0) || units === 0) continue;
    const inner = viewportMatrix(mk, 0, 0, mw, mh);
    const refX = parseUserLength(mk.attrs.refX, ctx.vbW) ?? 0;
    const refY = parseUserLength(mk.attrs.refY, ctx.vbH) ?? 0;
    const refVp = [inner[0] * refX + inner[2] * refY + inner[4], inner[1] * refX + inner[3] * refY + inner[5]] as const;
    const at = multiply(m, multiply(translate(place.x, place.y), multiply(rotate(angle), multiply(scale(units), translate(-refVp[0], -refVp[1])))));
    const start = ctx.out.length;
    ctx.active.add(key);
    const vb = viewBoxOf(mk);
    const err = inViewport(ctx, vb ? vb[2] : mw, vb ? vb[3] : mh, () => walkAll(mk.children, multiply(at, inner), inheritedStyle(mk, ctx.rules), here, ctx, useDepth + 1, useChain));
    ctx.active.delete(key);
    if (err) return err;
    clipToViewport(ctx, start, inheritedStyle(mk, ctx.rules), at, 0, 0, mw, mh, `the box of marker ${labelOf(mk)}`);
    if (ctx.out.length > start) note(ctx, 'info', `${labelOf(el)}: its markers (arrowheads, dots) were drawn as shapes of their own`);
  }
  return undefined;
}

/** clip-path and mask, from an attribute, the style attribute or a stylesheet alike. */
function clipAndMask(el: XNode, style: ElementStyle, m: Matrix, here: Layer | null, ctx: WalkContext, start: number, useDepth: number, useChain: string[]): string | undefined {
  let box: ReturnType<typeof elementBBox> | null = null;
  const bbox = () => (box === null ? (box = elementBBox(ctx.out.slice(start), m)) : box);
  const what = labelOf(el);
  for (const kind of ['clip-path', 'mask'] as const) {
    const value = kind === 'clip-path' ? style.own.clipPath : style.own.mask;
    if (value === undefined) continue;
    const ref = parseRef(value);
    if (ref.kind === 'none') continue;
    const element = kind === 'clip-path' ? 'clipPath' : 'mask';
    const unclipped = kind === 'clip-path' ? 'it was imported unclipped' : 'it was imported unmasked';
    if (ref.kind === 'unsupported') {
      note(ctx, 'warning', `${what} has ${kind} "${value.slice(0, 60)}", which Pinsmith cannot apply (only url(#…) references to a <${element}>); ${unclipped}: release the ${kind === 'mask' ? 'mask' : 'clipping path'} in your editor and import again`);
      continue;
    }
    const target = ctx.ids.get(ref.id);
    if (!target || localName(target.name) !== element) {
      note(ctx, 'warning', `${what} has ${kind} url(#${ref.id}), which is not a <${element}> in the file; ${unclipped} (as in a browser)`);
      continue;
    }
    const key = `${element}:${ref.id}`;
    if (ctx.active.has(key)) {
      note(ctx, 'warning', `${what}: the ${element} #${ref.id} is used inside itself; the loop was cut`);
      continue;
    }
    ctx.active.add(key);
    try {
      if (kind === 'clip-path') {
        const r = clipRegion(target, m, bbox, ctx);
        if (!r.ok) note(ctx, 'warning', `${what}: its clipping path #${ref.id} could not be applied (${r.reason}); ${unclipped}`);
        else clipSince(ctx, start, r.value, `clipping path #${ref.id}`);
      } else {
        const alphaOnly = inheritedStyle(target, ctx.rules).own.maskType?.trim() === 'alpha';
        const r = maskArea(target, m, bbox, alphaOnly, ctx, (children, ctm, s) => walkAll(children, ctm, s, here, ctx, useDepth + 1, useChain));
        if (!r.ok) note(ctx, 'warning', `${what}: its mask #${ref.id} could not be applied (${r.reason}); ${unclipped}: release the mask or expand it in your editor`);
        else {
          clipSince(ctx, start, r.value.region, `mask #${ref.id}`);
          if (r.value.partial) note(ctx, 'info', `${what}: the mask #${ref.id} is partly see-through; where it lets at least half through, the art was kept whole, elsewhere it was cut away`);
        }
      }
    } finally {
      ctx.active.delete(key);
    }
  }
  return undefined;
}
