import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EnamelFillItem, Item, MetalLineItem, PinDocument } from '../../document/types.ts';
import { validateDocument } from '../../document/validate.ts';
import { area, boundsOfPolylines, flattenPath, regionBounds } from '../../geometry/index.ts';
import { itemRegion } from '../../kinds/index.ts';
import { importSvg } from './import.ts';

const svg = (body: string, attrs = 'width="20mm" height="20mm" viewBox="0 0 20 20"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</svg>`;

function load(text: string, opts = {}): { doc: PinDocument; notes: string[]; items: Item[] } {
  const r = importSvg(text, opts);
  if (!r.ok) throw new Error(r.error);
  const v = validateDocument(r.doc);
  expect(v.ok, JSON.stringify(!v.ok && v.problems)).toBe(true);
  return { doc: r.doc, notes: r.notes.map((n) => n.message), items: r.doc.order.map((id) => r.doc.items[id]!) };
}
const kinds = (items: Item[]) => items.map((i) => i.kind);
const lines = (items: Item[]) => items.filter((i): i is MetalLineItem => i.kind === 'metal-line');
const fills = (items: Item[]) => items.filter((i): i is EnamelFillItem => i.kind === 'enamel-fill');
const bbox = (it: Item) => regionBounds(itemRegion(it));
const fail = (text: string) => {
  const r = importSvg(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
};

describe('SVG import: units and scale', () => {
  it.each([
    ['mm', 'width="20mm" height="10mm" viewBox="0 0 200 100"', 20, 10],
    ['cm', 'width="2cm" height="1cm" viewBox="0 0 200 100"', 20, 10],
    ['in', 'width="1in" height="1in" viewBox="0 0 100 100"', 25.4, 25.4],
    ['pt', 'width="72pt" height="36pt" viewBox="0 0 72 36"', 25.4, 12.7],
    ['pc', 'width="6pc" height="6pc" viewBox="0 0 10 10"', 25.4, 25.4],
    ['px', 'width="96px" height="96px" viewBox="0 0 96 96"', 25.4, 25.4],
    ['unitless = px', 'width="96" height="48" viewBox="0 0 96 48"', 25.4, 12.7],
    ['viewBox only = px', 'viewBox="0 0 192 96"', 50.8, 25.4],
    ['no viewBox: user units are px', 'width="50mm" height="50mm"', 50, 50],
  ])('%s', (_n, attrs, w, h) => {
    const { doc } = load(svg('<g id="metal"><line x1="0" y1="0" x2="96" y2="0" stroke="#000" stroke-width="9.6"/></g>', attrs));
    expect(doc.artboard.width).toBeCloseTo(w, 3);
    expect(doc.artboard.height).toBeCloseTo(h, 3);
  });

  it('a viewBox with an offset maps its origin to the top-left', () => {
    const { items } = load(svg('<g id="enamel"><rect x="100" y="100" width="10" height="10" fill="#C8102E"/></g>', 'width="20mm" height="20mm" viewBox="100 100 20 20"'));
    const b = bbox(fills(items)[0]!);
    expect([b.minX, b.minY, b.maxX, b.maxY]).toEqual([0, 0, 10, 10]);
  });

  it('a stroke width in mm inside a px drawing is converted', () => {
    const { items } = load(svg('<g id="metal"><line x1="0" y1="5" x2="20" y2="5" stroke="#000" stroke-width="0.5mm"/></g>', 'width="96px" height="96px" viewBox="0 0 96 96"'));
    expect(lines(items)[0]!.width).toBeCloseTo(0.5, 6);
  });

  it('rejects an impossible size with a clear error', () => {
    expect(fail(svg('', 'width="-5mm" height="10mm"'))).toMatch(/greater than 0/);
    expect(fail(svg('', 'width="10furlongs" height="10mm"'))).toMatch(/unit/);
    expect(fail(svg('', 'width="10mm" height="10mm" viewBox="0 0 0 10"'))).toMatch(/viewBox/);
  });
});

describe('SVG import: transforms', () => {
  it('nested groups compose, and stroke widths scale with them', () => {
    const { items } = load(svg('<g id="metal" transform="translate(2,3)"><g transform="scale(2)"><line x1="0" y1="0" x2="5" y2="0" stroke="#000" stroke-width="0.25"/></g></g>'));
    const l = lines(items)[0]!;
    expect(l.width).toBeCloseTo(0.5, 9);
    expect(l.path[0]!.segments.map((s) => [s.x, s.y])).toEqual([[2, 3], [12, 3]]);
  });

  it('rotate about a point, and matrix()', () => {
    const { items } = load(svg('<g id="metal"><line x1="10" y1="5" x2="15" y2="5" stroke="#000" stroke-width="0.4" transform="rotate(90 10 5)"/><line x1="0" y1="0" x2="1" y2="0" stroke="#000" stroke-width="1" transform="matrix(0 2 -2 0 10 10)"/></g>'));
    const [a, b] = lines(items);
    expect(a!.path[0]!.segments[1]!.x).toBeCloseTo(10, 9);
    expect(a!.path[0]!.segments[1]!.y).toBeCloseTo(10, 9);
    expect(b!.width).toBeCloseTo(2, 9);
    expect(b!.path[0]!.segments[1]!.y).toBeCloseTo(12, 9);
  });

  it('a stroke under skew becomes a metal area of the true outline', () => {
    const { items, notes } = load(svg('<g id="metal"><line x1="2" y1="10" x2="18" y2="10" stroke="#000" stroke-width="1" transform="skewX(30)"/></g>'));
    expect(kinds(items)).toContain('metal-area');
    expect(notes.join()).toMatch(/skew/);
  });

  it('non-uniform scale also outlines the stroke (a 1 wide stroke scaled 1×3 is 3 tall)', () => {
    const { items } = load(svg('<g id="metal"><line x1="2" y1="2" x2="8" y2="2" stroke="#000" stroke-width="1" stroke-linecap="butt" transform="scale(1,3)"/></g>'));
    const m = items.find((i) => i.kind === 'metal-area')!;
    const b = bbox(m);
    expect(b.maxY - b.minY).toBeCloseTo(3, 3);
    expect(b.maxX - b.minX).toBeCloseTo(6, 3);
  });
});

describe('SVG import: shapes', () => {
  it('every basic shape becomes geometry with the right area', () => {
    const { items } = load(svg(`<g id="enamel">
      <rect x="1" y="1" width="4" height="2" fill="#C8102E"/>
      <rect x="6" y="1" width="4" height="4" rx="1" fill="#C8102E"/>
      <circle cx="3" cy="8" r="1" fill="#C8102E"/>
      <ellipse cx="8" cy="8" rx="2" ry="1" fill="#C8102E"/>
      <polygon points="12,1 16,1 16,4" fill="#C8102E"/>
      <polyline points="12,6 16,6 16,9" fill="#C8102E"/>
      <path d="M1 12 h4 v4 h-4 z" fill="#C8102E"/>
    </g>`));
    const areas = fills(items).map((f) => area(itemRegion(f)));
    const expected = [8, 16 - (4 - Math.PI), Math.PI, 2 * Math.PI, 6, 6, 16];
    expect(areas).toHaveLength(expected.length);
    // Flattening within 0.002 mm loses a hair of area along curves.
    areas.forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, 1));
  });

  it('a <line> is never filled, only stroked', () => {
    const { items } = load(svg('<g id="metal"><line x1="1" y1="1" x2="9" y2="1" stroke="#000" stroke-width="0.5"/></g>'));
    expect(kinds(items)).toEqual(['outline', 'metal-line']);
  });

  it('arcs: a circle written as two arcs has the area of a circle', () => {
    const { items } = load(svg('<g id="enamel"><path d="M5 10 A5 5 0 1 1 15 10 A5 5 0 1 1 5 10 Z" fill="#C8102E"/></g>'));
    expect(area(itemRegion(fills(items)[0]!))).toBeCloseTo(25 * Math.PI, 1);
  });

  it('<use> places a copy with x/y, and style inherits from the use', () => {
    const { items } = load(svg('<defs><rect id="cell" width="2" height="2"/></defs><g id="enamel"><use href="#cell" x="3" y="4" fill="#C8102E"/><use xlink:href="#cell" x="8" y="4" fill="#FFC72C"/></g>'));
    const f = fills(items);
    expect(f.map((x) => x.color.code)).toEqual(['186 C', '123 C']);
    expect(bbox(f[1]!).minX).toBeCloseTo(8, 6);
  });

  it('rect with zero size and a circle with r=0 are not drawn', () => {
    const { items } = load(svg('<g id="enamel"><rect width="0" height="4" fill="#C8102E"/><circle r="0" fill="#C8102E"/><rect width="1" height="1" fill="#C8102E"/></g>'));
    expect(fills(items)).toHaveLength(1);
  });
});

