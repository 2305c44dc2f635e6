import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Item, PinDocument } from '../src/core/document/types.ts';
import { area, regionBounds } from '../src/core/geometry/index.ts';
import { importSvg, type ImportNote } from '../src/core/io/svg/import.ts';
import { itemRegion } from '../src/core/kinds/index.ts';
import { importPdf } from '../src/core/io/pdf/import.ts';
import { renderPage } from './support/separations.ts';
import { importedSilhouette, initResvg, originalSilhouette, overlap, type Mask } from './support/silhouette.ts';

// Each fixture in test/fixtures/svg imitates what an artist's tool writes (its header says
// which). The import must keep what the file shows: its silhouette, rendered by resvg from the
// original, against the imported pin's metal and enamel (overlap ≥ 0.98), and the pin itself.

const dir = new URL('./fixtures/svg/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');

/** The die line is not art: hide the outline layer when rendering the original. */
const withoutOutline = (svg: string) => svg.replace(/(<g\b[^>]*\b(?:id|inkscape:label)="(?:outline|die[ -_]?line)"[^>]*)>/i, '$1 display="none">');

function imported(svg: string, languages?: string[]): { doc: PinDocument; notes: ImportNote[] } {
  const r = importSvg(svg, languages ? { languages } : {});
  if (!r.ok) throw new Error(r.error);
  return r;
}

const art = (doc: PinDocument): Item[] => doc.order.map((id) => doc.items[id]!).filter((it) => it.kind !== 'outline' && it.kind !== 'cutout');
const fills = (doc: PinDocument) => art(doc).filter((it) => it.kind === 'enamel-fill').map((it) => (it.kind === 'enamel-fill' ? it.color.code ?? it.color.hex : ''));
const kinds = (doc: PinDocument) => art(doc).map((it) => it.kind).sort();
const fillOf = (doc: PinDocument, colour: string) => art(doc).find((it) => it.kind === 'enamel-fill' && (it.color.code ?? it.color.hex) === colour)!;
const warnings = (notes: ImportNote[]) => notes.filter((n) => n.level === 'warning').map((n) => n.message);

