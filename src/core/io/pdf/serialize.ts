import type { Colour } from './colour.ts';
import { DIE_NAME, type Drawn, type PdfElement } from './interpret.ts';

// The drawn page as SVG markup. A die line in a spot ink (CutContour and its kin) makes the page
// a layered one: the die line is the outline layer and the rest is sorted into metal and enamel
// by the same rules an SVG without layers follows (CONTRACTS.md), so that nothing is dropped.

export interface SerializeOptions {
  /** The page's optional content names the pin's layers (outline, metal, enamel). */
  layered: boolean;
  metalHex: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const isDie = (c: Colour | undefined) => !!c?.spot && DIE_NAME.test(c.spot.trim());

function paintAttr(c: Colour | undefined): string {
  if (!c || c.none) return 'none';
  return c.pattern ? 'url(#pdf-pattern)' : c.hex;
}

function markup(el: PdfElement, parts: { fill?: Colour; stroke?: Colour; layer?: string; suffix?: string }): string {
  const attrs: Record<string, string> = { ...el.attrs };
  if (parts.suffix) attrs.id = `${attrs.id}${parts.suffix}`;
  if (el.tag === 'path') {
    attrs.fill = paintAttr(parts.fill);
    if (parts.stroke) attrs.stroke = paintAttr(parts.stroke);
    else for (const k of Object.keys(attrs)) if (k.startsWith('stroke')) delete attrs[k];
    if (!parts.fill) for (const k of ['fill-rule', 'fill-opacity']) delete attrs[k];
    const code = parts.fill ? parts.fill.code : parts.stroke?.code;
    if (code) attrs['data-pantone'] = code;
  }
  if (parts.layer) attrs['data-layer'] = parts.layer;
  const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
  return el.tag === 'text' ? `<text${a}>${esc(el.content ?? '')}</text>` : `<${el.tag}${a}/>`;
}

export function serialize(drawn: Drawn, opts: SerializeOptions): string {
  const hasDie = drawn.parts.some((p) => typeof p !== 'string' && (isDie(p.fill) || isDie(p.stroke)));
  const sortByRules = hasDie && !opts.layered;
  const out: string[] = [];
  for (const p of drawn.parts) {
    if (typeof p === 'string') {
      out.push(p);
      continue;
    }
    const { fill, stroke } = p;
    if (isDie(fill) || isDie(stroke)) {
      out.push(markup(p, { fill: fill ?? stroke, layer: 'outline' }));
      continue;
    }
    if (!sortByRules) {
      // Two different spot inks on one path are two paints: each keeps its own code.
      if (fill && stroke && fill.code && stroke.code && fill.code !== stroke.code) {
        out.push(markup(p, { fill }), markup(p, { stroke, suffix: '-stroke' }));
      } else out.push(markup(p, { ...(fill ? { fill } : {}), ...(stroke ? { stroke } : {}) }));
      continue;
    }
    // The rules of an SVG without layers: a stroke is metal unless it repeats its fill's colour;
    // a fill in the metal colour is metal; any other fill is enamel.
    if (p.tag !== 'path') {
      out.push(markup(p, { layer: 'enamel' }));
      continue;
    }
    if (fill && stroke && !fill.none && !stroke.none && fill.hex === stroke.hex && fill.hex !== opts.metalHex) {
      out.push(markup(p, { fill, stroke, layer: 'enamel' }));
      continue;
    }
    if (fill && !fill.none) out.push(markup(p, { fill, layer: fill.hex === opts.metalHex && !fill.pattern ? 'metal' : 'enamel' }));
    if (stroke && !stroke.none) out.push(markup(p, { stroke, layer: 'metal', suffix: '-stroke' }));
  }
  return out.join('');
}
