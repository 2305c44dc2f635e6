import { formatHex, parse as parseColor } from 'culori';
import { cascadeFor, parseDeclarations, type CssRule } from './css.ts';
import type { XNode } from './xml.ts';

// Computed style for the properties that decide what an element is on a pin.

export type Paint =
  | { kind: 'none' }
  | { kind: 'color'; hex: string; alpha: number }
  | { kind: 'server'; ref: string; fallback?: Paint };

export interface ComputedStyle {
  fill: Paint;
  stroke: Paint;
  strokeWidth: string;
  linecap: 'butt' | 'round' | 'square';
  linejoin: 'miter' | 'round' | 'bevel';
  miterLimit: number;
  fillRule: 'nonzero' | 'evenodd';
  fillOpacity: number;
  strokeOpacity: number;
  /** Product of `opacity` down the tree (not inherited in CSS, but it composes). */
  opacity: number;
  visible: boolean;
  color: string;
  pantone?: string;
  clipRule: 'nonzero' | 'evenodd';
  /** As written ("none" or a list of lengths); resolved against the stroke when dashing. */
  dashArray: string;
  dashOffset: string;
  markerStart?: string;
  markerMid?: string;
  markerEnd?: string;
}

/** Properties that apply to the element itself and are not inherited. */
export interface OwnStyle {
  clipPath?: string;
  mask?: string;
  maskType?: string;
  /** The CSS `transform` property (it overrides the attribute). */
  transform?: string;
  transformOrigin?: string;
  overflow?: string;
}

export const ROOT_STYLE: ComputedStyle = {
  fill: { kind: 'color', hex: '#000000', alpha: 1 },
  stroke: { kind: 'none' },
  strokeWidth: '1',
  linecap: 'butt',
  linejoin: 'miter',
  miterLimit: 4,
  fillRule: 'nonzero',
  fillOpacity: 1,
  strokeOpacity: 1,
  opacity: 1,
  visible: true,
  color: '#000000',
  clipRule: 'nonzero',
  dashArray: 'none',
  dashOffset: '0',
};

/** Presentation attributes Pinsmith reads (`transform` is read apart: its syntax differs from CSS). */
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'fill-rule', 'fill-opacity', 'stroke-opacity', 'opacity', 'visibility', 'display', 'color', 'clip-rule',
  'stroke-dasharray', 'stroke-dashoffset', 'marker-start', 'marker-mid', 'marker-end', 'clip-path', 'mask',
  'mask-type', 'transform-origin', 'overflow'];

export function parsePaint(value: string, current: string): Paint | undefined {
  const v = value.trim();
  if (v === 'none' || v === 'transparent') return { kind: 'none' };
  const url = /^url\(\s*['"]?#([^'")\s]+)['"]?\s*\)\s*(.*)$/.exec(v);
  if (url) {
    const fallback = url[2] ? parsePaint(url[2], current) : undefined;
    return fallback ? { kind: 'server', ref: url[1]!, fallback } : { kind: 'server', ref: url[1]! };
  }
  if (/^url\(/i.test(v)) return { kind: 'none' }; // external paint servers are never fetched
  const c = parseColor(v.toLowerCase() === 'currentcolor' ? current : v);
  if (!c) return undefined;
  const hex = formatHex(c);
  if (!hex) return undefined;
  return { kind: 'color', hex: hex.toUpperCase(), alpha: c.alpha ?? 1 };
}

function num(v: string | undefined, fallback: number, lo = 0, hi = 1): number {
  if (v === undefined) return fallback;
  const pct = /%\s*$/.test(v);
  const n = Number.parseFloat(v);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(hi, Math.max(lo, pct ? n / 100 : n));
}

/**
 * SVG's cascade: presentation attributes, then stylesheet rules, then the style attribute, then
 * the `!important` declarations of the stylesheet, then those of the style attribute.
 */
export function declaredStyle(el: XNode, rules: CssRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of PROPS) if (el.attrs[p] !== undefined) out[p] = el.attrs[p]!;
  const sheet = rules.length ? cascadeFor(el, rules) : undefined;
  const inline = el.attrs.style ? parseDeclarations(el.attrs.style) : undefined;
  if (sheet) Object.assign(out, sheet.normal);
  if (inline) Object.assign(out, inline.normal);
  if (sheet) Object.assign(out, sheet.important);
  if (inline) Object.assign(out, inline.important);
  if (out.marker !== undefined) {
    // The shorthand (CSS only) sets all three unless a longhand comes later; taken as setting all three.
    for (const k of ['marker-start', 'marker-mid', 'marker-end']) out[k] ??= out.marker;
  }
  return out;
}

