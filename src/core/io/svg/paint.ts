import type { ColorRef, PaintIssue } from '../../document/types.ts';
import { deltaEHex, type Palette } from '../../palette/index.ts';
import { parseDeclarations } from './css.ts';
import { parsePaint, type Paint } from './style.ts';
import type { Drawable, ImportNote } from './walk.ts';
import { labelOf } from './walk.ts';
import { localName, type XNode } from './xml.ts';

/** A paint as the one flat colour enamel can be, plus the facts that make it not flat. */
export interface FlatPaint {
  hex: string;
  issues: PaintIssue[];
  /** How opaque it is at its most opaque point (a gradient's strongest stop), 0–1. */
  alpha: number;
}

interface Stop {
  hex: string;
  alpha: number;
}

function stopsOf(grad: XNode, ids: Map<string, XNode>, depth = 0): Stop[] {
  const stops = grad.children.filter((c) => localName(c.name) === 'stop');
  if (!stops.length && depth < 4) {
    const href = grad.attrs.href ?? grad.attrs['xlink:href'];
    const next = href?.startsWith('#') ? ids.get(href.slice(1)) : undefined;
    if (next) return stopsOf(next, ids, depth + 1);
  }
  return stops.map((s) => {
    const decl = s.attrs.style ? parseDeclarations(s.attrs.style) : undefined;
    const get = (k: string) => decl?.important[k] ?? decl?.normal[k] ?? s.attrs[k];
    const c = parsePaint(get('stop-color') ?? '#000000', '#000000');
    const opacity = Number.parseFloat(get('stop-opacity') ?? '1');
    const alpha = (c?.kind === 'color' ? c.alpha : 1) * (Number.isFinite(opacity) ? Math.min(1, Math.max(0, opacity)) : 1);
    return { hex: c?.kind === 'color' ? c.hex : '#000000', alpha };
  });
}

export function flattenPaint(paint: Paint, opacity: number, d: Drawable, ids: Map<string, XNode>): FlatPaint | undefined {
  if (paint.kind === 'none') return undefined;
  const issues: PaintIssue[] = [];
  let hex = '#808080';
  if (paint.kind === 'server') {
    const server = ids.get(paint.ref);
    const tag = server ? localName(server.name) : '';
    if (tag === 'linearGradient' || tag === 'radialGradient') {
      const stops = stopsOf(server!, ids);
      // A gradient with no stops paints nothing; one that fades is as strong as its strongest stop.
      if (!stops.length) return undefined;
      const strongest = stops.reduce((a, b) => (b.alpha > a.alpha ? b : a));
      const distinct = [...new Set(stops.map((c) => c.hex))];
      hex = strongest.hex;
      opacity *= strongest.alpha;
      if (distinct.length > 1 || stops.some((c) => Math.abs(c.alpha - strongest.alpha) > 0.01)) {
        issues.push({ kind: 'gradient', detail: `${tag === 'linearGradient' ? 'linear' : 'radial'} gradient ${distinct.slice(0, 4).join(' → ')}` });
      }
    } else if (tag === 'pattern') {
      issues.push({ kind: 'pattern', detail: `pattern fill #${paint.ref}` });
    } else if (paint.fallback?.kind === 'color') {
      hex = paint.fallback.hex;
    } else {
      return undefined; // a reference to nothing paints nothing
    }
  } else {
    hex = paint.hex;
    opacity *= paint.alpha;
  }
  if (d.image) issues.push({ kind: 'image', detail: `embedded raster image ${labelOf(d.el)}` });
  if (opacity < 1 - 1e-6) issues.push({ kind: 'opacity', detail: `opacity ${Math.round(opacity * 100)}%` });
  return { hex, issues, alpha: opacity };
}

/**
 * `data-pantone` names the code explicitly; otherwise a hex equal to a palette entry takes its
 * code; anything else stays a custom colour (and the checker reports it with the nearest code).
 */
export function colorRefFor(hex: string, pantone: string | undefined, palette: Palette, label: string, notes: ImportNote[]): ColorRef {
  if (pantone) {
    const entry = palette.find(pantone);
    if (!entry) {
      notes.push({ level: 'warning', message: `${label}: data-pantone="${pantone}" is not in the ${palette.name} palette; kept as written` });
      return { hex, code: pantone };
    }
    if (entry.hex !== hex) {
      // Said loudly: the pin will not look like the file did. The proof repeats it.
      const de = deltaEHex(entry.hex, hex);
      notes.push({ level: de >= 1 ? 'warning' : 'info', message: `${label}: data-pantone="${pantone}" names ${entry.code} (${entry.hex}) but the element is painted ${hex} (ΔE ${de.toFixed(1)}); the code wins: the factory mixes ${entry.code} and the pin shows ${entry.hex}` });
      return { hex: entry.hex, code: entry.code, drawn: hex };
    }
    return { hex: entry.hex, code: entry.code };
  }
  const entry = palette.findHex(hex);
  return entry ? { hex: entry.hex, code: entry.code } : { hex };
}

/** Under this, a paint is invisible: skipped without a word, as there is nothing to see. */
export const INVISIBLE_ALPHA = 0.005;
/**
 * Under this, a paint is faint (soft shading, a glow, a shadow fading out): a pin cannot make it,
 * so it is left out, and the import lists what was left out. At or over it, a paint is made solid
 * and its opacity is reported on the fill.
 */
export const FAINT_ALPHA = 0.4;
