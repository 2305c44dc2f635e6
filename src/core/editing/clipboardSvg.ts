import type { Item, PinDocument } from '../document/types.ts';
import { pathGeomToData } from '../geometry/index.ts';

// The clipboard carries a selection as SVG, in mm and in the layers the importer reads, so a copy
// pastes into Illustrator or Inkscape as the art it is. A copy made here also carries its items
// exactly (text stays text, names and finishes stay), in an attribute other editors ignore.
// (Reading a paste needs the importer: clipboard.ts, loaded when something is pasted.)

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const ITEMS_ATTR = 'data-pinsmith-items';

function itemSvg(it: Item): string {
  const id = ` id="${esc(it.id)}"`;
  switch (it.kind) {
    case 'metal-line':
      return `<path${id} d="${pathGeomToData(it.path)}" fill="none" stroke="#000000" stroke-width="${it.width}" stroke-linecap="${it.cap}" stroke-linejoin="${it.join}" stroke-miterlimit="${it.miterLimit ?? 4}"/>`;
    case 'metal-area':
      return `<path${id} d="${pathGeomToData(it.path)}" fill="#000000" fill-rule="${it.fillRule}"/>`;
    case 'enamel-fill':
      return `<path${id} d="${pathGeomToData(it.path)}" fill="${it.color.hex}" fill-rule="${it.fillRule}"${it.color.code ? ` data-pantone="${esc(it.color.code)}"` : ''}${it.finish !== 'standard' ? ` data-finish="${it.finish}"` : ''}/>`;
    case 'text':
      return it.mode === 'raised-metal'
        ? `<path${id} d="${pathGeomToData(it.outlines)}" fill="#000000"/>`
        : `<path${id} d="${pathGeomToData(it.outlines)}" fill="${it.color?.hex ?? '#FFFFFF'}"${it.color?.code ? ` data-pantone="${esc(it.color.code)}"` : ''}/>`;
    case 'outline':
    case 'cutout':
      return `<path${id} d="${pathGeomToData(it.path)}" fill="none" stroke="#EC008C" stroke-width="0.1"/>`;
  }
}

/** The selection as an SVG document on the pin's artboard (positions kept), enamel under metal. */
export function clipboardSvg(doc: PinDocument, ids: readonly string[]): string {
  const items = doc.order.filter((id) => ids.includes(id)).map((id) => doc.items[id]!);
  const layer = (name: string, list: Item[]) => (list.length ? `<g id="${name}">${list.map(itemSvg).join('')}</g>` : '');
  const dies = items.filter((it) => it.kind === 'outline');
  const enamel = items.filter((it) => it.kind === 'enamel-fill' || (it.kind === 'text' && it.mode === 'recessed-enamel'));
  const metal = items.filter((it) => it.kind === 'metal-line' || it.kind === 'metal-area' || (it.kind === 'text' && it.mode === 'raised-metal'));
  const { width, height } = doc.artboard;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}" ${ITEMS_ATTR}="${esc(JSON.stringify(items))}">`
    + `${layer('outline', dies)}${layer('enamel', enamel)}${layer('metal', metal)}</svg>`;
}
