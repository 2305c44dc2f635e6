import { IDENTITY, multiply, rotate, scale, skewX, skewY, translate, type Matrix } from '../../geometry/index.ts';
import { parseNumberList, parseUserLength } from './lengths.ts';
import type { ElementStyle } from './style.ts';
import type { XNode } from './xml.ts';

/** The `transform` attribute: a list of matrix/translate/scale/rotate/skewX/skewY. */
export function parseTransform(v: string | undefined): Matrix | undefined {
  if (!v || !v.trim()) return IDENTITY;
  let m: Matrix = IDENTITY;
  const re = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/gy;
  let pos = 0;
  let match: RegExpExecArray | null;
  while (pos < v.length && (re.lastIndex = pos, (match = re.exec(v)))) {
    pos = re.lastIndex;
    const a = parseNumberList(match[2]);
    let t: Matrix | undefined;
    switch (match[1]) {
      case 'matrix':
        if (a.length === 6) t = a as unknown as Matrix;
        break;
      case 'translate':
        if (a.length === 1 || a.length === 2) t = translate(a[0]!, a[1] ?? 0);
        break;
      case 'scale':
        if (a.length === 1 || a.length === 2) t = scale(a[0]!, a[1] ?? a[0]!);
        break;
      case 'rotate':
        if (a.length === 1 || a.length === 3) t = rotate(a[0]!, a[1] ?? 0, a[2] ?? 0);
        break;
      case 'skewX':
        if (a.length === 1) t = skewX(a[0]!);
        break;
      case 'skewY':
        if (a.length === 1) t = skewY(a[0]!);
        break;
    }
    if (!t) return undefined;
    m = multiply(m, t);
  }
  if (v.slice(pos).trim()) return undefined;
  return m;
}

/** CSS angles: deg, rad, grad, turn; a bare 0. */
function cssAngle(v: string): number | undefined {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(deg|rad|grad|turn)?$/i.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  if (!unit) return n === 0 ? 0 : undefined;
  return unit === 'deg' ? n : unit === 'rad' ? (n * 180) / Math.PI : unit === 'grad' ? n * 0.9 : n * 360;
}

/**
 * The CSS `transform` property (`rotate(45deg) translate(10px, 0)`), which overrides the
 * attribute. Percentages (of a box Pinsmith does not lay out) make it unreadable: undefined.
 */
export function parseCssTransform(v: string): Matrix | undefined {
  const text = v.trim();
  if (text === 'none' || text === '') return IDENTITY;
  let m: Matrix = IDENTITY;
  const re = /\s*([a-zA-Z]+)\s*\(([^)]*)\)\s*/y;
  let pos = 0;
  let match: RegExpExecArray | null;
  while (pos < text.length && (re.lastIndex = pos, (match = re.exec(text)))) {
    pos = re.lastIndex;
    const args = match[2]!.split(/\s*,\s*|\s+/).filter(Boolean);
    const len = (s: string | undefined) => (s === undefined || s.includes('%') ? undefined : parseUserLength(s));
    const num = (s: string | undefined) => (s !== undefined && /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(s) ? Number(s) : undefined);
    const ang = (s: string | undefined) => (s === undefined ? undefined : cssAngle(s));
    const all = <T>(xs: Array<T | undefined>) => (xs.every((x) => x !== undefined) ? (xs as T[]) : undefined);
    let t: Matrix | undefined;
    const n = args.length;
    switch (match[1]!.toLowerCase()) {
      case 'matrix': { const a = n === 6 ? all(args.map(num)) : undefined; if (a) t = a as unknown as Matrix; break; }
      case 'translate': { const a = n === 1 || n === 2 ? all([len(args[0]), len(args[1] ?? '0')]) : undefined; if (a) t = translate(a[0]!, a[1]!); break; }
      case 'translatex': { const a = n === 1 ? len(args[0]) : undefined; if (a !== undefined) t = translate(a, 0); break; }
      case 'translatey': { const a = n === 1 ? len(args[0]) : undefined; if (a !== undefined) t = translate(0, a); break; }
      case 'scale': { const a = n === 1 || n === 2 ? all([num(args[0]), num(args[1] ?? args[0])]) : undefined; if (a) t = scale(a[0]!, a[1]!); break; }
      case 'scalex': { const a = n === 1 ? num(args[0]) : undefined; if (a !== undefined) t = scale(a, 1); break; }
      case 'scaley': { const a = n === 1 ? num(args[0]) : undefined; if (a !== undefined) t = scale(1, a); break; }
      case 'rotate': { const a = n === 1 ? ang(args[0]) : undefined; if (a !== undefined) t = rotate(a); break; }
      case 'skew': { const a = n === 1 || n === 2 ? all([ang(args[0]), ang(args[1] ?? '0')]) : undefined; if (a) t = [1, Math.tan((a[1]! * Math.PI) / 180), Math.tan((a[0]! * Math.PI) / 180), 1, 0, 0]; break; }
      case 'skewx': { const a = n === 1 ? ang(args[0]) : undefined; if (a !== undefined) t = skewX(a); break; }
      case 'skewy': { const a = n === 1 ? ang(args[0]) : undefined; if (a !== undefined) t = skewY(a); break; }
    }
    if (!t) return undefined;
    m = multiply(m, t);
  }
  return text.slice(pos).trim() ? undefined : m;
}

/** `transform-origin` in user units (`left`, `50%`, `10px`): percentages of the viewport, as for transform-box: view-box. */
export function parseTransformOrigin(v: string, vbW: number, vbH: number): [number, number] | undefined {
  const words = v.trim().split(/\s+/).filter(Boolean).slice(0, 2);
  if (!words.length) return undefined;
  const key: Record<string, ['x' | 'y' | 'either', number]> = { left: ['x', 0], right: ['x', 1], top: ['y', 0], bottom: ['y', 1], center: ['either', 0.5] };
  let x: number | undefined;
  let y: number | undefined;
  if (words.length === 1 && key[words[0]!]?.[0] === 'y') words.unshift('center');
  for (const [i, w] of words.entries()) {
    const k = key[w.toLowerCase()];
    const axis = k ? (k[0] === 'either' ? (i === 0 ? 'x' : 'y') : k[0]) : i === 0 ? 'x' : 'y';
    const value = k ? k[1] * (axis === 'x' ? vbW : vbH) : parseUserLength(w, axis === 'x' ? vbW : vbH);
    if (value === undefined) return undefined;
    if (axis === 'x') x = value;
    else y = value;
  }
  return [x ?? vbW / 2, y ?? vbH / 2];
}

/**
 * An element's own transform: the CSS `transform` property when set (it overrides the
 * attribute), about its `transform-origin`. Undefined when it cannot be read.
 */
export function elementTransform(el: XNode, style: ElementStyle, vbW: number, vbH: number): Matrix | undefined {
  const css = style.own.transform;
  const t = css !== undefined ? parseCssTransform(css) : parseTransform(el.attrs.transform);
  if (!t || style.own.transformOrigin === undefined) return t;
  const o = parseTransformOrigin(style.own.transformOrigin, vbW, vbH);
  if (!o) return undefined;
  return multiply(multiply(translate(o[0], o[1]), t), translate(-o[0], -o[1]));
}
