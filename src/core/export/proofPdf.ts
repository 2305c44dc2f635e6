import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { area, ellipsePath, isEmpty, regionToPath } from '../geometry/index.ts';
import { CARD_POST_HOLE_MM, cardLayout } from '../card/layout.ts';
import type { Card, PinDocument } from '../document/types.ts';
import { MM_PER_INCH, PT_PER_INCH } from '../units.ts';
import { mmToIn, type BundleFacts } from './facts.ts';
import { calloutPlacements } from './callouts.ts';
import { cm, f, pathOps, place, proofLayers, proofPlates, toPt, type ProofLayers, type View } from './proofArt.ts';
import { woffToSfnt } from '../text/woff.ts';
import { makePdfx } from './pdfx.ts';
import { addGraphics, rawOps } from './pdfOps.ts';
import { NUMBERING_HEIGHT_MM, numberingLabel, numberingText } from './numbering.ts';

// The proof sheet a factory quotes from and the designer signs: the art and its plates come from
// proofArt.ts; this file lays out the sheet (views, dimensions, callouts, colours, order, checks,
// approval). Everything that is not art sits in the Proof notes layer and overprints.

export interface ProofFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export type Paper = 'a4' | 'letter';
const PAPER: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
const PT_PER_MM = PT_PER_INCH / MM_PER_INCH;
const MARGIN = 36;
const INK = rgb(0.13, 0.13, 0.13);
const MUTED = rgb(0.42, 0.42, 0.42);
const RED = rgb(0.78, 0.12, 0.12);
/** Callout circle radius on the sheet (pt). */
export const CALLOUT_R = 5.5;
/** The enlarged view starts right of a column for the callouts of colours too small to hold one. */
const BIG_LEFT = MARGIN + 2 * CALLOUT_R + 8;

/** Where the front views sit on the sheet (pt): the enlarged view and the actual-size one. */
export function proofViews(facts: Pick<BundleFacts, 'bounds' | 'widthMm' | 'heightMm'>, paper: Paper = 'a4') {
  const [W, H] = PAPER[paper];
  // Below the header (44 pt) and the view titles (26 pt).
  const viewTop = H - MARGIN - 44 - 26;
  const k = Math.min((MARGIN + 260 - BIG_LEFT) / facts.widthMm, 230 / facts.heightMm);
  const rightX = MARGIN + 320;
  const actualK = Math.min(PT_PER_MM, (W - MARGIN - rightX) / facts.widthMm, 110 / facts.heightMm);
  return { big: place(facts.bounds, BIG_LEFT, viewTop, k), actual: place(facts.bounds, rightX, viewTop, actualK), viewTop, rightX, size: [W, H] as const };
}

/** A colourway's page: which one it is, for its header and its order rows. */
export interface ProofColourway {
  name: string;
  /** 1-based, among all colourways including the pin as drawn. */
  index: number;
  of: number;
  editionSize?: number;
}

/** One proof page of a colourway after the first: its own facts (colours, plating, checks). */
export interface ProofPage {
  facts: BundleFacts;
  colourway?: ProofColourway;
}

/**
 * The proof: one page for the pin as drawn, then one per colourway (each its own colours, plating,
 * edition and checks). Layers are shared by name across pages (Metal, Die line, each enamel ink).
 */
export async function proofPdf(facts: BundleFacts, fonts: ProofFonts, paper: Paper = 'a4', more: ProofPage[] = [], first?: ProofColourway): Promise<Uint8Array> {
  const { doc } = facts;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const sfnt = (bytes: Uint8Array) => {
    const r = woffToSfnt(bytes);
    if (!r.ok) throw new Error(r.reason);
    return r.value;
  };
  const regular = await pdf.embedFont(sfnt(fonts.regular), { subset: true });
  const bold = await pdf.embedFont(sfnt(fonts.bold), { subset: true });
  const when = new Date(`${facts.date}T00:00:00Z`);
  pdf.setTitle(`${doc.name} — factory proof, revision ${doc.spec.revision}`);
  pdf.setSubject('Hard enamel pin: artwork, colours and order spec');
  pdf.setCreator('Pinsmith');
  pdf.setProducer('Pinsmith (pdf-lib)');
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const layers = proofLayers(pdf);
  const pages = [{ facts, ...(first ? { colourway: first } : {}) }, ...more].map((p) => proofPage(pdf, { regular, bold }, p, paper, layers));
  layers.finish();
  makePdfx(pdf, pages, { title: `${doc.name} — factory proof, revision ${doc.spec.revision}`, date: facts.date, identity: `${doc.name}|${doc.spec.revision}|${facts.date}|${doc.order.length}|${more.length}` });
  return pdf.save({ useObjectStreams: false });
}

