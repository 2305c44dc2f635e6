import type { PathGeom } from '../../document/types.ts';
import { multiply, rectPath, scale, translate, type Matrix } from '../../geometry/index.ts';
import type { CssRule } from './css.ts';
import { parseNumberList, parseUserLength } from './lengths.ts';
import { SHAPE_TAGS, shapeGeometry } from './shapes.ts';
import { computeStyle, type ComputedStyle } from './style.ts';
import { parseTransform } from './transform.ts';
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
    if (!raw) continue;
    const n = raw.trim().toLowerCase().replace(/_\d+_$/, '').replace(/_x5f_|_|\s+/g, '-');
    if (n === 'outline' || n === 'die-line' || n === 'dieline') return 'outline';
    if (n === 'metal') return 'metal';
    if (n === 'enamel') return 'enamel';
  }
  return null;
}

export function labelOf(el: XNode): string {
  const name = el.attrs['inkscape:label'] ?? el.attrs.id;
  return name ? `<${localName(el.name)} ${name}>` : `<${localName(el.name)}> on line ${el.line}`;
}

export interface WalkContext {
  rules: CssRule[];
  ids: Map<string, XNode>;
  vbW: number;
  vbH: number;
  notes: ImportNote[];
  out: Drawable[];
  /** Drawables left, and elements left to visit (each <use> copy counts: a fan-out of empty groups is work too). */
  budget: { left: number; nodes: number };
  layersFound: Set<Layer>;
}

export const MAX_DRAWABLES = 100_000;
export const MAX_NODES = 200_000;
const MAX_USE_DEPTH = 32;

function note(ctx: WalkContext, level: ImportNote['level'], message: string): void {
  if (ctx.notes.length < 200 && !ctx.notes.some((n) => n.message === message)) ctx.notes.push({ level, message });
}

/** x/y/width/height + viewBox of a nested <svg> or a <symbol> used with a size. */
function viewportMatrix(el: XNode, x: number, y: number, w: number | undefined, h: number | undefined): Matrix {
  const vb = parseNumberList(el.attrs.viewBox);
  if (vb.length !== 4 || !(vb[2]! > 0) || !(vb[3]! > 0) || w === undefined || h === undefined) return translate(x, y);
  const s = Math.min(w / vb[2]!, h / vb[3]!);
  const tx = x + (w - vb[2]! * s) / 2;
  const ty = y + (h - vb[3]! * s) / 2;
  return multiply(translate(tx, ty), multiply(scale(s), translate(-vb[0]!, -vb[1]!)));
}

/** Depth-first in document order, which is paint order. Fails only on a blown budget. */
export function walk(el: XNode, ctm: Matrix, parentStyle: ComputedStyle, layer: Layer | null, ctx: WalkContext, useDepth: number, useChain: string[]): string | undefined {
  if (--ctx.budget.nodes < 0) return `the file expands to more than ${MAX_NODES.toLocaleString('en')} elements (each <use> copy counts)`;
  const tag = localName(el.name);
  if (SKIP.has(tag)) return undefined;
  if (tag === 'foreignObject' || tag === 'iframe' || tag === 'video' || tag === 'audio' || tag === 'canvas') {
    note(ctx, 'warning', `${labelOf(el)} is HTML or media inside SVG; it was removed (never rendered or run)`);
    return undefined;
  }
  const t = parseTransform(el.attrs.transform);
  if (!t) note(ctx, 'warning', `${labelOf(el)} has a transform Pinsmith cannot read ("${el.attrs.transform}"); it was ignored`);
  const style = computeStyle(el, parentStyle, ctx.rules);
  if (!style.display) return undefined;
  let m = multiply(ctm, t ?? [1, 0, 0, 1, 0, 0]);
  const own = layerOf(el);
  const here = own ?? layer;
  if (own) ctx.layersFound.add(own);
  if (el.attrs['clip-path'] || el.attrs.mask) {
    note(ctx, 'warning', `${labelOf(el)} uses a clipping path or mask, which was ignored: release clipping masks and expand the art before import`);
  }

  if (CONTAINERS.has(tag)) {
    if (tag === 'svg' && el.parent) {
      const x = parseUserLength(el.attrs.x, ctx.vbW) ?? 0;
      const y = parseUserLength(el.attrs.y, ctx.vbH) ?? 0;
      m = multiply(m, viewportMatrix(el, x, y, parseUserLength(el.attrs.width, ctx.vbW), parseUserLength(el.attrs.height, ctx.vbH)));
    }
    const kids = tag === 'switch' ? el.children.slice(0, 1) : el.children;
    for (const child of kids) {
      const err = walk(child, m, style, here, ctx, useDepth, useChain);
      if (err) return err;
    }
    return undefined;
  }

  if (tag === 'use') {
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
    const x = parseUserLength(el.attrs.x, ctx.vbW) ?? 0;
    const y = parseUserLength(el.attrs.y, ctx.vbH) ?? 0;
    if (localName(target.name) === 'symbol' || localName(target.name) === 'svg') {
      const w = parseUserLength(el.attrs.width ?? target.attrs.width, ctx.vbW);
      const h = parseUserLength(el.attrs.height ?? target.attrs.height, ctx.vbH);
      const mm = multiply(m, viewportMatrix(target, x, y, w, h));
      const symStyle = computeStyle(target, style, ctx.rules);
      for (const child of target.children) {
        const err = walk(child, mm, symStyle, here, ctx, useDepth + 1, [...useChain, id]);
        if (err) return err;
      }
      return undefined;
    }
    return walk(target, multiply(m, translate(x, y)), style, here, ctx, useDepth + 1, [...useChain, id]);
  }

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
  return undefined;
}
