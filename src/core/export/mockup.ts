import { isEmpty, pathGeomToData, regionToPath, type Region } from '../geometry/index.ts';
import { PLATING_STOPS } from '../kinds/plating.ts';
import type { BundleFacts } from './facts.ts';

const d = (r: Region) => pathGeomToData(regionToPath(r), 3);

/** Bare recess is drawn darker and hatched: it is sunk metal with no enamel, not raised metal. */
export const RECESS_HATCH_MM = 0.5;

/**
 * The pin as it will look, as an SVG for proof.png: the metal blank in the plating (a
 * polished-metal gradient), enamel in the inks the factory mixes, raised metal, bare recess
 * hatched, cut-outs open. Drawn from the made geometry, so it agrees with every other file.
 */
export function mockupSvg(facts: BundleFacts, widthPx: number): string {
  const { doc, bounds, made } = facts;
  const pad = Math.max(facts.widthMm, facts.heightMm) * 0.06;
  const vb = { x: bounds.minX - pad, y: bounds.minY - pad, w: facts.widthMm + 2 * pad, h: facts.heightMm + 2 * pad };
  const heightPx = Math.round((widthPx * vb.h) / vb.w);
  const stops = PLATING_STOPS[doc.spec.plating].map((c, i, all) => `<stop offset="${i / (all.length - 1)}" stop-color="${c}"/>`).join('');
  const enamel = facts.colours.map((c) => {
    const translucent = c.finishes.includes('translucent') ? ' fill-opacity="0.7"' : '';
    return `<path d="${d(c.region)}" fill="${c.inkHex}" fill-rule="evenodd"${translucent}/>`;
  }).join('');
  const h = RECESS_HATCH_MM;
  const recess = isEmpty(made.recess) ? ''
    : `<path d="${d(made.recess)}" fill="#000" fill-opacity="0.35" fill-rule="evenodd"/><path d="${d(made.recess)}" fill="url(#recess)" fill-rule="evenodd"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="${vb.x} ${vb.y} ${vb.w} ${vb.h}">`
    + `<defs><linearGradient id="metal" gradientUnits="userSpaceOnUse" x1="${bounds.minX}" y1="${bounds.minY}" x2="${bounds.maxX}" y2="${bounds.maxY}">${stops}</linearGradient>`
    + `<pattern id="recess" patternUnits="userSpaceOnUse" width="${h}" height="${h}" patternTransform="rotate(45)"><rect width="${h / 2.5}" height="${h}" fill="#000" fill-opacity="0.45"/></pattern></defs>`
    + `<path d="${d(made.die)}" fill="url(#metal)" fill-rule="evenodd"/>${enamel}${recess}`
    + `${isEmpty(made.metal) ? '' : `<path d="${d(made.metal)}" fill="url(#metal)" fill-rule="evenodd"/>`}`
    + `</svg>`;
}