describe('SVG import: styles', () => {
  it('attributes, the style attribute, inherited group style and CSS classes', () => {
    const { items } = load(svg(`<style>.red{fill:#C8102E} g.warm > .sun{fill:#FFC72C} #blue{fill:#0032A0}</style>
      <g id="enamel" fill="#509E2F">
        <rect width="1" height="1"/>
        <rect x="2" width="1" height="1" class="red"/>
        <g class="warm"><rect x="4" width="1" height="1" class="sun red"/></g>
        <rect x="6" width="1" height="1" id="blue" class="red"/>
        <rect x="8" width="1" height="1" class="red" style="fill:#9BCBEB"/>
      </g>`));
    expect(fills(items).map((f) => f.color.code)).toEqual(['362 C', '186 C', '123 C', '286 C', '291 C']);
  });

  it('display:none and visibility:hidden are skipped', () => {
    const { items } = load(svg(`<g id="enamel"><rect width="1" height="1" fill="#C8102E" style="display:none"/>
      <g display="none"><rect x="2" width="1" height="1" fill="#C8102E"/></g>
      <rect x="4" width="1" height="1" fill="#C8102E" visibility="hidden"/>
      <g visibility="hidden"><rect x="6" width="1" height="1" fill="#C8102E" visibility="visible"/></g></g>`));
    expect(fills(items)).toHaveLength(1);
    expect(bbox(fills(items)[0]!).minX).toBeCloseTo(6, 6);
  });

  it('caps and joins come from the stroke style', () => {
    const { items } = load(svg('<g id="metal"><polyline points="1,1 5,5 9,1" fill="none" stroke="#000" stroke-width="0.5" stroke-linecap="square" stroke-linejoin="bevel"/></g>'));
    expect(lines(items)[0]).toMatchObject({ cap: 'square', join: 'bevel' });
  });
});

