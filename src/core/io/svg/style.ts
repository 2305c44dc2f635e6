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
};

const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'fill-rule', 'fill-opacity', 'stroke-opacity', 'opacity', 'visibility', 'display', 'color'];

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

/** Presentation attributes, then stylesheet rules, then the style attribute (SVG's cascade). */
export function declaredStyle(el: XNode, rules: CssRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of PROPS) if (el.attrs[p] !== undefined) out[p] = el.attrs[p]!;
  if (rules.length) Object.assign(out, cascadeFor(el, rules));
  if (el.attrs.style) Object.assign(out, parseDeclarations(el.attrs.style));
  return out;
}

export function computeStyle(el: XNode, parent: ComputedStyle, rules: CssRule[]): ComputedStyle & { display: boolean } {
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
  return { ...s, display: d.display?.trim() !== 'none' };
}