function proofPage(pdf: PDFDocument, { regular, bold }: { regular: PDFFont; bold: PDFFont }, { facts, colourway }: ProofPage, paper: Paper, layers: ProofLayers): PDFPage {
  const { doc, bounds } = facts;
  const [W, H] = PAPER[paper];
  const page = pdf.addPage([W, H]);
  const plates = proofPlates(pdf, page, facts, layers);

  /** The art views (their own layers and plates) and the marks around them (Proof notes). */
  const artOps: string[] = [];
  const g: string[] = [];
  const texts: Array<() => void> = [];
  const text = (s: string, x: number, y: number, size: number, font: PDFFont = regular, color = INK, rotate = 0) =>
    texts.push(() => page.drawText(printable(s, font), { x, y, size, font, color, ...(rotate ? { rotate: degrees(rotate) } : {}) }));
  /** Word-wrapped text; returns the height used. */
  const para = (s: string, x: number, yTop: number, width: number, size: number, font: PDFFont = regular, color = INK, maxLines = 3) => {
    const lines = wrap(printable(s, font), font, size, width).slice(0, maxLines);
    lines.forEach((l, i) => text(l, x, yTop - i * (size + 2.5), size, font, color));
    return lines.length * (size + 2.5);
  };
  const line = (x1: number, y1: number, x2: number, y2: number, w = 0.5, grey = 0.3) => g.push(`q ${grey} G ${w} w ${f(x1)} ${f(y1)} m ${f(x2)} ${f(y2)} l S Q`);
  const box = (x: number, y: number, w: number, h: number, grey = 0.75) => g.push(`q ${grey} G 0.5 w ${f(x)} ${f(y)} ${f(w)} ${f(h)} re S Q`);
  const mmText = (mm: number) => `${mm.toFixed(1)} mm (${mmToIn(mm).toFixed(2)} in)`;
  const editionSize = colourway?.editionSize ?? doc.spec.editionSize;
  const card = doc.card && doc.spec.packaging.kind === 'backing-card' ? doc.card : undefined;

  // Header.
  let y = H - MARGIN;
  text(`${doc.name || 'Untitled pin'}${colourway ? ` — ${colourway.name}` : ''}`, MARGIN, y - 16, 18, bold);
  const version = facts.version ? ` · version ${facts.version.at.slice(0, 16).replace('T', ' ')} UTC (${facts.version.id})` : '';
  const which = colourway ? `Colourway ${colourway.index} of ${colourway.of}${editionSize ? ` (LE ${editionSize})` : ''} · ` : '';
  text(`${which}Factory proof · revision ${doc.spec.revision || '—'}${version} · ${facts.date} · ${doc.spec.process.replace(/-/g, ' ')}, ${doc.spec.plating.replace(/-/g, ' ')} plating`, MARGIN, y - 32, 9, regular, MUTED);
  const mark = colourway ? `Pinsmith · page ${colourway.index} of ${colourway.of}` : 'Pinsmith';
  text(mark, W - MARGIN - textWidth(regular, mark, 9), y - 12, 9, regular, MUTED);
  y -= 44;
  line(MARGIN, y, W - MARGIN, y, 0.75, 0.2);

  // Front enlarged (left), actual size and back (right).
  const { big, actual, viewTop, rightX } = proofViews(facts, paper);
  const k = big.k;
  text('Front, enlarged', MARGIN, y - 14, 10, bold);
  text(`${(k / PT_PER_MM).toFixed(1)}× actual size`, MARGIN + 90, y - 14, 8, regular, MUTED);
  artOps.push(plates.art(big));
  const bigW = facts.widthMm * k;
  const bigH = facts.heightMm * k;
  // Dimension lines with the size in mm and inches.
  const dimY = viewTop - bigH - 14;
  line(BIG_LEFT, dimY, BIG_LEFT + bigW, dimY);
  line(BIG_LEFT, dimY - 4, BIG_LEFT, dimY + 4);
  line(BIG_LEFT + bigW, dimY - 4, BIG_LEFT + bigW, dimY + 4);
  const wLabel = mmText(facts.widthMm);
  text(wLabel, BIG_LEFT + bigW / 2 - textWidth(regular, wLabel, 8) / 2, dimY - 12, 8);
  const dimX = BIG_LEFT + bigW + 14;
  line(dimX, viewTop, dimX, viewTop - bigH);
  line(dimX - 4, viewTop, dimX + 4, viewTop);
  line(dimX - 4, viewTop - bigH, dimX + 4, viewTop - bigH);
  const hLabel = mmText(facts.heightMm);
  text(hLabel, dimX + 11, viewTop - bigH / 2 - textWidth(regular, hLabel, 8) / 2, 8, regular, INK, 90);
  // Numbered callouts, one per colour: on the colour where a whole circle fits inside it, else
  // outside the art with a leader line to a dot on the colour (a 0.5 mm² nose is never covered).
  for (const c of calloutPlacements(facts.colours, big.k, CALLOUT_R, MARGIN + CALLOUT_R + 1, (q) => toPt(big, q.x, q.y))) {
    const p = c.label;
    if (!c.inside) {
      const dot = toPt(big, c.at.x, c.at.y);
      g.push(`q 0.2 G 0.5 w ${f(p.x + CALLOUT_R)} ${f(p.y)} m ${f(dot.x)} ${f(dot.y)} l S 0.2 g ${pathOps(ellipsePath(dot.x, dot.y, 1))} f Q`);
    }
    g.push(`q 1 g 0.15 G 0.6 w ${pathOps(ellipsePath(p.x, p.y, CALLOUT_R))} B Q`);
    const label = String(c.n);
    text(label, p.x - textWidth(bold, label, 7) / 2, p.y - 2.5, 7, bold);
  }

  text('Actual size', rightX, y - 14, 10, bold);
  const actualK = actual.k;
  if (actualK < PT_PER_MM) text(`(shown at ${Math.round((actualK / PT_PER_MM) * 100)} %: too big for the page)`, rightX + 62, y - 14, 7, regular, MUTED);
  artOps.push(plates.art(actual));
  const backTop = viewTop - facts.heightMm * actualK - 34;
  text('Back (mirrored)', rightX, backTop + 12, 10, bold);
  const back = place(bounds, rightX, backTop, actualK, true);
  artOps.push(plates.silhouette(back));
  // The backstamp logo reads right way round on the back, centred on it.
  const logo = doc.spec.backstamp.kind === 'custom' ? doc.spec.backstamp.logo : undefined;
  if (logo) {
    const cxPt = rightX + (facts.widthMm * actualK) / 2;
    const cyPt = backTop - (facts.heightMm * actualK) / 2;
    const lv: View = { k: actualK, tx: cxPt - (logo.widthMm * actualK) / 2, ty: cyPt + (logo.heightMm * actualK) / 2 };
    g.push(`q ${cm(lv)} 0.35 g ${pathOps(logo.path)} f Q`);
  }
  // The edition numbering where it will be marked, reading right way round on the back.
  const numbering = doc.spec.backstamp.numbering;
  if (numbering) {
    const p = toPt(back, numbering.at.x, numbering.at.y);
    const size = Math.max(4.5, ((numbering.heightMm ?? NUMBERING_HEIGHT_MM) * actualK) / 0.7);
    const label = numberingText(numbering, editionSize);
    text(label, p.x - textWidth(bold, label, size) / 2, p.y - size * 0.35, size, bold, RED);
  }
  for (const [i, post] of doc.spec.posts.entries()) {
    const p = toPt(back, post.x, post.y);
    const r = Math.max(2, 0.6 * actualK);
    g.push(`q 0.15 g ${pathOps(ellipsePath(p.x, p.y, r))} f Q`);
    text(`P${i + 1}`, p.x + r + 2, p.y - 3, 7, bold);
  }
  const backBottom = backTop - facts.heightMm * actualK;
  const stamp = doc.spec.backstamp;
  const stampText = stamp.kind === 'blank' ? 'Backstamp: none (blank back)' : stamp.kind === 'standard' ? 'Backstamp: standard' : `Backstamp: ${[stamp.text ? `“${stamp.text}”` : '', stamp.logo ? `logo ${stamp.logo.widthMm.toFixed(1)} × ${stamp.logo.heightMm.toFixed(1)} mm` : ''].filter(Boolean).join(' and ') || 'custom'}${stamp.method ? `, ${stamp.method}` : ''}`;
  text(stampText, rightX, backBottom - 14, 8);
  let backY = backBottom - 26;
  if (numbering) backY -= para(numberingLabel(numbering, editionSize), rightX, backY, W - MARGIN - rightX, 7, regular, editionSize ? INK : RED, 2) + 1;
  text(`Posts: ${doc.spec.posts.length} · ${doc.spec.backing}`, rightX, backY, 8);
  doc.spec.posts.forEach((p, i) => text(`P${i + 1} at ${p.x.toFixed(1)}, ${p.y.toFixed(1)} mm from the front's top left`, rightX, backY - 12 - i * 10, 7, regular, MUTED));

  // Colours: callout, swatch in the spot colour itself, name, area, finish.
  y = Math.min(dimY - 30, backY - 18 - doc.spec.posts.length * 10);
  line(MARGIN, y + 10, W - MARGIN, y + 10, 0.5, 0.6);
  text(`Enamel colours (${facts.colours.length})`, MARGIN, y - 4, 10, bold);
  y -= 20;
  const maxRows = 12;
  for (const c of facts.colours.slice(0, maxRows)) {
    text(String(c.n), MARGIN + 2, y - 8, 8, bold);
    g.push(`q ${plates.fillOf(c)} 0.5 G 0.4 w ${f(MARGIN + 16)} ${f(y - 11)} 26 12 re B Q`);
    text(c.spotName, MARGIN + 50, y - 8, 9, bold);
    const extra = [`${c.areaMm2.toFixed(1)} mm²`, c.match ? `screen ${c.match.hex}` : c.color.hex, ...c.finishes.map((x) => `${x} enamel`)].join(' · ');
    text(extra, MARGIN + 180, y - 8, 8, regular, MUTED);
    y -= 16;
    // A colour without a code says what the factory will mix instead, and how far off it is.
    if (c.match) { text(c.label, MARGIN + 50, y - 6, 7, regular, RED); y -= 11; }
    if (c.note) { text(c.note, MARGIN + 50, y - 6, 7, regular, RED); y -= 11; }
  }
  g.push(`q ${plates.metalFill} 0.5 G 0.4 w ${f(MARGIN + 16)} ${f(y - 11)} 26 12 re B Q`);
  text(`Metal: ${doc.spec.plating.replace(/-/g, ' ')} plating`, MARGIN + 50, y - 8, 9, bold);
  text('raised lines and rim, not an enamel colour', MARGIN + 180, y - 8, 8, regular, MUTED);
  y -= 16;
  if (!isEmpty(facts.made.recess)) {
    g.push(`q 0.5 G 0.4 w ${f(MARGIN + 16)} ${f(y - 11)} 26 12 re S ${Array.from({ length: 6 }, (_, i) => `${f(MARGIN + 18 + i * 4.5)} ${f(y - 11)} m ${f(MARGIN + 18 + i * 4.5 + 6)} ${f(y + 1)} l`).join(' ')} S Q`);
    // A hairline of recess is still there: never printed as "0.0 mm²".
    const recess = area(facts.made.recess);
    text(`Bare recess: ${recess.toFixed(recess < 0.1 ? 3 : 1)} mm²`, MARGIN + 50, y - 8, 9, bold, RED);
    text('hatched on the art: sunk metal with no enamel (see fill-gap)', MARGIN + 180, y - 8, 8, regular, MUTED);
    y -= 16;
  }
  if (facts.colours.length > maxRows) { text(`+${facts.colours.length - maxRows} more colours: see spec.json`, MARGIN + 50, y - 8, 8, regular, MUTED); y -= 16; }

  // Order spec in two columns.
  const s = doc.spec;
  const rows: Array<[string, string]> = [
    ['Process', s.process.replace(/-/g, ' ')], ['Base metal', s.baseMetal.replace(/-/g, ' ')],
    ['Plating', s.plating.replace(/-/g, ' ')], ['Size', `${facts.widthMm.toFixed(1)} × ${facts.heightMm.toFixed(1)} mm (${mmToIn(facts.widthMm).toFixed(2)} × ${mmToIn(facts.heightMm).toFixed(2)} in)`],
    ['Thickness', `${s.thicknessMm} mm`], ['Backing', `${s.backing}, ${s.posts.length} post${s.posts.length === 1 ? '' : 's'}`],
    ['Epoxy dome', s.epoxyDome ? 'yes' : 'no'], ['Edition', editionSize ? `LE ${editionSize}` : 'open edition'],
    ['Packaging', s.packaging.kind === 'backing-card' ? `backing card${s.packaging.cardWidthMm ? ` ${s.packaging.cardWidthMm.toFixed(1)} × ${s.packaging.cardHeightMm?.toFixed(1) ?? '?'} mm` : ''}` : 'poly bag'],
    ['Quantity', String(s.quantity)], ['Artist', s.artist || '—'], ['Contact', s.contact || '—'],
  ];
  y -= 6;
  line(MARGIN, y + 6, W - MARGIN, y + 6, 0.5, 0.6);
  text('Order', MARGIN, y - 8, 10, bold);
  y -= 22;
  // The backing card, small, right of the order: where the pin sits and the holes punched.
  const cardBox = card ? drawCard(card, doc, W - MARGIN, y + 6, g, text, regular) : 0;
  const colW = (W - 2 * MARGIN - cardBox) / 2;
  rows.forEach(([key, value], i) => {
    const cx = MARGIN + (i % 2) * colW;
    const cy = y - Math.floor(i / 2) * 13;
    text(key, cx, cy, 8, regular, MUTED);
    text(value, cx + 70, cy, 8);
  });
  y -= Math.max(Math.ceil(rows.length / 2) * 13 + 2, card ? CARD_DRAWING_H - 10 : 0);
  if (s.notes.trim()) y -= para(`Notes: ${s.notes.trim()}`, MARGIN, y, W - 2 * MARGIN, 8, regular, INK, 3) + 3;
  const specials = facts.colours.filter((c) => c.finishes.length);
  if (specials.length) y -= para(`Special enamels: ${specials.map((c) => `${c.spotName} (${c.finishes.join(', ')})`).join('; ')}`, MARGIN, y, W - 2 * MARGIN, 8) + 3;

  // Checks, waivers and the reason for exporting with errors.
  const r = facts.report;
  line(MARGIN, y + 4, W - MARGIN, y + 4, 0.5, 0.6);
  text(`Checks (${r.profile}): ${r.summary.errors} error${r.summary.errors === 1 ? '' : 's'}, ${r.summary.warnings} warning${r.summary.warnings === 1 ? '' : 's'}, ${r.summary.waived} waived`, MARGIN, y - 10, 10, bold, r.summary.errors ? RED : INK);
  y -= 24;
  const open = r.violations.filter((v) => !v.waived);
  for (const v of open.slice(0, 5)) y -= para(`${v.severity === 'error' ? 'Error' : 'Warning'} · ${v.rule}: ${v.message}`, MARGIN, y, W - 2 * MARGIN, 7, regular, v.severity === 'error' ? RED : INK, 2) + 2;
  if (open.length > 5) { text(`+${open.length - 5} more in check-report.json`, MARGIN, y, 7, regular, MUTED); y -= 10; }
  for (const v of r.violations.filter((x) => x.waived)) y -= para(`Waived · ${v.rule}: “${v.waived!.comment}” — ${v.message}`, MARGIN, y, W - 2 * MARGIN, 7, regular, MUTED, 2) + 2;
  if (facts.exportReason) y -= para(`Exported with errors open: ${facts.exportReason}`, MARGIN, y, W - 2 * MARGIN, 8, bold, RED, 3);

  // Approval box.
  const boxH = 58;
  const boxY = MARGIN;
  box(MARGIN, boxY, W - 2 * MARGIN, boxH, 0.3);
  text('Approval', MARGIN + 8, boxY + boxH - 14, 10, bold);
  text('Approving this proof is binding: the factory makes the pin as shown here.', MARGIN + 70, boxY + boxH - 14, 7, regular, MUTED);
  for (const [i, label] of ['Name', 'Signature', 'Date'].entries()) {
    const x = MARGIN + 8 + i * ((W - 2 * MARGIN - 16) / 3);
    line(x, boxY + 14, x + (W - 2 * MARGIN - 16) / 3 - 14, boxY + 14, 0.5, 0.4);
    text(label, x, boxY + 4, 7, regular, MUTED);
  }

  addGraphics(pdf, page, `${artOps.join('\n')}\n${plates.notes(g.join('\n'))}`);
  page.pushOperators(...rawOps(plates.notesOpen));
  for (const t of texts) t();
  page.pushOperators(...rawOps(plates.notesClose));
  return page;
}