describe('SVG import: layers', () => {
  it.each([
    ['id', 'id="outline"', 'id="metal"', 'id="enamel"'],
    ['inkscape:label', 'inkscape:label="Die-Line"', 'inkscape:label="Metal"', 'inkscape:label="ENAMEL"'],
    ['data-layer', 'data-layer="outline"', 'data-layer="metal"', 'data-layer="enamel"'],
  ])('by %s', (_n, o, m, e) => {
    const { items } = load(svg(`<g ${o}><rect width="20" height="20"/></g><g ${e}><rect x="1" y="1" width="18" height="18" fill="#C8102E"/></g>
      <g ${m}><rect x="1" y="1" width="18" height="18" fill="none" stroke="#C8102E" stroke-width="0.5"/><circle cx="10" cy="10" r="2" fill="#FFC72C"/></g>`).replace('<svg ', '<svg xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '));
    expect(kinds(items)).toEqual(['outline', 'enamel-fill', 'metal-line', 'metal-area']);
  });

  it('in the metal layer a coloured stroke is still metal; in the enamel layer a stroke of another colour is enamel', () => {
    const { items } = load(svg(`<g id="enamel"><rect x="2" y="2" width="6" height="6" fill="#C8102E" stroke="#FFC72C" stroke-width="1"/></g>`));
    expect(fills(items).map((f) => f.color.code)).toEqual(['186 C', '123 C']);
  });

  it('the outline layer gives the die line and its holes become cut-outs', () => {
    const { items } = load(svg('<g id="outline"><path fill-rule="evenodd" d="M0 0H20V20H0Z M8 8H12V12H8Z"/></g>'));
    expect(kinds(items)).toEqual(['outline', 'cutout']);
    expect(area(itemRegion(items[1]!))).toBeCloseTo(16, 6);
  });

  it('elements outside the layers are ignored with a note', () => {
    const { items, notes } = load(svg('<g id="metal"><line x1="0" y1="1" x2="9" y2="1" stroke="#000" stroke-width="1"/></g><rect width="3" height="3" fill="#C8102E"/>'));
    expect(fills(items)).toHaveLength(0);
    expect(notes.join()).toMatch(/1 element\(s\) outside/);
  });
});

