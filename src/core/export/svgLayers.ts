import type { Item, PinDocument } from '../document/types.ts';
import { isEmpty, pathGeomToData, regionToPath, type Region } from '../geometry/index.ts';
import { PLATING_FLAT } from '../kinds/plating.ts';
import type { BundleFacts, ColourFact } from './facts.ts';
import { BACKSTAMP_LOGO_FILE } from './specJson.ts';

// artwork.svg and layers/*.svg: millimetre units, one group per part, named as the SVG importer
// reads them (CONTRACTS.md), so the bundle's artwork re-imports into the same pin. They show the
// pin as made (facts.made), framed by the pin itself: art beyond the artboard is never cut off,
// metal past the die line and enamel over a hole are never drawn.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Number(v.toFixed(4)));

/** A file framed by what will be made (the pin's bounds and a margin), never by the artboard. */
function svgDoc(facts: BundleFacts, body: string, title: string): string {
  const { minX, minY, maxX, maxY } = facts.frame;
  const w = n(maxX - minX);
  const h = n(maxY - minY);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="${n(minX)} ${n(minY)} ${w} ${h}">\n<title>${esc(title)}</title>\n${body}</svg>\n`;
}

const visibleItems = (doc: PinDocument) => doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);

/** A made area as one path; its rings never overlap, so even-odd leaves every hole open. */
const regionPath = (r: Region) => pathGeomToData(regionToPath(r));

function dieGroup(items: Item[]): string {
  const paths = items.filter((it) => it.kind === 'outline' || it.kind === 'cutout')
    .map((it) => `  <path id="${esc(it.id)}" d="${pathGeomToData(it.kind === 'outline' || it.kind === 'cutout' ? it.path : [])}"${it.kind === 'cutout' ? ' data-kind="cutout"' : ''}/>\n`).join('');
  return `<g id="die-line" fill="none" stroke="#EC008C" stroke-width="0.1">\n${paths}</g>\n`;
}

/** Raised metal as made: strokes expanded, clipped to the die line, holes open. */
function metalGroup(facts: BundleFacts, color: string): string {
  const m = facts.made.metal;
  return `<g id="metal">\n${isEmpty(m) ? '' : `  <path id="metal-area" d="${regionPath(m)}" fill="${color}" fill-rule="evenodd"/>\n`}</g>\n`;
}

/** Enamel as made, one path per colour: inside the die, never over metal or a hole. */
function enamelGroup(facts: BundleFacts, only?: ColourFact): string {
  const paths = facts.colours.filter((c) => !only || c === only).map((c) => {
    const finish = c.finishes.length === 1 ? ` data-finish="${c.finishes[0]}"` : '';
    const code = c.match ? c.match.code : c.color.code;
    const note = c.match ? ` data-custom="${c.color.hex}" data-delta-e="${c.match.deltaE.toFixed(1)}"` : '';
    return `  <path id="enamel-${esc(layerKey(c.color))}" d="${regionPath(c.region)}" fill="${c.inkHex}" fill-rule="evenodd"${code ? ` data-pantone="${esc(code)}"` : ''}${note}${finish}/>\n`;
  }).join('');
  return `<g id="enamel">\n${paths}</g>\n`;
}

/** A colour's layer file name part: "186-C", "White", "custom-55AA33". */
export function layerKey(c: { hex: string; code?: string }): string {
  return c.code ? c.code.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') : `custom-${c.hex.slice(1)}`;
}

/** The whole artwork as it will be made: die line, enamel, then metal on top (the importer's paint order). */
export function artworkSvg(facts: BundleFacts): string {
  const metal = PLATING_FLAT[facts.doc.spec.plating];
  return svgDoc(facts, dieGroup(visibleItems(facts.doc)) + enamelGroup(facts) + metalGroup(facts, metal), `${facts.doc.name}: artwork`);
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
    { path: 'layers/metal.svg', text: svgDoc(facts, metalGroup(facts, metal), `${facts.doc.name}: metal`) },
    ...facts.colours.map((c) => ({
      path: `layers/enamel-${layerKey(c.color)}.svg`,
      text: svgDoc(facts, enamelGroup(facts, c), `${facts.doc.name}: enamel ${c.label}`),
    })),
    ...backstampLogoSvg(facts),
  ];
}

/** A colourway's folder name from its name: "Midnight blue" → colourways/midnight-blue (unique). */
export function colourwayFolders(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || `colourway-${i + 2}`;
    let slug = base;
    for (let k = 2; used.has(slug); k++) slug = `${base}-${k}`;
    used.add(slug);
    return `colourways/${slug}`;
  });
}

/** A colourway's own files: its artwork and its metal and enamel layers (the die line is the pin's). */
export function colourwaySvgs(facts: BundleFacts, folder: string): Array<{ path: string; text: string }> {
  return [
    { path: `${folder}/artwork.svg`, text: artworkSvg(facts) },
    ...layerSvgs(facts).filter((l) => l.path !== 'layers/die-line.svg' && l.path !== BACKSTAMP_LOGO_FILE).map((l) => ({ path: `${folder}/${l.path}`, text: l.text })),
  ];
}