/** The card drawing's height on the proof (pt), label included. */
const CARD_DRAWING_H = 92;

/**
 * The backing card at a small scale, its top right at (right, top): trim, the pin's die line where
 * it sits, the post holes and the hang hole. Returns the width it takes, gap included.
 */
function drawCard(card: Card, doc: PinDocument, right: number, top: number, g: string[], text: (s: string, x: number, y: number, size: number, font: PDFFont) => void, font: PDFFont): number {
  const k = Math.min(70 / card.widthMm, (CARD_DRAWING_H - 14) / card.heightMm);
  const w = card.widthMm * k;
  const v: View = { k, tx: right - w, ty: top - 4 };
  const L = cardLayout(doc, card);
  const die = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden && it.kind === 'outline').map((it) => (it.kind === 'outline' ? pathOps(it.path) : '')).join('\n');
  g.push(`q 0.4 G 0.6 w ${f(v.tx)} ${f(v.ty - card.heightMm * k)} ${f(w)} ${f(card.heightMm * k)} re S Q`);
  if (die) g.push(`q ${cm(v)} 1 0 0 1 ${f(L.pinOffset.x)} ${f(L.pinOffset.y)} cm 0.55 G ${f(0.6 / k)} w ${die} S Q`);
  for (const h of L.holes) g.push(`q ${cm(v)} 0.1 g ${pathOps(ellipsePath(h.x, h.y, Math.max(CARD_POST_HOLE_MM / 2, 1.2 / k)))} f Q`);
  if (L.hang) g.push(`q ${cm(v)} 0.1 G ${f(0.6 / k)} w ${pathOps(regionToPath(L.hang))} S Q`);
  const label = `card.pdf: ${L.holes.length} post hole${L.holes.length === 1 ? '' : 's'}`;
  text(label, right - font.widthOfTextAtSize(label, 6.5), v.ty - card.heightMm * k - 9, 6.5, font);
  return w + 16;
}