describe('SVG import: without layers', () => {
  it('strokes are metal lines, black fills metal areas, other fills enamel; the die is the outer boundary', () => {
    const { items, notes } = load(svg(`<circle cx="10" cy="10" r="9" fill="#C8102E"/>
      <circle cx="10" cy="10" r="9" fill="none" stroke="#000" stroke-width="1"/>
      <rect x="8" y="8" width="4" height="4" fill="#000"/>`));
    expect(kinds(items)).toEqual(['outline', 'enamel-fill', 'metal-line', 'metal-area']);
    const die = bbox(items[0]!);
    expect(die.minX).toBeCloseTo(0.5, 2);
    expect(die.maxX).toBeCloseTo(19.5, 2);
    expect(notes.join()).toMatch(/outer boundary/);
  });

  it('a stroke in the fill colour widens the fill instead of becoming metal', () => {
    const { items } = load(svg('<rect x="5" y="5" width="10" height="10" fill="#C8102E" stroke="#C8102E" stroke-width="2"/>'));
    expect(kinds(items)).toEqual(['outline', 'enamel-fill']);
    expect(area(itemRegion(fills(items)[0]!))).toBeCloseTo(144, 1);
  });

  it('--metal-color chooses which fill colour is metal', () => {
    const { items } = load(svg('<rect x="5" y="5" width="10" height="10" fill="#C9A227"/><rect x="7" y="7" width="2" height="2" fill="#000"/>'), { metalColor: '#c9a227' });
    expect(kinds(items)).toEqual(['outline', 'metal-area', 'enamel-fill']);
  });
});

