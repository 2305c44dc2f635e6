import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, PDFHexString, PDFName, rgb, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import type { ColorRef, Item, PathGeom } from '../document/types.ts';
import { ellipsePath, type Bounds } from '../geometry/index.ts';
import { fillColor, isMetal } from '../kinds/index.ts';
import { PLATING_FLAT } from '../kinds/plating.ts';
import { pantoneSolidCoated } from '../palette/pantone.ts';
import { MM_PER_INCH, PT_PER_INCH } from '../units.ts';
import { mmToIn, spotNameOf, type BundleFacts } from './facts.ts';
import { woffToSfnt } from '../text/woff.ts';

// The proof sheet a factory quotes from and the designer signs. Enamel colours are Separation
// (spot) colour spaces named "PANTONE 186 C" with a Lab alternate, the art sits in optional-content
// layers (die line, metal, one per colour), text is real text in an embedded font.

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

const f = (v: number) => String(Number(v.toFixed(4)));
const hexRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];

/** Path operators for document-mm geometry (the view's `cm` maps mm to points). */
function pathOps(path: PathGeom): string {
  const out: string[] = [];
  for (const sp of path) {
    const s = sp.segments;
    if (!s.length) continue;
    out.push(`${f(s[0]!.x)} ${f(s[0]!.y)} m`);
    const n = sp.closed ? s.length : s.length - 1;
    for (let i = 0; i < n; i++) {
      const a = s[i]!;
      const b = s[(i + 1) % s.length]!;
      if (a.hout || b.hin) {
        const c1 = { x: a.x + (a.hout?.x ?? 0), y: a.y + (a.hout?.y ?? 0) };
        const c2 = { x: b.x + (b.hin?.x ?? 0), y: b.y + (b.hin?.y ?? 0) };
        out.push(`${f(c1.x)} ${f(c1.y)} ${f(c2.x)} ${f(c2.y)} ${f(b.x)} ${f(b.y)} c`);
      } else out.push(`${f(b.x)} ${f(b.y)} l`);
    }
    if (sp.closed) out.push('h');
  }
  return out.join('\n');
}

interface View {
  /** mm → pt: x' = k·x + tx, y' = ty − k·y (mirrored: x' = tx − k·x). */
  k: number;
  tx: number;
  ty: number;
  mirror?: boolean;
}
const place = (b: Bounds, x: number, yTop: number, k: number, mirror = false): View =>
  mirror ? { k, tx: x + k * b.maxX, ty: yTop + k * b.minY, mirror } : { k, tx: x - k * b.minX, ty: yTop + k * b.minY };
const toPt = (v: View, x: number, y: number) => ({ x: v.mirror ? v.tx - v.k * x : v.k * x + v.tx, y: v.ty - v.k * y });
const cm = (v: View) => `${f(v.mirror ? -v.k : v.k)} 0 0 ${f(-v.k)} ${f(v.tx)} ${f(v.ty)} cm`;

