import fontkit from '@pdf-lib/fontkit';
import { cmyk, PDFDocument, PDFHexString, PDFName, type PDFFont, type PDFRef } from 'pdf-lib';
import type { Card, PinDocument } from '../document/types.ts';
import { ellipsePath, regionToPath, type Bounds } from '../geometry/index.ts';
import { addGraphics } from '../export/pdfOps.ts';
import { f, pathOps } from '../export/proofArt.ts';
import type { ProofFonts } from '../export/proofPdf.ts';
import { woffToSfnt } from '../text/woff.ts';
import { decodeRaster, resample } from '../trace/raster.ts';
import { MM_PER_INCH, PT_PER_INCH } from '../units.ts';
import { CARD_BLEED_MM, CARD_POST_HOLE_MM, CARD_SAFE_MM, cardLayout } from './layout.ts';

// card.pdf: the backing card as a print shop takes it. Process colour only (DeviceCMYK: the
// background, the card's image converted pixel by pixel, its text), the trim and bleed boxes, crop
// marks in the registration colour, and the holes to punch (the pin's posts, the hang hole) as
// lines in the CutContour spot colour, overprinting. The pin's place and the safe area are drawn
// in a layer that does not print.

const K = PT_PER_INCH / MM_PER_INCH;
/** Room outside the bleed for the crop marks and the slug line (mm). */
const MARKS_MM = 12;
/** Crop marks: this long, starting this far outside the trim (past the bleed). */
const MARK_LEN_MM = 5;
const MARK_GAP_MM = CARD_BLEED_MM + 1;
/** Images are kept at most this fine on the card. */
const CARD_IMAGE_DPI = 400;