const FIXTURES: Array<{ file: string; oracle?: string; expect: (doc: PinDocument, notes: ImportNote[]) => void }> = [
  {
    file: 'illustrator-preserve-editing.svg',
    expect: (doc, notes) => {
      expect(kinds(doc)).toEqual(['enamel-fill', 'enamel-fill', 'metal-line', 'metal-line']);
      expect(fills(doc).sort()).toEqual(['123 C', '186 C']);
      expect(warnings(notes)).toEqual([]);
    },
  },
  {
    file: 'switch-language.svg',
    expect: (doc) => expect(fills(doc)).toEqual(['#0057B8']),
  },
  {
    file: 'clip-paths.svg',
    expect: (doc, notes) => {
      const red = regionBounds(itemRegion(fillOf(doc, '186 C')));
      expect(red.minX).toBeCloseTo(1, 2);
      expect(red.maxX).toBeCloseTo(11, 2);
      expect(regionBounds(itemRegion(fillOf(doc, '#0057B8'))).maxY).toBeCloseTo(10, 2);
      expect(area(itemRegion(fillOf(doc, '123 C')))).toBeCloseTo(Math.PI * 5 * 6, 0);
      expect(warnings(notes)).toEqual([]);
    },
  },
  {
    file: 'mask-luminance.svg',
    expect: (doc, notes) => {
      expect(area(itemRegion(fillOf(doc, '186 C')))).toBeCloseTo(Math.PI * (81 - 16), 0);
      expect(area(itemRegion(fillOf(doc, '#0057B8')))).toBeCloseTo(8 * 16, 1);
      expect(warnings(notes)).toEqual([expect.stringMatching(/mask #faded could not be applied \(it is painted with a gradient/)]);
    },
  },
  {
    file: 'opacity.svg',
    expect: (doc, notes) => {
      expect(fills(doc)).toEqual(['#0057B8', 'White']);
      expect(area(itemRegion(fillOf(doc, '#0057B8')))).toBeCloseTo(Math.PI * 144 - Math.PI * 9, 0);
      const highlight = fillOf(doc, 'White');
      expect(highlight.kind === 'enamel-fill' && highlight.paintIssues).toEqual([{ kind: 'opacity', detail: 'opacity 70%' }]);
      expect(warnings(notes)).toEqual([expect.stringMatching(/^2 faint element\(s\), under 40 % opacity, were left out .*<ellipse> on line 12, <circle> on line 16$/)]);
    },
  },
  {
    file: 'dashed-stroke.svg',
    expect: (doc, notes) => {
      const lines = art(doc).filter((it) => it.kind === 'metal-line');
      expect(lines.map((l) => l.path.length)).toEqual([23, 16]);
      expect(lines[1]!.kind === 'metal-line' && lines[1]!.cap).toBe('round');
      expect(notes.map((n) => n.message)).toContain('<rect> on line 5: its dashed stroke was imported as 23 separate metal dashes (enamel flows through the gaps between them)');
    },
  },
  {
    file: 'markers.svg',
    expect: (doc, notes) => {
      expect(kinds(doc)).toEqual(['metal-area', 'metal-area', 'metal-area', 'metal-area', 'metal-line']);
      expect(notes.map((n) => n.message)).toContain('<path> on line 16: its markers (arrowheads, dots) were drawn as shapes of their own');
    },
  },
  {
    file: 'nested-viewports.svg',
    expect: (doc) => {
      expect(regionBounds(itemRegion(fillOf(doc, '186 C')))).toMatchObject({ minX: expect.closeTo(1, 2), maxX: expect.closeTo(19, 2), minY: expect.closeTo(1, 2), maxY: expect.closeTo(10, 2) });
      expect(regionBounds(itemRegion(fillOf(doc, '123 C')))).toMatchObject({ minX: expect.closeTo(2.8, 2), maxX: expect.closeTo(17.2, 2), minY: expect.closeTo(11.8, 2), maxY: expect.closeTo(18.2, 2) });
      expect(regionBounds(itemRegion(fillOf(doc, '#0057B8')))).toMatchObject({ minX: expect.closeTo(21, 2), maxX: expect.closeTo(39, 2), minY: expect.closeTo(1, 2), maxY: expect.closeTo(19, 2) });
    },
  },
  {
    file: 'css-cascade.svg',
    oracle: 'css-cascade.oracle.svg',
    expect: (doc) => {
      expect(fills(doc).sort()).toEqual(['#0057B8', '123 C', '186 C']);
      expect(regionBounds(itemRegion(fillOf(doc, '#0057B8'))).maxX - regionBounds(itemRegion(fillOf(doc, '#0057B8'))).minX).toBeCloseTo(16 * Math.SQRT2, 2);
      expect(regionBounds(itemRegion(fillOf(doc, '186 C'))).minX).toBeCloseTo(2, 3);
      expect(kinds(doc)).toContain('metal-area');
    },
  },
  { file: 'illustrator-badge.svg', expect: () => {} },
  { file: 'inkscape-shield.svg', expect: () => {} },
  { file: 'figma-heart.svg', expect: () => {} },
];

describe('artists\' files import as drawn', () => {
  beforeAll(initResvg);
  it.each(FIXTURES)('$file', ({ file, oracle, expect: check }) => {
    const svg = read(file);
    const { doc, notes } = imported(svg);
    check(doc, notes);
    const original = originalSilhouette(withoutOutline(read(oracle ?? file)), 400);
    expect(overlap(original, importedSilhouette(doc, 400))).toBeGreaterThanOrEqual(0.98);
  });

  it('a <switch> takes the first child in the reader\'s language, then the fallback', () => {
    const svg = read('switch-language.svg');
    expect(fills(imported(svg, ['de-AT']).doc)).toEqual(['186 C']);
    expect(fills(imported(svg, ['en-GB']).doc)).toEqual(['#0057B8']);
    expect(fills(imported(svg, ['ja']).doc)).toEqual(['123 C']);
  });
});

describe('a print-ready PDF imports as drawn', () => {
  beforeAll(initResvg);
  it('factory-badge.pdf (spot inks, CutContour die line): against poppler\'s render of it', async () => {
    const bytes = readFileSync(new URL('./fixtures/pdf/factory-badge.pdf', import.meta.url));
    const r = await importPdf(bytes, { name: 'factory-badge' });
    if (!r.ok) throw new Error(r.error);
    expect(kinds(r.doc)).toEqual(['enamel-fill', 'enamel-fill', 'metal-line', 'metal-line']);
    expect(fills(r.doc).sort()).toEqual(['123 C', '186 C']);
    expect(r.doc.order.map((id) => r.doc.items[id]!.kind).filter((k) => k === 'outline')).toHaveLength(1);
    expect(warnings(r.notes)).toEqual([]);
    // Painted or not, from poppler's RGB on white at 400 px across.
    const page = renderPage(bytes, (400 / 30) * 25.4, 'poppler');
    const original: Mask = { width: page.width, height: page.height, on: new Uint8Array(page.width * page.height) };
    for (let y = 0; y < page.height; y++) for (let x = 0; x < page.width; x++) original.on[y * page.width + x] = page.hex(x, y) === '#FFFFFF' ? 0 : 1;
    expect(overlap(original, importedSilhouette(r.doc, page.width))).toBeGreaterThanOrEqual(0.98);
  }, 180_000);
});
