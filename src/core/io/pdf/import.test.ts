import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makePdf, type PdfSpec } from '../../../../test/support/pdfFixture.ts';
import type { Item, PinDocument } from '../../document/types.ts';
import { area, regionBounds } from '../../geometry/index.ts';
import { itemRegion } from '../../kinds/index.ts';
import { importPdf } from './import.ts';

const S = 85.0394; // 30 mm in points
const MM = 72 / 25.4;

async function open(spec: Partial<PdfSpec> & { content: string }, page?: number) {
  const r = await importPdf(await makePdf({ size: [S, S], ...spec }), { name: 'badge', ...(page ? { page } : {}) });
  if (!r.ok) throw new Error(r.error);
  return r;
}
const items = (doc: PinDocument): Item[] => doc.order.map((id) => doc.items[id]!);
const codes = (doc: PinDocument) => items(doc).flatMap((it) => (it.kind === 'enamel-fill' ? [it.color.code ?? it.color.hex] : []));
const bounds = (it: Item) => {
  const b = regionBounds(itemRegion(it));
  return [b.minX, b.minY, b.maxX, b.maxY].map((v) => +v.toFixed(3));
};
const SPOTS: PdfSpec['spots'] = { 'PANTONE 186 C': [0, 1, 0.81, 0.04], CutContour: [0, 1, 0, 0], 'PANTONE 123 C': [0, 0.24, 0.94, 0] };

describe('PDF and AI import', () => {
  it('a factory-style PDF: spot inks become PMS codes, CutContour the die line, black strokes metal lines', async () => {
    const { doc, notes } = await open({
      spots: SPOTS,
      content: `/CS1 CS 1 SCN 0.5 w 0 0 ${S} ${S} re S
        /CS0 cs 1 scn ${5 * MM} ${5 * MM} ${20 * MM} ${20 * MM} re f
        0 0 0 RG ${0.5 * MM} w ${5 * MM} ${15 * MM} m ${25 * MM} ${15 * MM} l S`,
    });
    expect(items(doc).map((it) => it.kind).sort()).toEqual(['enamel-fill', 'metal-line', 'outline']);
    expect(codes(doc)).toEqual(['186 C']);
    const line = items(doc).find((it) => it.kind === 'metal-line')!;
    expect(line.kind === 'metal-line' && line.width).toBeCloseTo(0.5, 6);
    expect(bounds(items(doc).find((it) => it.kind === 'outline')!)).toEqual([0, 0, 30, 30]);
    // y is flipped: PDF's origin is bottom-left, the pin's top-left.
    expect(bounds(items(doc).find((it) => it.kind === 'enamel-fill')!)).toEqual([5, 5, 25, 25]);
    expect(notes.filter((n) => n.level === 'warning')).toEqual([]);
  });

  it('clips, forms with a matrix, and the page rotation are applied', async () => {
    const { doc } = await open({
      spots: SPOTS,
      rotate: 90,
      forms: { Fm0: { content: '/CS2 cs 1 scn 0 0 10 10 re f', bbox: [0, 0, 10, 10], matrix: [MM, 0, 0, MM, 0, 0] } },
      content: `q ${2 * MM} ${2 * MM} ${8 * MM} ${4 * MM} re W n /CS0 cs 1 scn 0 0 ${20 * MM} ${20 * MM} re f Q
        q 1 0 0 1 ${15 * MM} ${15 * MM} cm /Fm0 Do Q`,
    });
    const red = items(doc).find((it) => it.kind === 'enamel-fill' && it.color.code === '186 C')!;
    const yellow = items(doc).find((it) => it.kind === 'enamel-fill' && it.color.code === '123 C')!;
    expect(area(itemRegion(red))).toBeCloseTo(32, 3);
    expect(area(itemRegion(yellow))).toBeCloseTo(100, 3);
    // /Rotate 90 shows the page turned a quarter clockwise: the clip's box, x 2..10 and y 2..6 mm
    // up from the bottom-left in the PDF (x 2..10, y 24..28 down from the top unturned), is shown
    // at x 2..6, y 2..10.
    expect(bounds(red)).toEqual([2, 2, 6, 10]);
    expect(bounds(yellow)).toEqual([15, 15, 25, 25]);
  });

  it('Illustrator layers (optional content) name the pin layers; a layer switched off is not drawn', async () => {
    const { doc, notes } = await open({
      spots: SPOTS,
      layers: { MC0: { name: 'Die line' }, MC1: { name: 'Enamel' }, MC2: { name: 'Metal' }, MC3: { name: 'Notes', off: true }, MC4: { name: 'Sketch' } },
      content: `/OC /MC0 BDC 0 g 0 0 ${S} ${S} re f EMC
        /OC /MC1 BDC /CS0 cs 1 scn 5 5 40 40 re f EMC
        /OC /MC2 BDC 0 g 50 50 20 20 re f EMC
        /OC /MC3 BDC 0 0 1 rg 0 0 80 80 re f EMC
        /OC /MC4 BDC 0 1 0 rg 0 0 80 80 re f EMC`,
    });
    expect(items(doc).map((it) => it.kind).sort()).toEqual(['enamel-fill', 'metal-area', 'outline']);
    expect(notes.map((n) => n.message)).toContain('layers read from the PDF: Die line, Enamel, Metal, Notes, Sketch');
    expect(notes.some((n) => /1 element\(s\) outside the outline, metal and enamel layers were ignored/.test(n.message))).toBe(true);
  });

  it('says what it could not make: live text, gradients, soft masks, tints, raster images', async () => {
    const { notes } = await open({
      spots: SPOTS,
      gstates: { GS0: { ca: 1 } },
      content: `BT /F1 12 Tf 10 10 Td (PIN CLUB) Tj ET
        /Sh0 sh
        /CS0 cs 0.5 scn 0 0 40 40 re f
        q 20 0 0 20 50 50 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q`,
    });
    const said = notes.map((n) => n.message).join('\n');
    expect(said).toMatch(/1 piece\(s\) of live text were left out: convert text to outlines/);
    expect(said).toMatch(/1 smooth shade\(s\) \(gradient fills\) were left out/);
    expect(said).toMatch(/tints of spot colours cannot be mixed as enamel; each was imported as the colour it shows: 50 % of PANTONE 186 C/);
    expect(said).toMatch(/1 raster image\(s\) are in the page/);
  });

  it('a page of a many-page PDF, and the page asked for', async () => {
    const spec = { spots: SPOTS, pages: 3, content: '/CS0 cs 1 scn 0 0 40 40 re f' };
    expect((await open(spec)).notes[0]!.message).toBe('page 1 of 3 was imported');
    expect((await open(spec, 2)).notes[0]!.message).toBe('page 2 of 3 was imported');
    const r = await importPdf(await makePdf({ size: [S, S], ...spec }), { page: 4 });
    expect(r).toEqual({ ok: false, error: 'the PDF has 3 page(s); there is no page 4' });
  });

  it.each([
    ['not a PDF', new TextEncoder().encode('<svg/>'), /not a PDF file/],
    ['a PostScript-only .ai', new TextEncoder().encode('%!PS-Adobe-3.0\n%%Creator: Adobe Illustrator(R) 8.0'), /Illustrator file without a PDF inside .*Create PDF Compatible File/],
    ['a truncated PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog'), /the PDF has no pages|is damaged or incomplete/],
  ])('refuses %s with the reason, never throwing', async (_, bytes, reason) => {
    const r = await importPdf(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });

  it('refuses an encrypted PDF', async () => {
    const pdf = await PDFDocument.load(await makePdf({ size: [S, S], content: '0 0 10 10 re f' }));
    pdf.context.trailerInfo.Encrypt = pdf.context.obj({ Filter: 'Standard', V: 2 });
    const r = await importPdf(await pdf.save());
    expect(r).toEqual({ ok: false, error: 'the PDF is encrypted (password-protected or locked against editing): save it again without security' });
  });
});

