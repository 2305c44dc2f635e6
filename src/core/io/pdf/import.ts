import { PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { multiply, type Matrix } from '../../geometry/index.ts';
import { pantoneSolidCoated, normalizeHex } from '../../palette/index.ts';
import { importSvg, type ImportNote, type SvgImportOptions, type SvgImportResult } from '../svg/import.ts';
import { layerNamed } from '../svg/walk.ts';
import { serialize } from './serialize.ts';
import { DIE_NAME, PageInterpreter } from './interpret.ts';
import { keyOf, PdfReader, type Obj } from './objects.ts';

// Vector PDF and PDF-compatible Illustrator (.ai) files: the page is drawn as SVG (paths, fills,
// strokes, clips, layers, spot colours) and imported exactly as an SVG is. pdf-lib reads the
// file: pdf.js (used to preview the proof) turns every colour into RGB before anyone sees it,
// which loses the one thing a factory's PDF must keep, the name of each spot ink.

export const PDF_LIMITS = { maxBytes: 100 * 1024 * 1024, maxSvgChars: 20 * 1024 * 1024 } as const;

export interface PdfImportOptions extends SvgImportOptions {
  /** Which page, from 1 (default 1). */
  page?: number;
}

const PT_MM = 25.4 / 72;

/** Never throws: a damaged file (pdf-lib fails deep inside it) is an answer like any other. */
export async function importPdf(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<SvgImportResult> {
  try {
    return await importPdfUnguarded(bytes, options);
  } catch {
    return { ok: false, error: 'the PDF is damaged or incomplete: its pages could not be read (save or export it again)' };
  }
}

async function importPdfUnguarded(bytes: Uint8Array, options: PdfImportOptions): Promise<SvgImportResult> {
  if (bytes.length > PDF_LIMITS.maxBytes) {
    return { ok: false, error: `the file is ${(bytes.length / 1048576).toFixed(1)} MB; PDF and AI import takes up to ${PDF_LIMITS.maxBytes / 1048576} MB` };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    return { ok: false, error: head.startsWith('%!PS') ? 'this is an Illustrator file without a PDF inside (saved without "Create PDF Compatible File"): save it again with that option on, or as PDF or SVG'
      : 'this is not a PDF file (no %PDF- header)' };
  }
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return { ok: false, error: 'the PDF is damaged or incomplete: it could not be read (save or export it again)' };
  }
  if (pdf.isEncrypted) return { ok: false, error: 'the PDF is encrypted (password-protected or locked against editing): save it again without security' };
  const pages = pdf.getPages();
  if (!pages.length) return { ok: false, error: 'the PDF has no pages' };
  const index = (options.page ?? 1) - 1;
  const page = pages[index];
  if (!page) return { ok: false, error: `the PDF has ${pages.length} page(s); there is no page ${options.page}` };
  const r = new PdfReader(pdf.context);
  const notes: ImportNote[] = [];
  if (pages.length > 1) notes.push({ level: 'info', message: `page ${index + 1} of ${pages.length} was imported` });

  const { root, width, height } = pageFrame(page);
  const palette = options.palette ?? pantoneSolidCoated();
  // Layers switched off in the document's default view are not drawn, as in Acrobat.
  const ocDefault = r.get(r.get(pdf.catalog, 'OCProperties'), 'D');
  const hidden = new Set((r.arr(r.get(ocDefault, 'OFF')) ?? []).map(keyOf).filter((k): k is string => !!k));
  const interp = new PageInterpreter(r, { palette, hidden }, root);
  const content = contentBytes(r, page.node.Contents());
  if (!content) return { ok: false, error: 'the page\'s drawing could not be read (a compression PDF import does not read)' };
  if (!interp.run(content, page.node.Resources())) {
    return { ok: false, error: 'the page is too complex to import (more than 2,000,000 drawing operations, or graphics states nested past 256): simplify it, or export the artwork as SVG' };
  }
  const drawn = interp.result();
  const layered = drawn.layerNames.some((n) => layerNamed(n) || DIE_NAME.test(n.trim()));
  const metalHex = normalizeHex(options.metalColor ?? '#000000') ?? '#000000';
  const body = serialize(drawn, { layered, metalHex });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="${width * PT_MM}mm" height="${height * PT_MM}mm" viewBox="0 0 ${width} ${height}">`
    + `<defs><pattern id="pdf-pattern"/>${drawn.defs.join('')}</defs>${body}</svg>`;
  if (svg.length > PDF_LIMITS.maxSvgChars) return { ok: false, error: 'the page has more drawing than PDF import takes (over 20 MB once read): simplify it, or split the artwork' };

  const facts: Array<[string, (n: number) => string]> = [
    ['text', (n) => `${n} piece(s) of live text were left out: convert text to outlines (Illustrator: Type › Create Outlines) and save the PDF again`],
    ['image', (n) => `${n} raster image(s) are in the page; each is kept as a box and reported by the checks`],
    ['shading', (n) => `${n} smooth shade(s) (gradient fills) were left out: enamel is flat colour; expand them to shapes of one colour each`],
    ['soft mask', (n) => `${n} soft mask(s) (transparency masks) were not applied: release them in your editor`],
    ['form loop', (n) => `${n} drawing(s) that refer to themselves were cut`],
    ['unreadable stream', (n) => `${n} part(s) of the page use a compression PDF import does not read and were left out`],
  ];
  for (const [k, say] of facts) {
    const n = drawn.counts.get(k);
    if (n) notes.push({ level: k === 'image' ? 'info' : 'warning', message: say(n) });
  }
  if (drawn.tints.size) notes.push({ level: 'warning', message: `tints of spot colours cannot be mixed as enamel; each was imported as the colour it shows: ${[...drawn.tints].slice(0, 6).join('; ')}` });
  if (layered) notes.push({ level: 'info', message: `layers read from the PDF: ${drawn.layerNames.join(', ')}` });

  const name = options.name ?? 'Imported pin';
  const result = importSvg(svg, { ...options, name });
  if (!result.ok) return result;
  return { ok: true, doc: result.doc, notes: [...notes, ...result.notes] };
}

/** The page's visible box (CropBox within MediaBox) and its rotation, as a y-down frame in points. */
function pageFrame(page: PDFPage): { root: Matrix; width: number; height: number } {
  const box = page.getCropBox();
  const w = box.width;
  const h = box.height;
  const flip: Matrix = [1, 0, 0, -1, -box.x, box.y + h];
  const angle = ((page.getRotation().angle % 360) + 360) % 360;
  const turn: Matrix = angle === 90 ? [0, 1, -1, 0, h, 0] : angle === 180 ? [-1, 0, 0, -1, w, h] : angle === 270 ? [0, -1, 1, 0, 0, w] : [1, 0, 0, 1, 0, 0];
  const sideways = angle === 90 || angle === 270;
  return { root: multiply(turn, flip), width: sideways ? h : w, height: sideways ? w : h };
}

function contentBytes(r: PdfReader, contents: Obj): Uint8Array | undefined {
  const streams = r.arr(contents) ?? (contents ? [contents] : []);
  const parts: Uint8Array[] = [];
  for (const s of streams) {
    const v = r.resolve(s);
    if (!(v instanceof PDFRawStream)) continue;
    const b = r.bytes(v);
    if (!b) return undefined;
    parts.push(b, Uint8Array.of(10));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