export type ElementStyle = ComputedStyle & { display: boolean; own: OwnStyle };

export function computeStyle(el: XNode, parent: ComputedStyle, rules: CssRule[]): ElementStyle {
  const d = declaredStyle(el, rules);
  const inherit = (k: string) => d[k] === undefined || d[k] === 'inherit';
  const color = !inherit('color') ? (parsePaint(d.color!, parent.color) as { hex?: string } | undefined)?.hex ?? parent.color : parent.color;
  const s: ComputedStyle = { ...parent, color };
  if (!inherit('fill')) s.fill = parsePaint(d.fill!, color) ?? parent.fill;
  if (!inherit('stroke')) s.stroke = parsePaint(d.stroke!, color) ?? parent.stroke;
  if (!inherit('stroke-width')) s.strokeWidth = d['stroke-width']!;
  const cap = d['stroke-linecap'];
  if (cap === 'butt' || cap === 'round' || cap === 'square') s.linecap = cap;
  const join = d['stroke-linejoin'];
  if (join === 'round' || join === 'bevel') s.linejoin = join;
  else if (join === 'miter' || join === 'miter-clip' || join === 'arcs') s.linejoin = 'miter';
  if (!inherit('stroke-miterlimit')) s.miterLimit = num(d['stroke-miterlimit'], parent.miterLimit, 1, 1000);
  const rule = d['fill-rule'];
  if (rule === 'evenodd' || rule === 'nonzero') s.fillRule = rule;
  if (!inherit('fill-opacity')) s.fillOpacity = num(d['fill-opacity'], parent.fillOpacity);
  if (!inherit('stroke-opacity')) s.strokeOpacity = num(d['stroke-opacity'], parent.strokeOpacity);
  s.opacity = parent.opacity * num(d.opacity, 1);
  const vis = d.visibility;
  if (vis === 'hidden' || vis === 'collapse') s.visible = false;
  else if (vis === 'visible') s.visible = true;
  const pantone = el.attrs['data-pantone'];
  if (pantone?.trim()) s.pantone = pantone.trim();
  const clipRule = d['clip-rule'];
  if (clipRule === 'evenodd' || clipRule === 'nonzero') s.clipRule = clipRule;
  if (!inherit('stroke-dasharray')) s.dashArray = d['stroke-dasharray']!;
  if (!inherit('stroke-dashoffset')) s.dashOffset = d['stroke-dashoffset']!;
  if (!inherit('marker-start')) s.markerStart = d['marker-start'];
  if (!inherit('marker-mid')) s.markerMid = d['marker-mid'];
  if (!inherit('marker-end')) s.markerEnd = d['marker-end'];
  const own: OwnStyle = {};
  if (d['clip-path'] !== undefined) own.clipPath = d['clip-path'];
  if (d.mask !== undefined) own.mask = d.mask;
  if (d['mask-type'] !== undefined) own.maskType = d['mask-type'];
  if (d.transform !== undefined) own.transform = d.transform;
  if (d['transform-origin'] !== undefined) own.transformOrigin = d['transform-origin'];
  if (d.overflow !== undefined) own.overflow = d.overflow;
  return { ...s, display: d.display?.trim() !== 'none', own };
}

const inherited = new WeakMap<CssRule[], WeakMap<XNode, ElementStyle>>();

/**
 * An element's style from its own ancestors, for what is drawn from a definition (a marker's,
 * a mask's or a clip path's contents inherit where they are defined, not where they are used).
 */
export function inheritedStyle(el: XNode, rules: CssRule[]): ElementStyle {
  let cache = inherited.get(rules);
  if (!cache) inherited.set(rules, (cache = new WeakMap()));
  const hit = cache.get(el);
  if (hit) return hit;
  const s = computeStyle(el, el.parent ? inheritedStyle(el.parent, rules) : ROOT_STYLE, rules);
  cache.set(el, s);
  return s;
}