/** Characters the embedded font lacks are spelled out (ΔE) or replaced, never dropped silently. */
function printable(s: string, font: PDFFont): string {
  const have = new Set(font.getCharacterSet());
  return [...s.replace(/Δ/g, 'd').replace(/→/g, '->').replace(/[“”]/g, '"')].map((ch) => (have.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

// Shaping a string with the font's OpenType features (what pdf-lib's width does) costs ~0.1 ms
// per call; wrapping re-measured each growing line, ~190 ms of a sample proof. Words are shaped
// once each (per font, across proofs) and a line's width is its words' widths plus its spaces.
const wordWidths = new Map<string, Map<string, number>>();
function widthOf(font: PDFFont, word: string): number {
  let widths = wordWidths.get(font.name);
  if (!widths || widths.size > 20_000) wordWidths.set(font.name, (widths = new Map()));
  let w = widths.get(word);
  if (w === undefined) widths.set(word, (w = font.widthOfTextAtSize(word, 1000)));
  return w;
}
const textWidth = (font: PDFFont, s: string, size: number) => (widthOf(font, s) * size) / 1000;

function wrap(s: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = textWidth(font, ' ', size);
  let line = '';
  let lineWidth = 0;
  for (const word of s.split(/\s+/)) {
    const w = textWidth(font, word, size);
    if (!line) { line = word; lineWidth = w; continue; }
    if (lineWidth + space + w <= width) { line = `${line} ${word}`; lineWidth += space + w; }
    else {
      lines.push(line);
      line = word;
      lineWidth = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Raw operators ("/OC /OC3 BDC q /GSop gs") as pdf-lib operator objects. */
