// The backing card as a print shop takes it: card.pdf in process colour with its trim and bleed
// boxes, crop marks on every plate, and the holes to punch at the pin's posts on the CutContour
// plate; spec.json and the proof say where the pin sits.
import { readFileSync } from 'node:fs';
import { encode } from 'fast-png';
import JSZip from 'jszip';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleAssets } from '../src/cli/assets.ts';
import { CARD_BLEED_MM, CARD_POST_HOLE_MM, cardLayout, defaultCard } from '../src/core/card/layout.ts';
import type { PinDocument } from '../src/core/document/types.ts';
import { buildBundle, type Bundle } from '../src/core/export/bundle.ts';
import { importSvg } from '../src/core/io/svg/import.ts';
import { pdfText } from './support/pdfText.ts';
import { separations, type Plate } from './support/separations.ts';

const PT = 72 / 25.4;
const DPI = 300;

function pinOnCard(): PinDocument {
  const r = importSvg(readFileSync(new URL('./fixtures/samples/mountain-badge.svg', import.meta.url), 'utf8'), { name: 'Mountain badge' });
  if (!r.ok) throw new Error(r.error);
  const doc = r.doc;
  const card = defaultCard();
  // A picture for the card: a 64 × 96 px gradient with a transparent band (it shows the background).
  const px = new Uint8Array(64 * 96 * 4);
  for (let i = 0; i < 64 * 96; i++) px.set([200, 40 + (i % 64), 60, Math.floor(i / 64) < 20 ? 0 : 255], i * 4);
  const png = Buffer.from(encode({ width: 64, height: 96, data: px, channels: 4, depth: 8 })).toString('base64');
  doc.card = { ...card, background: '#1B365D', hangHole: 'euro', image: { href: `data:image/png;base64,${png}`, fit: 'contain' },
    texts: [{ text: 'Mountain Club', x: card.widthMm / 2, y: card.heightMm - 8, sizeMm: 3, color: '#FFFFFF' }] };
  doc.spec = { ...doc.spec, posts: [{ x: 8, y: 12.5 }, { x: 17, y: 12.5 }], packaging: { kind: 'backing-card', cardWidthMm: card.widthMm, cardHeightMm: card.heightMm } };
  return doc;
}

let bundle: Bundle;
let card: Uint8Array;
let plates: Map<string, Plate>;
beforeAll(async () => {
  const r = await buildBundle(pinOnCard(), await nodeBundleAssets(), { date: '2026-12-04' });
  if (!r.ok) throw new Error(r.reason);
  bundle = r.value;
  card = await (await JSZip.loadAsync(bundle.zip)).file('card.pdf')!.async('uint8array');
  plates = separations(card, DPI);
}, 180_000);

const boxOf = (page: ReturnType<PDFDocument['getPage']>, name: 'TrimBox' | 'BleedBox' | 'MediaBox') => page.node.lookup(PDFName.of(name), PDFArray).asArray().map((n) => Number(n.toString()));

