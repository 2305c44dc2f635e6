// A pin released in colourways: the bundle gets one proof page per colourway (its own colours,
// plating, edition and checks, separated on plates of its own inks), spec.json lists them, and
// each has its own artwork and layers.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleAssets } from '../src/cli/assets.ts';
import type { PinDocument } from '../src/core/document/types.ts';
import { buildBundle, type Bundle } from '../src/core/export/bundle.ts';
import { proofViews } from '../src/core/export/proofPdf.ts';
import { toPt } from '../src/core/export/proofArt.ts';
import { loadPinFile, savePinFile } from '../src/core/io/pinFile.ts';
import { parseAseChart } from '../src/core/palette/formats/ase.ts';
import { importSvg } from '../src/core/io/svg/import.ts';
import { pdfText } from './support/pdfText.ts';
import { separations } from './support/separations.ts';

function badge(): PinDocument {
  const r = importSvg(readFileSync(new URL('./fixtures/samples/mountain-badge.svg', import.meta.url), 'utf8'), { name: 'Mountain badge' });
  if (!r.ok) throw new Error(r.error);
  r.doc.spec = { ...r.doc.spec, editionSize: 100, backstamp: { kind: 'standard', numbering: { method: 'laser', at: { x: 8, y: 20 } } } };
  r.doc.colourways = [
    { id: 'cw-night', name: 'Night', plating: 'black-nickel', editionSize: 50, map: [{ from: '291 C', to: { hex: '#041E42', code: '2767 C' } }, { from: '123 C', to: { hex: '#FFFFFF', code: 'White' } }] },
    // An off-palette colour in this colourway only: its own page and its spec entry carry the error.
    { id: 'cw-sunset', name: 'Sunset', editionSize: 75, map: [{ from: '291 C', to: { hex: '#FF7F41', code: '1575 C' } }, { from: '7727 C', to: { hex: '#12AB34' } }] },
  ];
  return r.doc;
}

let b: Bundle;
let zip: JSZip;
beforeAll(async () => {
  const r = await buildBundle(badge(), await nodeBundleAssets(), { date: '2026-12-04', exportReason: 'Sunset: the factory matches the green' });
  if (!r.ok) throw new Error(r.reason);
  b = r.value;
  zip = await JSZip.loadAsync(b.zip);
}, 180_000);