export async function proofPdf(facts: BundleFacts, fonts: ProofFonts, paper: Paper = 'a4'): Promise<Uint8Array> {
  const { doc, bounds } = facts;
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
  const [W, H] = PAPER[paper];
  const page = pdf.addPage([W, H]);
  const ctx = pdf.context;

  // Colour spaces: one Separation per enamel colour, one for the metal, one for the cut line.
  const spaces: Record<string, PDFRef> = {};
  const spotOf = new Map<string, string>();
  const chart = pantoneSolidCoated();
  const separation = (name: string, alt: 'lab' | 'rgb' | 'cmyk', c1: number[]) => {
    const fn = ctx.register(ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: alt === 'lab' ? [100, 0, 0] : alt === 'rgb' ? [1, 1, 1] : [0, 0, 0, 0], C1: c1, N: 1 }));
    const altSpace = alt === 'lab' ? ctx.obj(['Lab', ctx.obj({ WhitePoint: [0.9642, 1, 0.8249], Range: [-128, 127, -128, 127] })]) : ctx.obj(alt === 'rgb' ? 'DeviceRGB' : 'DeviceCMYK');
    return ctx.register(ctx.obj([PDFName.of('Separation'), PDFName.of(name), altSpace, fn]));
  };
  facts.colours.forEach((c, i) => {
    if (!c.color.code) return;
    const lab = chart.find(c.color.code)?.lab;
    spaces[`CS${i}`] = lab ? separation(c.spotName, 'lab', [...lab]) : separation(c.spotName, 'rgb', hexRgb(c.color.hex));
    spotOf.set(c.spotName, `CS${i}`);
  });
  const metalHex = PLATING_FLAT[doc.spec.plating];
  const metalName = `Metal ${doc.spec.plating.replace(/-/g, ' ')}`;
  spaces.CSM = separation(metalName, 'rgb', hexRgb(metalHex));
  spaces.CSD = separation('CutContour', 'cmyk', [0, 1, 0, 0]);

  // Optional content: die line, metal, then one layer per enamel colour.
  const layerNames = ['Die line', 'Metal', ...facts.colours.map((c) => `Enamel ${c.spotName}`)];
  const ocgs = layerNames.map((name) => ctx.register(ctx.obj({ Type: 'OCG', Name: PDFHexString.fromText(name) })));
  pdf.catalog.set(PDFName.of('OCProperties'), ctx.obj({
    OCGs: ocgs,
    D: ctx.obj({ Name: PDFHexString.fromText('Pinsmith layers'), Order: ocgs, ON: ocgs, OFF: [] }),
  }));
  const props: Record<string, PDFRef> = {};
  ocgs.forEach((ref, i) => { props[`OC${i}`] = ref; });
  const resources = page.node.Resources()!;
  resources.set(PDFName.of('ColorSpace'), ctx.obj(spaces));
  resources.set(PDFName.of('Properties'), ctx.obj(props));

  const fillOf = (c: ColorRef) => {
    const cs = c.code ? spotOf.get(spotNameOf(c)) : undefined;
    return cs ? `/${cs} cs 1 scn` : `${hexRgb(c.hex).map(f).join(' ')} rg`;
  };
  const items = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden);
  const geom = (it: Item) => (it.kind === 'text' ? it.outlines : it.path);
  // Each item's path operators are written once and reused by every view (the views differ only in cm).
  const opsCache = new Map<Item, string>();
  const opsOf = (it: Item) => {
    let o = opsCache.get(it);
    if (o === undefined) opsCache.set(it, (o = pathOps(geom(it))));
    return o;
  };

  const byColour = new Map<string, Item[]>();
  for (const it of items) {
    const fc = fillColor(it);
    if (!fc) continue;
    const list = byColour.get(spotNameOf(fc));
    if (list) list.push(it);
    else byColour.set(spotNameOf(fc), [it]);
  }
  /** The pin in a view: silhouette, enamel, raised metal, die line, each in its layer. */
  const art = (v: View, withEnamel = true) => {
    const ops: string[] = ['q', cm(v)];
    const die = items.filter((it) => it.kind === 'outline' || it.kind === 'cutout');
    if (die.length) ops.push('/OC /OC1 BDC', '/CSM cs 1 scn', die.map(opsOf).join('\n'), 'f*', 'EMC');
    if (withEnamel) {
      facts.colours.forEach((c, i) => {
        const mine = byColour.get(c.spotName) ?? [];
        if (!mine.length) return;
        ops.push(`/OC /OC${i + 2} BDC`, fillOf(c.color));
        for (const it of mine) ops.push(opsOf(it), it.kind === 'enamel-fill' && it.fillRule === 'evenodd' ? 'f*' : 'f');
        ops.push('EMC');
      });
      ops.push('/OC /OC1 BDC', '/CSM cs 1 scn /CSM CS 1 SCN');
      for (const it of items.filter(isMetal)) {
        if (it.kind === 'metal-line') ops.push(`${f(it.width)} w ${{ butt: 0, round: 1, square: 2 }[it.cap]} J ${{ miter: 0, round: 1, bevel: 2 }[it.join]} j ${f(it.miterLimit ?? 4)} M`, opsOf(it), 'S');
        else ops.push(opsOf(it), it.kind === 'metal-area' && it.fillRule === 'evenodd' ? 'f*' : 'f');
      }
      ops.push('EMC');
    }
    if (die.length) ops.push('/OC /OC0 BDC', '/CSD CS 1 SCN', `${f(0.6 / v.k)} w`, die.map(opsOf).join('\n'), 'S', 'EMC');
    ops.push('Q');
    return ops.join('\n');
  };

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

  // Header.
  let y = H - MARGIN;
  text(doc.name || 'Untitled pin', MARGIN, y - 16, 18, bold);
  text(`Factory proof · revision ${doc.spec.revision || '—'} · ${facts.date} · ${doc.spec.process.replace(/-/g, ' ')}, ${doc.spec.plating.replace(/-/g, ' ')} plating`, MARGIN, y - 32, 9, regular, MUTED);
  text('Pinsmith', W - MARGIN - regular.widthOfTextAtSize('Pinsmith', 9), y - 12, 9, regular, MUTED);
  y -= 44;
  line(MARGIN, y, W - MARGIN, y, 0.75, 0.2);

  // Front enlarged (left), actual size and back (right).
  const leftW = 300;
  const viewTop = y - 26;
  const k = Math.min(250 / facts.widthMm, 230 / facts.heightMm);
  const big = place(bounds, MARGIN + 10, viewTop, k);
  text('Front, enlarged', MARGIN, y - 14, 10, bold);
  text(`${(k / PT_PER_MM).toFixed(1)}× actual size`, MARGIN + 90, y - 14, 8, regular, MUTED);
  g.push(art(big));
  const bigW = facts.widthMm * k;
  const bigH = facts.heightMm * k;
  // Dimension lines with the size in mm and inches.
  const dimY = viewTop - bigH - 14;
  line(MARGIN + 10, dimY, MARGIN + 10 + bigW, dimY);
  line(MARGIN + 10, dimY - 4, MARGIN + 10, dimY + 4);
  line(MARGIN + 10 + bigW, dimY - 4, MARGIN + 10 + bigW, dimY + 4);
  const wLabel = mmText(facts.widthMm);
  text(wLabel, MARGIN + 10 + bigW / 2 - regular.widthOfTextAtSize(wLabel, 8) / 2, dimY - 12, 8);
  const dimX = MARGIN + 10 + bigW + 14;
  line(dimX, viewTop, dimX, viewTop - bigH);
  line(dimX - 4, viewTop, dimX + 4, viewTop);
  line(dimX - 4, viewTop - bigH, dimX + 4, viewTop - bigH);
  const hLabel = mmText(facts.heightMm);
  text(hLabel, dimX + 11, viewTop - bigH / 2 - regular.widthOfTextAtSize(hLabel, 8) / 2, 8, regular, INK, 90);
  // Numbered callouts on the art, one per colour.
  for (const c of facts.colours) {
    const p = toPt(big, c.anchor.x, c.anchor.y);
    g.push(`q 1 g 0.2 G 0.6 w ${pathOps(ellipsePath(p.x, p.y, 5.5))} B Q`);
    const label = String(c.n);
    text(label, p.x - bold.widthOfTextAtSize(label, 7) / 2, p.y - 2.5, 7, bold);
  }

  const rightX = MARGIN + leftW + 20;
  const rightW = W - MARGIN - rightX;
  text('Actual size', rightX, y - 14, 10, bold);
  const actualK = Math.min(PT_PER_MM, rightW / facts.widthMm, 110 / facts.heightMm);
  if (actualK < PT_PER_MM) text(`(shown at ${Math.round((actualK / PT_PER_MM) * 100)} %: too big for the page)`, rightX + 62, y - 14, 7, regular, MUTED);
  g.push(art(place(bounds, rightX, viewTop, actualK)));
  const backTop = viewTop - facts.heightMm * actualK - 34;
  text('Back (mirrored)', rightX, backTop + 12, 10, bold);
  const back = place(bounds, rightX, backTop, actualK, true);
  g.push(`q ${cm(back)} ${hexRgb(metalHex).map(f).join(' ')} rg ${items.filter((it) => it.kind === 'outline' || it.kind === 'cutout').map(opsOf).join('\n')} f* Q`);
  // The backstamp logo reads right way round on the back, centred on it.
  const logo = doc.spec.backstamp.kind === 'custom' ? doc.spec.backstamp.logo : undefined;
  if (logo) {
    const cxPt = rightX + (facts.widthMm * actualK) / 2;
    const cyPt = backTop - (facts.heightMm * actualK) / 2;
    const lv: View = { k: actualK, tx: cxPt - (logo.widthMm * actualK) / 2, ty: cyPt + (logo.heightMm * actualK) / 2 };
    g.push(`q ${cm(lv)} 0.35 g ${pathOps(logo.path)} f Q`);
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
  text(`Posts: ${doc.spec.posts.length} · ${doc.spec.backing}`, rightX, backBottom - 26, 8);
  doc.spec.posts.forEach((p, i) => text(`P${i + 1} at ${p.x.toFixed(1)}, ${p.y.toFixed(1)} mm from the front's top left`, rightX, backBottom - 38 - i * 10, 7, regular, MUTED));

  // Colours: callout, swatch in the spot colour itself, name, area, finish.
  y = Math.min(dimY - 30, backBottom - 44 - doc.spec.posts.length * 10);
  line(MARGIN, y + 10, W - MARGIN, y + 10, 0.5, 0.6);
  text(`Enamel colours (${facts.colours.length})`, MARGIN, y - 4, 10, bold);
  y -= 20;
  const maxRows = 12;
  for (const c of facts.colours.slice(0, maxRows)) {
    text(String(c.n), MARGIN + 2, y - 8, 8, bold);
    g.push(`q ${fillOf(c.color)} 0.5 G 0.4 w ${f(MARGIN + 16)} ${f(y - 11)} 26 12 re B Q`);
    text(c.spotName, MARGIN + 50, y - 8, 9, bold);
    const extra = [`${c.areaMm2.toFixed(1)} mm²`, c.color.hex, ...c.finishes.map((x) => `${x} enamel`)].join(' · ');
    text(extra, MARGIN + 180, y - 8, 8, regular, MUTED);
    y -= 16;
  }
  g.push(`q /CSM cs 1 scn 0.5 G 0.4 w ${f(MARGIN + 16)} ${f(y - 11)} 26 12 re B Q`);
  text(`Metal: ${doc.spec.plating.replace(/-/g, ' ')} plating`, MARGIN + 50, y - 8, 9, bold);
  text('raised lines and rim, not an enamel colour', MARGIN + 180, y - 8, 8, regular, MUTED);
  y -= 16;
  if (facts.colours.length > maxRows) { text(`+${facts.colours.length - maxRows} more colours: see spec.json`, MARGIN + 50, y - 8, 8, regular, MUTED); y -= 16; }

  // Order spec in two columns.
  const s = doc.spec;
  const rows: Array<[string, string]> = [
    ['Process', s.process.replace(/-/g, ' ')], ['Base metal', s.baseMetal.replace(/-/g, ' ')],
    ['Plating', s.plating.replace(/-/g, ' ')], ['Size', `${facts.widthMm.toFixed(1)} × ${facts.heightMm.toFixed(1)} mm (${mmToIn(facts.widthMm).toFixed(2)} × ${mmToIn(facts.heightMm).toFixed(2)} in)`],
    ['Thickness', `${s.thicknessMm} mm`], ['Backing', `${s.backing}, ${s.posts.length} post${s.posts.length === 1 ? '' : 's'}`],
    ['Epoxy dome', s.epoxyDome ? 'yes' : 'no'], ['Edition', s.editionSize ? `LE ${s.editionSize}` : 'open edition'],
    ['Packaging', s.packaging.kind === 'backing-card' ? `backing card${s.packaging.cardWidthMm ? ` ${s.packaging.cardWidthMm} × ${s.packaging.cardHeightMm ?? '?'} mm` : ''}` : 'poly bag'],
    ['Quantity', String(s.quantity)], ['Artist', s.artist || '—'], ['Contact', s.contact || '—'],
  ];
  y -= 6;
  line(MARGIN, y + 6, W - MARGIN, y + 6, 0.5, 0.6);
  text('Order', MARGIN, y - 8, 10, bold);
  y -= 22;
  const colW = (W - 2 * MARGIN) / 2;
  rows.forEach(([key, value], i) => {
    const cx = MARGIN + (i % 2) * colW;
    const cy = y - Math.floor(i / 2) * 13;
    text(key, cx, cy, 8, regular, MUTED);
    text(value, cx + 70, cy, 8);
  });
  y -= Math.ceil(rows.length / 2) * 13 + 2;
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

  addGraphics(pdf, page, g.join('\n'));
  for (const t of texts) t();
  return pdf.save({ useObjectStreams: false });
}

/** Characters the embedded font lacks are spelled out (ΔE) or replaced, never dropped silently. */
function printable(s: string, font: PDFFont): string {
  const have = new Set(font.getCharacterSet());
  return [...s.replace(/Δ/g, 'd').replace(/[“”]/g, '"')].map((ch) => (have.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

function wrap(s: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The art and rules as one content stream, under the text pdf-lib adds afterwards. */
function addGraphics(pdf: PDFDocument, page: PDFPage, ops: string): void {
  const stream = pdf.context.flateStream(`q\n${ops}\nQ\n`);
  page.node.addContentStream(pdf.context.register(stream));
}