describe('card.pdf', () => {
  it('is in the bundle, trimmed to 2 × 3 in with a 3 mm bleed and room for the marks', async () => {
    expect(bundle.files).toContain('card.pdf');
    const page = (await PDFDocument.load(card)).getPage(0);
    const [tx0, ty0, tx1, ty1] = boxOf(page, 'TrimBox');
    expect((tx1! - tx0!) / PT).toBeCloseTo(50.8, 2);
    expect((ty1! - ty0!) / PT).toBeCloseTo(76.2, 2);
    const [bx0, , bx1, by1] = boxOf(page, 'BleedBox');
    expect((tx0! - bx0!) / PT).toBeCloseTo(CARD_BLEED_MM, 2);
    expect((by1! - ty1!) / PT).toBeCloseTo(CARD_BLEED_MM, 2);
    const [, , mx1, my1] = boxOf(page, 'MediaBox');
    expect(mx1! > bx1! && my1! > by1!).toBe(true);
  });

  it('is process colour only: a CMYK image, CMYK text and fills, no RGB anywhere', async () => {
    const pdf = await PDFDocument.load(card);
    const page = pdf.getPage(0);
    const xo = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
    const image = pdf.context.lookup(xo.get(PDFName.of('ImCard')) as PDFRef) as PDFRawStream;
    expect(image.dict.lookup(PDFName.of('ColorSpace'), PDFName).decodeText()).toBe('DeviceCMYK');
    const contents = page.node.Contents()!;
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r as PDFRef) as PDFRawStream) : [contents as unknown as PDFRawStream];
    const ops = streams.map((s) => new TextDecoder().decode(decodePDFRawStream(s).decode())).join('\n');
    expect(ops).not.toMatch(/\brg\b|\bRG\b/);
    expect(ops).toMatch(/\bk\b/);
  });

  it('punches the holes at the pin\'s posts on the CutContour plate, and crop marks print on every plate', () => {
    const doc = pinOnCard();
    const L = cardLayout(doc, doc.card!);
    const cut = plates.get('CutContour')!;
    expect(cut, [...plates.keys()].join(', ')).toBeDefined();
    const margin = 3 + 12; // bleed + marks room, mm
    const at = (x: number, y: number) => [((margin + x) * DPI) / 25.4, ((margin + y) * DPI) / 25.4] as const;
    /** The most ink within 2 px: a 0.25 pt line is one pixel wide at this resolution. */
    const near = (p: Plate, [px, py]: readonly [number, number]) => Math.max(...[-2, -1, 0, 1, 2].flatMap((dx) => [-2, -1, 0, 1, 2].map((dy) => p.ink(px + dx, py + dy))));
    expect(L.holes).toHaveLength(2);
    for (const h of L.holes) {
      expect(near(cut, at(h.x + CARD_POST_HOLE_MM / 2, h.y)), 'on the hole\'s edge').toBeGreaterThan(0.5);
      expect(near(cut, at(h.x, h.y - CARD_POST_HOLE_MM / 2)), 'on the hole\'s edge').toBeGreaterThan(0.5);
      expect(cut.ink(...at(h.x, h.y)), 'in the hole\'s middle').toBe(0);
    }
    // The euro slot's circle, 7 mm below the top edge.
    expect(near(cut, at(doc.card!.widthMm / 2, 7 - 3.5))).toBeGreaterThan(0.5);
    // Crop marks: outside the bleed at the top-left corner, on each process plate.
    for (const p of ['Cyan', 'Magenta', 'Yellow', 'Black']) expect(near(plates.get(p)!, at(-6, 0)), `${p} crop mark`).toBeGreaterThan(0.5);
    // Nothing is printed between the bleed and the marks.
    expect(plates.get('Cyan')!.ink(...at(-3.5, 10))).toBe(0);
    // The background runs to the bleed, in process cyan (#1B365D).
    expect(plates.get('Cyan')!.ink(...at(-2, 40))).toBeGreaterThan(0.5);
  });

  it('spec.json says where the card\'s holes are; the proof shows the card in the order', async () => {
    const zip = await JSZip.loadAsync(bundle.zip);
    const spec = JSON.parse(await zip.file('spec.json')!.async('string'));
    expect(spec.card).toMatchObject({ file: 'card.pdf', trimMm: { width: 50.8, height: 76.2 }, bleedMm: 3, hangHole: 'euro', holeDiameterMm: CARD_POST_HOLE_MM });
    expect(spec.card.postHoles).toHaveLength(2);
    const text = await pdfText(bundle.pdf);
    expect(text).toContain('backing card 50.8 × 76.2 mm');
    expect(text).toContain('card.pdf: 2 post holes');
    expect(await zip.file('README.txt')!.async('string')).toMatch(/card\.pdf\s+The backing card, print-ready/);
  });

  it('is left out when the pin ships in a poly bag', async () => {
    const doc = pinOnCard();
    doc.spec.packaging = { kind: 'poly-bag' };
    const r = await buildBundle(doc, await nodeBundleAssets(), { date: '2026-12-04' });
    expect(r.ok && r.value.files.includes('card.pdf')).toBe(false);
  });
});