describe('a pin with colourways, exported', () => {
  it('has one proof page per colourway, each naming its colours, plating and edition', async () => {
    const pdf = await PDFDocument.load(b.pdf);
    expect(pdf.getPageCount()).toBe(3);
    const [first, night, sunset] = await Promise.all([1, 2, 3].map((n) => pdfText(b.pdf, n)));
    expect(first).toContain('Colourway 1 of 3 (LE 100)');
    expect(first).toContain('PANTONE 291 C');
    expect(night).toContain('Mountain badge — Night');
    expect(night).toContain('Colourway 2 of 3 (LE 50)');
    expect(night).toContain('black nickel plating');
    expect(night).toContain('PANTONE 2767 C');
    expect(night).not.toContain('PANTONE 291 C');
    expect(night).toMatch(/Checks \(.*\): 0 errors/);
    expect(sunset).toContain('PANTONE 1575 C');
    expect(sunset).toMatch(/Checks \(.*\): 1 error/);
    expect(sunset).toContain('color-off-palette');
  });

  it('separates each colourway page on the plates of its own inks', () => {
    const dpi = 100;
    const plates = separations(b.pdf, dpi, 2);
    const names = [...plates.keys()];
    expect(names).toEqual(expect.arrayContaining(['PANTONE 2767 C', 'White', 'PANTONE 7727 C', 'Metal black nickel', 'CutContour']));
    expect(names).not.toContain('PANTONE 291 C');
    // The sky (291 C as drawn) is 2767 C in this colourway; no other enamel plate inks it.
    const { big, size } = proofViews(b.facts);
    const at = (x: number, y: number) => {
      const p = toPt(big, x, y);
      return [(p.x * dpi) / 72, ((size[1] - p.y) * dpi) / 72] as const;
    };
    for (const [x, y] of [[17, 3.5], [19.5, 6]] as const) {
      expect(plates.get('PANTONE 2767 C')!.ink(...at(x, y)), `sky at ${x}, ${y}`).toBe(1);
      expect(plates.get('PANTONE 7727 C')!.ink(...at(x, y))).toBe(0);
    }
  });

  it('numbers each colourway up to its own edition size on the back, where it will be marked', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: b.pdf.slice(), useSystemFonts: false }).promise;
    const { rightX, actual, viewTop } = proofViews(b.facts);
    const k = actual.k;
    // The back view is mirrored: the marking at x = 8 mm on the front frame is right of centre on the back.
    const expectX = rightX + k * (b.facts.bounds.maxX - 8);
    const expectY = viewTop - b.facts.heightMm * k - 34 - k * (20 - b.facts.bounds.minY);
    for (const [n, label] of [[1, 'x / 100'], [2, 'x / 50'], [3, 'x / 75']] as const) {
      const items = (await (await pdf.getPage(n)).getTextContent()).items.filter((i) => 'str' in i && i.str === label) as Array<{ transform: number[]; width: number }>;
      expect(items, `page ${n} marks ${label}`).toHaveLength(1);
      const it = items[0]!;
      expect(Math.abs(it.transform[4]! + it.width / 2 - expectX), `page ${n}: across`).toBeLessThan(1.5);
      expect(Math.abs(it.transform[5]! - expectY), `page ${n}: down`).toBeLessThan(3);
    }
    expect((await pdfText(b.pdf, 2)).replace(/\s+/g, ' ')).toContain('LE numbering laser-marked, each pin its own number: 1 / 50 to 50 / 50');
    const spec = JSON.parse(await zip.file('spec.json')!.async('string'));
    expect(spec.backstamp.numbering).toEqual({ method: 'laser', text: 'x / 100', atMm: { x: 8, y: 20 }, heightMm: 1.2 });
    expect(spec.colourways.map((c: { numbering: string }) => c.numbering)).toEqual(['x / 50', 'x / 75']);
  });

  it('lists the colourways in spec.json (schema 1.2), each with its page, map, colours, layers and checks', async () => {
    const spec = JSON.parse(await zip.file('spec.json')!.async('string'));
    expect(spec.specVersion).toBe('1.2.0');
    expect(spec.colourways.map((c: { name: string; proofPage: number; plating: string; editionSize: number }) => [c.name, c.proofPage, c.plating, c.editionSize]))
      .toEqual([['Night', 2, 'black-nickel', 50], ['Sunset', 3, 'gold', 75]]);
    expect(spec.colourways[0].map).toEqual([{ from: '291 C', to: '2767 C' }, { from: '123 C', to: 'White' }]);
    expect(spec.colourways[0].colours.map((c: { pantone: string }) => c.pantone).sort()).toEqual(['2767 C', '362 C', '7727 C', 'White']);
    expect(spec.colourways[0].checks).toEqual({ errors: 0, warnings: 0 });
    expect(spec.colourways[1].checks.errors).toBe(1);
    expect(spec.checks.exportReason).toBe('Sunset: the factory matches the green');
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(new URL('../schemas/spec.schema.json', import.meta.url), 'utf8')));
    expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
  });

  it('gives each colourway its own artwork and layers, and the design still reopens with its colourways', async () => {
    const files = Object.keys(zip.files);
    for (const f of ['colourways/night/artwork.svg', 'colourways/night/layers/metal.svg', 'colourways/night/layers/enamel-2767-C.svg', 'colourways/night/layers/enamel-White.svg',
      'colourways/sunset/artwork.svg', 'colourways/sunset/layers/enamel-1575-C.svg']) expect(files, f).toContain(f);
    expect(files).not.toContain('colourways/night/layers/die-line.svg');
    const art = await zip.file('colourways/night/artwork.svg')!.async('string');
    expect(art).toContain('data-pantone="2767 C"');
    expect(art).not.toContain('data-pantone="291 C"');
    // Black nickel metal, not the pin's gold.
    expect(await zip.file('colourways/night/layers/metal.svg')!.async('string')).not.toBe(await zip.file('layers/metal.svg')!.async('string'));
    expect(await zip.file('README.txt')!.async('string')).toMatch(/colourways\/night\/\s+Colourway "Night" \(LE 50\), proof page 2/);
    // check-report.json has each colourway's findings, as pinsmith check --json gives them.
    const checkReport = JSON.parse(await zip.file('check-report.json')!.async('string'));
    expect(checkReport.colourways.map((c: { name: string; summary: { errors: number } }) => [c.name, c.summary.errors])).toEqual([['Night', 0], ['Sunset', 1]]);
    // swatches.ase holds every ink of the order: the pin's and the colourways' new ones, once each.
    const swatches = parseAseChart(await zip.file('swatches.ase')!.async('uint8array'));
    if (!swatches.ok) throw new Error(swatches.reason);
    const names = swatches.value.map((e) => e.name);
    for (const ink of ['PANTONE 291 C', 'PANTONE 2767 C', 'White', 'PANTONE 1575 C']) expect(names, ink).toContain(ink);
    expect(new Set(names).size).toBe(names.length);
    const reopened = loadPinFile(await zip.file('design.pin.json')!.async('string'));
    expect(reopened.ok && reopened.doc.colourways?.map((c) => c.name)).toEqual(['Night', 'Sunset']);
  });

  it('an old pin without colourways loads and exports one page, no colourways in spec.json', async () => {
    const old = badge();
    delete old.colourways;
    const text = savePinFile(old);
    expect(text).not.toContain('colourways');
    const loaded = loadPinFile(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const r = await buildBundle(loaded.doc, await nodeBundleAssets(), { date: '2026-12-04' });
    if (!r.ok) throw new Error(r.reason);
    expect((await PDFDocument.load(r.value.pdf)).getPageCount()).toBe(1);
    const spec = JSON.parse(await (await JSZip.loadAsync(r.value.zip)).file('spec.json')!.async('string'));
    expect(spec.colourways).toBeUndefined();
    expect(await pdfText(r.value.pdf)).not.toContain('Colourway');
  });
});
