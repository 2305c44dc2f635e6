import type { Item, PinDocument } from '../document/types.ts';
import { pathGeomToData } from '../geometry/index.ts';
import { fillColor, isMetal } from '../kinds/index.ts';
import { PLATING_FLAT } from '../kinds/plating.ts';
import type { BundleFacts } from './facts.ts';
import { BACKSTAMP_LOGO_FILE } from './specJson.ts';

// artwork.svg and layers/*.svg: millimetre units, one group per part, named as the SVG importer
// reads them (CONTRACTS.md), so the bundle's artwork re-imports into the same pin.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Number(v.toFixed(4)));

function svgDoc(facts: BundleFacts, body: string, title: string): string {
  const { width, height } = facts.doc.artboard;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}mm" height="${n(height)}mm" viewBox="0 0 ${n(width)} ${n(height)}">\n<title>${esc(title)}</title>\n${body}</svg>\n`;
}

const visibleItems = (doc: PinDocument) => doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);

function dieGroup(items: Item[]): string {
  const paths = items.filter((it) => it.kind === 'outline' || it.kind === 'cutout')
    .map((it) => `  <path id="${esc(it.id)}" d="${pathGeomToData(it.kind === 'outline' || it.kind === 'cutout' ? it.path : [])}"${it.kind === 'cutout' ? ' data-kind="cutout"' : ''}/>\n`).join('');
  return `<g id="die-line" fill="none" stroke="#EC008C" stroke-width="0.1">\n${paths}</g>\n`;
}

function metalGroup(items: Item[], color: string): string {
  const paths = items.filter(isMetal).map((it) => {
    if (it.kind === 'metal-line') {
      return `  <path id="${esc(it.id)}" d="${pathGeomToData(it.path)}" fill="none" stroke="${color}" stroke-width="${n(it.width)}" stroke-linecap="${it.cap}" stroke-linejoin="${it.join}"${it.miterLimit ? ` stroke-miterlimit="${n(it.miterLimit)}"` : ''}/>\n`;
    }
    if (it.kind === 'metal-area') return `  <path id="${esc(it.id)}" d="${pathGeomToData(it.path)}" fill="${color}" fill-rule="${it.fillRule}"/>\n`;
    if (it.kind === 'text') return `  <path id="${esc(it.id)}" d="${pathGeomToData(it.outlines)}" fill="${color}" data-text="${esc(it.text)}"/>\n`;
    return '';
  }).join('');
  return `<g id="metal">\n${paths}</g>\n`;
}

function enamelGroup(items: Item[], only?: string): string {
  const paths = items.map((it) => {
    const c = fillColor(it);
    if (!c || (only !== undefined && layerKey(c) !== only)) return '';
    const d = pathGeomToData(it.kind === 'text' ? it.outlines : it.kind === 'enamel-fill' ? it.path : []);
    const rule = it.kind === 'enamel-fill' ? ` fill-rule="${it.fillRule}"` : '';
    const finish = it.kind === 'enamel-fill' && it.finish !== 'standard' ? ` data-finish="${it.finish}"` : '';
    return `  <path id="${esc(it.id)}" d="${d}" fill="${c.hex}"${rule}${c.code ? ` data-pantone="${esc(c.code)}"` : ''}${finish}/>\n`;
  }).join('');
  return `<g id="enamel">\n${paths}</g>\n`;
}

/** A colour's layer file name part: "186-C", "White", "custom-55AA33". */
export function layerKey(c: { hex: string; code?: string }): string {
  return c.code ? c.code.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') : `custom-${c.hex.slice(1)}`;
}

/** The whole artwork: die line, enamel, then metal on top (the importer's paint order). */
export function artworkSvg(facts: BundleFacts): string {
  const items = visibleItems(facts.doc);
  const metal = PLATING_FLAT[facts.doc.spec.plating];
  return svgDoc(facts, dieGroup(items) + enamelGroup(items) + metalGroup(items, metal), `${facts.doc.name}: artwork`);
}

/** The backstamp logo as seen on the back, in mm. */
function backstampLogoSvg(facts: BundleFacts): { path: string; text: string }[] {
  const logo = facts.doc.spec.backstamp.logo;
  if (facts.doc.spec.backstamp.kind !== 'custom' || !logo) return [];
  const w = n(logo.widthMm);
  const h = n(logo.heightMm);
  return [{
    path: BACKSTAMP_LOGO_FILE,
    text: `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}">\n<title>${esc(facts.doc.name)}: backstamp logo (${facts.doc.spec.backstamp.method ?? 'debossed'}), as seen on the back</title>\n<path d="${pathGeomToData(logo.path)}" fill="#000"/>\n</svg>\n`,
  }];
}

/** One file per part: layers/die-line.svg, layers/metal.svg, layers/enamel-<code>.svg (+ the backstamp logo). */
export function layerSvgs(facts: BundleFacts): Array<{ path: string; text: string }> {
  const items = visibleItems(facts.doc);
  const metal = PLATING_FLAT[facts.doc.spec.plating];
  return [
    { path: 'layers/die-line.svg', text: svgDoc(facts, dieGroup(items), `${facts.doc.name}: die line`) },
    { path: 'layers/metal.svg', text: svgDoc(facts, metalGroup(items, metal), `${facts.doc.name}: metal`) },
    ...facts.colours.map((c) => ({
      path: `layers/enamel-${layerKey(c.color)}.svg`,
      text: svgDoc(facts, enamelGroup(items, layerKey(c.color)), `${facts.doc.name}: enamel ${c.spotName}`),
    })),
    ...backstampLogoSvg(facts),
  ];
}