/** A screen colour as process ink, by the plain conversion (no colour profile). */
export function hexToCmyk(hex: string): [number, number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const k = 1 - Math.max(r, g, b);
  if (k >= 1) return [0, 0, 0, 1];
  return [(1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k];
}

export interface CardPdfOptions {
  title: string;
  date: string;
}

export async function cardPdf(doc: PinDocument, card: Card, fonts: ProofFonts, o: CardPdfOptions): Promise<Uint8Array> {
  const L = cardLayout(doc, card);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const when = new Date(`${o.date}T00:00:00Z`);
  pdf.setTitle(o.title);
  pdf.setCreator('Pinsmith');
  pdf.setProducer('Pinsmith (pdf-lib)');
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const sfnt = (bytes: Uint8Array) => { const r = woffToSfnt(bytes); if (!r.ok) throw new Error(r.reason); return r.value; };
  const bold = await pdf.embedFont(sfnt(fonts.bold), { subset: true });
  const regular = await pdf.embedFont(sfnt(fonts.regular), { subset: true });
  const W = (card.widthMm + 2 * (CARD_BLEED_MM + MARKS_MM)) * K;
  const H = (card.heightMm + 2 * (CARD_BLEED_MM + MARKS_MM)) * K;
  const page = pdf.addPage([W, H]);
  const o0 = CARD_BLEED_MM + MARKS_MM;
  /** Card millimetres (from the trim's top left, y down) to points. */
  const X = (x: number) => (o0 + x) * K;
  const Y = (y: number) => H - (o0 + y) * K;
  const box = (b: Bounds) => ({ x: X(b.minX), y: Y(b.maxY), width: (b.maxX - b.minX) * K, height: (b.maxY - b.minY) * K });
  const trim = box(L.trim);
  const bleed = box(L.bleed);
  page.setTrimBox(trim.x, trim.y, trim.width, trim.height);
  page.setBleedBox(bleed.x, bleed.y, bleed.width, bleed.height);
  page.setArtBox(trim.x, trim.y, trim.width, trim.height);

  const ctx = pdf.context;
  const separation = (name: string, c1: number[]) => ctx.register(ctx.obj([PDFName.of('Separation'), PDFName.of(name), PDFName.of('DeviceCMYK'),
    ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: c1, N: 1 })]));
  const guides = ctx.register(ctx.obj({ Type: 'OCG', Name: PDFHexString.fromText('Pin place and safe area (not printed)'),
    Usage: ctx.obj({ Print: ctx.obj({ PrintState: 'OFF' }), View: ctx.obj({ ViewState: 'ON' }) }) }));
  pdf.catalog.set(PDFName.of('OCProperties'), ctx.obj({
    OCGs: [guides],
    D: ctx.obj({ Name: PDFHexString.fromText('Card layers'), Order: [guides], ON: [guides], OFF: [], AS: [ctx.obj({ Event: 'Print', OCGs: [guides], Category: ['Print'] })] }),
  }));
  const xobjects: Record<string, PDFRef> = {};
  const ops: string[] = [];
  const [bc, bm, by, bk] = hexToCmyk(card.background);
  // The background runs to the bleed.
  ops.push(`${f(bc)} ${f(bm)} ${f(by)} ${f(bk)} k ${f(bleed.x)} ${f(bleed.y)} ${f(bleed.width)} ${f(bleed.height)} re f`);
  if (card.image) {
    const img = cardImage(card, L.bleed);
    if (img) {
      xobjects.ImCard = ctx.register(ctx.flateStream(img.cmyk, { Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, ColorSpace: 'DeviceCMYK', BitsPerComponent: 8 }));
      const at = box(img.placed);
      // Clipped to the bleed: a covering image is cropped, not squeezed.
      ops.push(`q ${f(bleed.x)} ${f(bleed.y)} ${f(bleed.width)} ${f(bleed.height)} re W n ${f(at.width)} 0 0 ${f(at.height)} ${f(at.x)} ${f(at.y)} cm /ImCard Do Q`);
    }
  }
  // Holes to punch: the posts and the hang hole, on the cut plate only.
  const cut: string[] = [];
  for (const h of L.holes) cut.push(pathOps(ellipsePath(h.x, h.y, CARD_POST_HOLE_MM / 2)));
  if (L.hang) cut.push(pathOps(regionToPath(L.hang)));
  const inCard = `${f(K)} 0 0 ${f(-K)} ${f(X(0))} ${f(Y(0))} cm`;
  if (cut.length) ops.push(`q /GSop gs ${inCard} /CSCut CS 1 SCN ${f(0.25 / K)} w ${cut.join('\n')} S Q`);
  // Crop marks at the four corners, in every plate.
  const marks: string[] = [];
  for (const [x, y] of [[0, 0], [card.widthMm, 0], [0, card.heightMm], [card.widthMm, card.heightMm]] as const) {
    const sx = x === 0 ? -1 : 1;
    const sy = y === 0 ? -1 : 1;
    marks.push(`${f(X(x + sx * MARK_GAP_MM))} ${f(Y(y))} m ${f(X(x + sx * (MARK_GAP_MM + MARK_LEN_MM)))} ${f(Y(y))} l`);
    marks.push(`${f(X(x))} ${f(Y(y + sy * MARK_GAP_MM))} m ${f(X(x))} ${f(Y(y + sy * (MARK_GAP_MM + MARK_LEN_MM)))} l`);
  }
  ops.push(`q /CSAll CS 1 SCN 0.25 w ${marks.join(' ')} S Q`);
  // Not printed: where the pin sits (its die line) and the safe area.
  const die = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden && (it.kind === 'outline' || it.kind === 'cutout'))
    .map((it) => (it.kind === 'outline' || it.kind === 'cutout' ? pathOps(it.path) : '')).join('\n');
  const safe = box(L.safe);
  ops.push(`/OC /OCGuides BDC q 0 0.6 1 0 K 0.5 w [3 2] 0 d ${f(safe.x)} ${f(safe.y)} ${f(safe.width)} ${f(safe.height)} re S Q`);
  if (die) ops.push(`q ${inCard} 1 0 0 1 ${f(L.pinOffset.x)} ${f(L.pinOffset.y)} cm 0.8 0 0.6 0 K ${f(0.5 / K)} w ${die} S Q`);
  ops.push('EMC');
  const resources = page.node.Resources()!;
  resources.set(PDFName.of('ColorSpace'), ctx.obj({ CSCut: separation('CutContour', [0, 1, 0, 0]), CSAll: separation('All', [1, 1, 1, 1]) }));
  resources.set(PDFName.of('ExtGState'), ctx.obj({ GSop: ctx.obj({ Type: 'ExtGState', OP: true, op: true, OPM: 1 }) }));
  resources.set(PDFName.of('Properties'), ctx.obj({ OCGuides: guides }));
  if (xobjects.ImCard) resources.set(PDFName.of('XObject'), ctx.obj(xobjects));
  addGraphics(pdf, page, ops.join('\n'));
  // The card's text, in process colour.
  for (const t of card.texts) {
    if (!t.text.trim()) continue;
    const size = (t.sizeMm / 0.7) * K;
    const [c, m, y, k] = hexToCmyk(t.color);
    const text = printable(t.text, bold);
    page.drawText(text, { x: X(t.x) - bold.widthOfTextAtSize(text, size) / 2, y: Y(t.y), size, font: bold, color: cmyk(c, m, y, k) });
  }
  // The slug: what this file is, outside the bleed.
  const slug = [
    o.title,
    `trim ${card.widthMm.toFixed(1)} × ${card.heightMm.toFixed(1)} mm (${(card.widthMm / MM_PER_INCH).toFixed(2)} × ${(card.heightMm / MM_PER_INCH).toFixed(2)} in) · bleed ${CARD_BLEED_MM} mm · safe ${CARD_SAFE_MM} mm`,
    `CutContour: ${L.holes.length} post hole${L.holes.length === 1 ? '' : 's'} Ø ${CARD_POST_HOLE_MM} mm${L.hang ? `, ${card.hangHole} hang hole` : ''}`,
  ];
  // Below the crop marks, so no line of it runs into one.
  slug.forEach((line, i) => page.drawText(printable(line, regular), { x: bleed.x, y: Y(card.heightMm + MARK_GAP_MM + MARK_LEN_MM + 1.8) - i * 5.5, size: 4.5, font: regular, color: cmyk(0, 0, 0, 1) }));
  return pdf.save({ useObjectStreams: false });
}

