import type { PinDocument } from '../document/types.ts';
import { expandBounds, pathGeomToData } from '../geometry/index.ts';
import { fillColor, isMetal, pinBounds } from '../kinds/index.ts';
import { PLATING_FLAT, RECESS_SHADE } from '../kinds/plating.ts';

/**
 * A small picture of a pin for My pins: the die silhouette in its plating a shade darker (bare
 * recess), the enamel, the raised metal, cut-outs open. Drawn item by item (cheap; the factory files use the exact made geometry).
 */
export function thumbnailSvg(doc: PinDocument, px = 72): string {
  const items = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const b = expandBounds(pinBounds(doc), 0.5);
  const w = b.maxX - b.minX;
  const h = b.maxY - b.minY;
  const metal = PLATING_FLAT[doc.spec.plating];
  const d = (p: Parameters<typeof pathGeomToData>[0]) => pathGeomToData(p, 2);
  const die = items.filter((it) => it.kind === 'outline' || it.kind === 'cutout').map((it) => (it.kind === 'outline' || it.kind === 'cutout' ? d(it.path) : '')).join(' ');
  const art = items.map((it) => {
    const c = fillColor(it);
    if (c) return `<path d="${d(it.kind === 'text' ? it.outlines : it.kind === 'enamel-fill' ? it.path : [])}" fill="${c.hex}"${it.kind === 'enamel-fill' ? ` fill-rule="${it.fillRule}"` : ''}/>`;
    if (!isMetal(it)) return '';
    if (it.kind === 'metal-line') return `<path d="${d(it.path)}" fill="none" stroke="${metal}" stroke-width="${it.width}" stroke-linecap="${it.cap}" stroke-linejoin="${it.join}"/>`;
    if (it.kind === 'metal-area') return `<path d="${d(it.path)}" fill="${metal}" fill-rule="${it.fillRule}"/>`;
    return it.kind === 'text' ? `<path d="${d(it.outlines)}" fill="${metal}"/>` : '';
  }).join('');
  const clip = die ? `<clipPath id="d"><path d="${die}" clip-rule="evenodd"/></clipPath>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${Math.round((px * h) / w)}" viewBox="${b.minX} ${b.minY} ${w} ${h}">`
    + `<defs>${clip}</defs><g${die ? ' clip-path="url(#d)"' : ''}>${die ? `<path d="${die}" fill="${metal}" fill-rule="evenodd"/><path d="${die}" fill="${RECESS_SHADE}" fill-rule="evenodd"/>` : ''}${art}</g></svg>`;
}

/** The thumbnail as an image address (for an img's src). */
export const thumbnailUrl = (doc: PinDocument, px = 72) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(thumbnailSvg(doc, px))}`;
