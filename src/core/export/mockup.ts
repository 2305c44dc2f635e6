import { pathGeomToData } from '../geometry/index.ts';
import { fillColor, isMetal } from '../kinds/index.ts';
import { PLATING_STOPS } from '../kinds/plating.ts';
import type { BundleFacts } from './facts.ts';

/**
 * The pin as it will look, as an SVG for proof.png: the die silhouette in the plating (a
 * polished-metal gradient), enamel, raised metal, cut-outs left open. Rendered without a browser.
 */
export function mockupSvg(facts: BundleFacts, widthPx: number): string {
  const { doc, bounds } = facts;
  const pad = Math.max(facts.widthMm, facts.heightMm) * 0.06;
  const vb = { x: bounds.minX - pad, y: bounds.minY - pad, w: facts.widthMm + 2 * pad, h: facts.heightMm + 2 * pad };
  const heightPx = Math.round((widthPx * vb.h) / vb.w);
  const items = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const stops = PLATING_STOPS[doc.spec.plating].map((c, i, all) => `<stop offset="${i / (all.length - 1)}" stop-color="${c}"/>`).join('');
  const die = items.filter((it) => it.kind === 'outline' || it.kind === 'cutout').map((it) => (it.kind === 'outline' || it.kind === 'cutout' ? pathGeomToData(it.path) : '')).join(' ');
  const enamel = items.map((it) => {
    const c = fillColor(it);
    if (!c) return '';
    const d = pathGeomToData(it.kind === 'text' ? it.outlines : it.kind === 'enamel-fill' ? it.path : []);
    const translucent = it.kind === 'enamel-fill' && it.finish === 'translucent' ? ' fill-opacity="0.7"' : '';
    return `<path d="${d}" fill="${c.hex}"${it.kind === 'enamel-fill' ? ` fill-rule="${it.fillRule}"` : ''}${translucent}/>`;
  }).join('');
  const metal = items.filter(isMetal).map((it) => {
    if (it.kind === 'metal-line') return `<path d="${pathGeomToData(it.path)}" fill="none" stroke="url(#metal)" stroke-width="${it.width}" stroke-linecap="${it.cap}" stroke-linejoin="${it.join}"/>`;
    if (it.kind === 'metal-area') return `<path d="${pathGeomToData(it.path)}" fill="url(#metal)" fill-rule="${it.fillRule}"/>`;
    if (it.kind === 'text') return `<path d="${pathGeomToData(it.outlines)}" fill="url(#metal)"/>`;
    return '';
  }).join('');
  // Cut-outs are painted out of everything with an even-odd clip of the die and its holes.
  const clip = die ? `<clipPath id="die"><path d="${die}" clip-rule="evenodd"/></clipPath>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="${vb.x} ${vb.y} ${vb.w} ${vb.h}">`
    + `<defs><linearGradient id="metal" gradientUnits="userSpaceOnUse" x1="${bounds.minX}" y1="${bounds.minY}" x2="${bounds.maxX}" y2="${bounds.maxY}">${stops}</linearGradient>${clip}</defs>`
    + `<g${die ? ' clip-path="url(#die)"' : ''}>${die ? `<path d="${die}" fill="url(#metal)" fill-rule="evenodd"/>` : ''}${enamel}${metal}</g>`
    + `</svg>`;
}