describe('SVG import: colours', () => {
  it('a hex equal to a palette colour takes its code; another stays custom', () => {
    const { items } = load(svg('<g id="enamel"><rect width="2" height="2" fill="#c8102e"/><rect x="3" width="2" height="2" fill="rgb(85,170,51)"/><rect x="6" width="2" height="2" fill="white"/></g>'));
    expect(fills(items).map((f) => f.color)).toEqual([{ hex: '#C8102E', code: '186 C' }, { hex: '#55AA33' }, { hex: '#FFFFFF', code: 'White' }]);
  });

  it('data-pantone names the code (and wins over the painted hex)', () => {
    const { items, notes } = load(svg('<g id="enamel"><rect width="2" height="2" fill="#FF0000" data-pantone="PMS 186c"/><rect x="3" width="2" height="2" fill="#123456" data-pantone="Mystery 9"/></g>'));
    expect(fills(items).map((f) => f.color)).toEqual([{ hex: '#C8102E', code: '186 C', drawn: '#FF0000' }, { hex: '#123456', code: 'Mystery 9' }]);
    expect(notes.join()).toMatch(/names 186 C \(#C8102E\) but the element is painted #FF0000 \(ΔE \d+\.\d\); the code wins: the factory mixes 186 C/);
    expect(notes.join()).toMatch(/Mystery 9.*not in/);
  });

  it('gradients, opacity and images in enamel are kept as facts, not flattened silently', () => {
    const { items } = load(svg(`<defs><linearGradient id="g"><stop offset="0" stop-color="#C8102E"/><stop offset="1" style="stop-color:#0032A0"/></linearGradient></defs>
      <g id="enamel"><rect width="4" height="4" fill="url(#g)"/><rect x="5" width="4" height="4" fill="#C8102E" opacity="0.5"/>
      <image x="10" width="4" height="4" href="data:image/png;base64,AAAA"/><rect x="15" width="4" height="4" fill="#C8102E" fill-opacity="1"/></g>`));
    const f = fills(items);
    expect(f.map((x) => x.paintIssues?.map((p) => p.kind))).toEqual([['gradient'], ['opacity'], ['image'], undefined]);
    expect(f[0]!.color.code).toBe('186 C');
  });
});

describe('SVG import: paint order', () => {
  it('enamel painted above another is subtracted from it, so imported art has no hidden overlaps', () => {
    const { items } = load(svg('<g id="enamel"><rect width="10" height="10" fill="#C8102E"/><rect x="5" width="10" height="10" fill="#FFC72C"/></g>'));
    const [under, over] = fills(items);
    expect(area(itemRegion(under!))).toBeCloseTo(50, 6);
    expect(area(itemRegion(over!))).toBeCloseTo(100, 6);
  });

  it('fills that nothing covers keep their exact curves', () => {
    const { items } = load(svg('<g id="enamel"><circle cx="5" cy="5" r="4" fill="#C8102E"/><circle cx="15" cy="5" r="4" fill="#FFC72C"/></g>'));
    expect(fills(items)[0]!.path[0]!.segments).toHaveLength(4);
  });

  it('a fill completely covered is left out with a note; metal never cuts enamel', () => {
    const { items, notes } = load(svg('<g id="enamel"><rect x="2" y="2" width="2" height="2" fill="#C8102E"/><rect width="10" height="10" fill="#FFC72C"/></g><g id="metal"><rect width="10" height="10" fill="#000"/></g>'));
    expect(fills(items)).toHaveLength(1);
    expect(area(itemRegion(fills(items)[0]!))).toBeCloseTo(100, 6);
    expect(notes.join()).toMatch(/completely covered/);
  });
});

describe('SVG import: hostile and broken input is inert', () => {
  it('scripts, event attributes and foreignObject do nothing and are reported', () => {
    const { items, notes } = load(svg(`<script>globalThis.pwned = true</script><g id="enamel" onload="globalThis.pwned=true">
      <rect width="2" height="2" fill="#C8102E"/></g><foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>`));
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(fills(items)).toHaveLength(1);
    expect(notes.join()).toMatch(/removed/);
  });

  it('external references are never fetched', () => {
    const { notes } = load(svg('<g id="metal"><use href="https://example.com/evil.svg#x"/><line x1="0" y1="1" x2="9" y2="1" stroke="#000"/></g>'));
    expect(notes.join()).toMatch(/not fetched/);
  });

  it('entities are refused, not expanded (billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>`;
    expect(fail(bomb)).toMatch(/entities/);
  });

  it('<use> cycles are cut with a note', () => {
    const { notes } = load(svg('<g id="metal"><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/><line x1="0" y1="1" x2="9" y2="1" stroke="#000"/></g></g>'));
    expect(notes.join()).toMatch(/refers to itself/);
  });

  it('exponential <use> fan-out hits the shape budget with a clear error', () => {
    let defs = '<rect id="l0" width="1" height="1"/>';
    for (let i = 1; i <= 20; i++) defs += `<g id="l${i}"><use href="#l${i - 1}"/><use href="#l${i - 1}"/></g>`;
    expect(fail(svg(`<defs>${defs}</defs><g id="enamel" fill="#C8102E"><use href="#l20"/></g>`))).toMatch(/more than (100,000 shapes|200,000 elements)/);
  });

  it('a file over the size limit is refused before parsing', () => {
    expect(fail(`<svg xmlns="http://www.w3.org/2000/svg"><!--${'x'.repeat(21 * 1024 * 1024)}--></svg>`)).toMatch(/MB/);
  });

  it('not XML, not SVG, empty', () => {
    expect(fail('hello')).toMatch(/not well-formed|empty/);
    expect(fail('<html><body/></html>')).toMatch(/not an SVG/);
    expect(fail('')).toMatch(/not well-formed|empty/);
    expect(fail('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toMatch(/well-formed/);
  });

  it('broken path data is drawn up to the error, with a note', () => {
    const { items, notes } = load(svg('<g id="enamel"><path d="M1 1 H5 V5 H1 Z M 7 7 L 8 oops" fill="#C8102E"/></g>'));
    expect(fills(items)).toHaveLength(1);
    expect(notes.join()).toMatch(/missing a number|unexpected/);
  });
});

describe('SVG import: files as editors write them', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/svg/${name}`, import.meta.url), 'utf8');

  it('Illustrator: pt units, <?xml prologue, CSS classes, polygon', () => {
    const { doc, items } = load(fixture('illustrator-badge.svg'));
    expect(doc.artboard.width).toBeCloseTo(25.4, 6);
    expect(kinds(items)).toEqual(['outline', 'enamel-fill', 'enamel-fill', 'metal-line', 'metal-line']);
    expect(lines(items).map((l) => Number(l.width.toFixed(4)))).toEqual([1.0583, 0.5292]);
    expect(fills(items).map((f) => f.color.code)).toEqual(['186 C', '123 C']);
  });

  it('Inkscape: mm document, sodipodi:namedview, layers by label, nested transforms', () => {
    const { items } = load(fixture('inkscape-shield.svg'));
    expect(kinds(items)).toEqual(['outline', 'enamel-fill', 'enamel-fill', 'metal-line', 'metal-line']);
    const left = fills(items)[0]!;
    expect(bbox(left).minX).toBeCloseTo(0, 6);
    expect(left.color.code).toBe('286 C');
  });

  it('Figma: px units, fill="none" on the root, matrix transform, <use> into defs', () => {
    const { items } = load(fixture('figma-heart.svg'));
    expect(kinds(items)).toEqual(['outline', 'enamel-fill', 'enamel-fill', 'metal-line', 'metal-line']);
    expect(lines(items)[0]!.width).toBeCloseTo(8 * 25.4 / 96, 6);
  });

  it('the shared samples import with their declared widths', () => {
    const sample = readFileSync(new URL('../../../../test/fixtures/samples/mountain-badge.svg', import.meta.url), 'utf8');
    const { items } = load(sample);
    expect(lines(items).map((l) => l.width)).toEqual([1, 0.5, 0.5, 0.4]);
    const b = boundsOfPolylines(flattenPath(items[0]!.kind === 'outline' ? items[0]!.path : []));
    expect(b.maxX - b.minX).toBeCloseTo(25, 3);
  });
});