describe('PDF import never throws', () => {
  const OPS = ['q', 'Q', 'cm', 'w', 'J', 'j', 'M', 'd', 'm', 'l', 'c', 'v', 'y', 'h', 're', 'S', 's', 'f', 'f*', 'B', 'b*', 'n', 'W', 'W*',
    'CS', 'cs', 'SC', 'scn', 'G', 'g', 'RG', 'rg', 'K', 'k', 'Do', 'sh', 'BT', 'ET', 'Tj', 'TJ', 'BDC', 'EMC', 'gs', 'BI', 'ID', 'EI', 'zz'];
  const token = fc.oneof(
    fc.constantFrom(...OPS),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => String(+v.toFixed(3))),
    fc.constantFrom('/CS0', '/CS1', '/Fm0', '/OC', '/MC0', '/GS0', '/Nope', '(text)', '<4142>', '[1 2]', '<< /A 1 >>', '[', ']', '(', '<<'),
  );
  it('on random drawing operators, in a valid file', async () => {
    await fc.assert(fc.asyncProperty(fc.array(token, { maxLength: 80 }), async (tokens) => {
      const bytes = await makePdf({ size: [S, S], spots: SPOTS, layers: { MC0: { name: 'Metal' } }, forms: { Fm0: { content: '0 0 5 5 re f /Fm0 Do', bbox: [0, 0, 5, 5] } }, content: tokens.join(' ') });
      const r = await importPdf(bytes);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 150 });
  }, 120_000);
  it('on a damaged file', async () => {
    const good = await makePdf({ size: [S, S], spots: SPOTS, content: '/CS0 cs 1 scn 0 0 40 40 re f' });
    await fc.assert(fc.asyncProperty(fc.nat(good.length - 1), fc.nat(255), fc.nat(good.length), async (at, value, cut) => {
      const bad = good.slice(0, Math.max(cut, 10));
      if (at < bad.length) bad[at] = value;
      const r = await importPdf(bad);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.error).not.toMatch(/undefined|TypeError|at \S+\.js/);
    }), { numRuns: 200 });
  }, 120_000);
});