/** Characters the font lacks become "?" rather than failing the file. */
function printable(s: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  return [...s].map((ch) => (known.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

/** The card image as CMYK pixels (alpha flattened onto the background), and where it goes. */
function cardImage(card: Card, bleed: Bounds): { width: number; height: number; cmyk: Uint8Array; placed: Bounds } | null {
  const b64 = card.image!.href.slice(card.image!.href.indexOf(',') + 1);
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
  const r = decodeRaster(bytes, 'the card image');
  if (!r.ok) return null;
  const aspect = r.value.width / r.value.height;
  // Cover fills the bleed (cropping the overflow); contain fits inside the trim.
  const cover = card.image!.fit === 'cover';
  const area = cover ? bleed : { minX: 0, minY: 0, maxX: card.widthMm, maxY: card.heightMm };
  const aw = area.maxX - area.minX;
  const ah = area.maxY - area.minY;
  const scale = cover ? Math.max(aw / r.value.width, ah / r.value.height) : Math.min(aw / r.value.width, ah / r.value.height);
  const w = r.value.width * scale;
  const h = w / aspect;
  const placed = { minX: area.minX + (aw - w) / 2, minY: area.minY + (ah - h) / 2, maxX: area.minX + (aw + w) / 2, maxY: area.minY + (ah + h) / 2 };
  const img = resample(r.value, Math.ceil((Math.max(w, h) / MM_PER_INCH) * CARD_IMAGE_DPI));
  const [br, bg, bb] = [1, 3, 5].map((i) => parseInt(card.background.slice(i, i + 2), 16));
  const out = new Uint8Array(img.width * img.height * 4);
  for (let i = 0; i < img.width * img.height; i++) {
    const a = img.data[i * 4 + 3]! / 255;
    // Flattened onto the background, then hexToCmyk's conversion.
    const r1 = (img.data[i * 4]! * a + br! * (1 - a)) / 255;
    const g1 = (img.data[i * 4 + 1]! * a + bg! * (1 - a)) / 255;
    const b1 = (img.data[i * 4 + 2]! * a + bb! * (1 - a)) / 255;
    const k = 1 - Math.max(r1, g1, b1);
    const o = i * 4;
    if (k >= 1) { out[o + 3] = 255; continue; }
    out[o] = Math.round(((1 - r1 - k) / (1 - k)) * 255);
    out[o + 1] = Math.round(((1 - g1 - k) / (1 - k)) * 255);
    out[o + 2] = Math.round(((1 - b1 - k) / (1 - k)) * 255);
    out[o + 3] = Math.round(k * 255);
  }
  return { width: img.width, height: img.height, cmyk: out, placed };
}
