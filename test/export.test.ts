import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleAssets } from '../src/cli/assets.ts';
import { runChecks } from '../src/core/checks/index.ts';
import { waiverFor } from '../src/core/checks/waivers.ts';
import type { PinDocument } from '../src/core/document/types.ts';
import { buildBundle, type BundleAssets } from '../src/core/export/bundle.ts';
import { specJsonSchema } from '../src/core/export/specJson.ts';
import { writeZip } from '../src/core/export/zip.ts';
import { readZipText } from '../src/core/io/zipRead.ts';
import { loadPinFile } from '../src/core/io/pinFile.ts';
import { importSvg } from '../src/core/io/svg/import.ts';
import { logoFromSvg } from '../src/core/editing/backstampLogo.ts';
import { containsPoint } from '../src/core/geometry/index.ts';
import { itemRegion } from '../src/core/kinds/index.ts';
import { parseAseChart } from '../src/core/palette/formats/ase.ts';
import { badgeWithHoleAndCustomSun } from './support/pins.ts';
import { pdfText } from './support/pdfText.ts';

const SAMPLES = new URL('./fixtures/samples/', import.meta.url).pathname;
function sample(file: string): PinDocument {
  const r = importSvg(readFileSync(`${SAMPLES}${file}`, 'utf8'), { name: 'Mountain badge' });
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}
function badge(): PinDocument {
  const doc = sample('mountain-badge.svg');
  doc.spec = { ...doc.spec, posts: [{ x: 8, y: 12.5 }, { x: 17, y: 12.5 }], editionSize: 100, artist: 'Ada Pinmaker', contact: 'ada@example.com', revision: 'B', backstamp: { kind: 'custom', text: 'PINSMITH LE 100', method: 'laser' } };
  return doc;
}

let assets: BundleAssets;
beforeAll(async () => {
  assets = await nodeBundleAssets();
});

async function bundle(doc: PinDocument, extra: Partial<Parameters<typeof buildBundle>[2]> = {}) {
  const r = await buildBundle(doc, assets, { date: '2026-11-26', ...extra });
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('factory bundle', () => {
  it('holds the files CONTRACTS.md names, in a stable order, and is byte-identical across runs', async () => {
    const a = await bundle(badge());
    const b = await bundle(badge());
    expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true);
    const zip = await JSZip.loadAsync(a.zip);
    expect(Object.keys(zip.files)).toEqual([
      'README.txt', 'spec.json', 'proof.pdf', 'proof.png', 'artwork.svg',
      'layers/die-line.svg', 'layers/metal.svg', 'layers/enamel-7727-C.svg', 'layers/enamel-291-C.svg', 'layers/enamel-362-C.svg', 'layers/enamel-123-C.svg',
      'check-report.json', 'design.pin.json', 'swatches.ase',
    ]);
    const png = await zip.file('proof.png')!.async('uint8array');
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(await zip.file('README.txt')!.async('string')).toMatch(/proof\.pdf\s+Proof sheet/);
  });

  it('proof.pdf: A4, Separation colours named by PMS code, one layer per part, every callout as text', async () => {
    const b = await bundle(badge());
    const zip = await JSZip.loadAsync(b.zip);
    const bytes = await zip.file('proof.pdf')!.async('uint8array');
    const pdf = await PDFDocument.load(bytes);
    const page = pdf.getPage(0);
    expect(page.getSize()).toEqual({ width: 595.28, height: 841.89 });
    const cs = page.node.Resources()!.lookup(PDFName.of('ColorSpace'), PDFDict);
    const separations = cs.keys().map((k) => cs.lookup(k, PDFArray)).filter((arr) => arr.lookup(0, PDFName).decodeText() === 'Separation').map((arr) => arr.lookup(1, PDFName).decodeText());
    expect(separations).toEqual(expect.arrayContaining(['PANTONE 7727 C', 'PANTONE 291 C', 'PANTONE 362 C', 'PANTONE 123 C', 'CutContour', 'Metal gold']));
    // The alternate of a Pantone spot is its published Lab value.
    const pms = cs.keys().map((k) => cs.lookup(k, PDFArray)).find((arr) => arr.lookup(1, PDFName).decodeText() === 'PANTONE 291 C')!;
    expect(pms.lookup(2, PDFArray).lookup(0, PDFName).decodeText()).toBe('Lab');
    const oc = pdf.catalog.lookup(PDFName.of('OCProperties'), PDFDict);
    const names = oc.lookup(PDFName.of('OCGs'), PDFArray).asArray().map((ref) => {
      const ocg = pdf.context.lookup(ref as PDFRef, PDFDict);
      const n = ocg.get(PDFName.of('Name'));
      return n instanceof PDFHexString || n instanceof PDFString ? n.decodeText() : '';
    });
    expect(names).toEqual(['Die line', 'Metal', 'Enamel PANTONE 7727 C', 'Enamel PANTONE 291 C', 'Enamel PANTONE 362 C', 'Enamel PANTONE 123 C', 'Proof notes']);
    const text = await pdfText(bytes);
    for (const s of ['Mountain badge', 'revision B', '2026-11-26', 'PANTONE 7727 C', 'PANTONE 291 C', 'PANTONE 362 C', 'PANTONE 123 C', 'Metal: gold plating',
      '25.0 mm (0.98 in)', 'zinc alloy', 'butterfly, 2 posts', 'LE 100', 'PINSMITH LE 100', 'Ada Pinmaker', 'Approval', 'Signature', 'P1', 'P2']) {
      expect(text, s).toContain(s);
    }
    for (const c of b.facts.colours) expect(text).toContain(`${c.areaMm2.toFixed(1)} mm²`);
    expect(text).toMatch(/0 errors, 0 warnings/);
  });

  it('letter paper on request; errors, waivers and the export reason are printed', async () => {
    const doc = sample('mountain-badge-problems.svg');
    const first = runChecks(doc);
    if (!first.ok) throw new Error(first.reason);
    const gap = first.report.violations.find((v) => v.rule === 'fill-gap')!;
    doc.checks.waivers.push(waiverFor(gap, 'Filled by hand at the factory, agreed by email', '2026-11-20T10:00:00Z'));
    const b = await bundle(doc, { paper: 'letter', exportReason: 'Sampling run: the factory fixes the thin line' });
    const zip = await JSZip.loadAsync(b.zip);
    const bytes = await zip.file('proof.pdf')!.async('uint8array');
    expect((await PDFDocument.load(bytes)).getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    const text = await pdfText(bytes);
    expect(text).toContain('3 errors');
    expect(text).toContain('Filled by hand at the factory, agreed by email');
    expect(text).toContain('Sampling run: the factory fixes the thin line');
    expect(text).toContain('custom #55AA33');
    const spec = JSON.parse(await zip.file('spec.json')!.async('string'));
    expect(spec.checks).toMatchObject({ errors: 3, waivers: [{ rule: 'fill-gap' }], exportReason: 'Sampling run: the factory fixes the thin line' });
  });

  it('spec.json validates against the published schema, which is the one in the repo', async () => {
    const published = JSON.parse(readFileSync(new URL('../schemas/spec.schema.json', import.meta.url), 'utf8'));
    expect(published, 'schemas/spec.schema.json is stale: run npm run schema').toEqual(JSON.parse(JSON.stringify(specJsonSchema())));
    const validate = new Ajv2020({ strict: false }).compile(published);
    const b = await bundle(badge());
    const spec = JSON.parse(await (await JSZip.loadAsync(b.zip)).file('spec.json')!.async('string'));
    expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
    expect(spec).toMatchObject({ specVersion: '1.2.0', colourCount: 4, backing: { type: 'butterfly', postCount: 2 }, size: { widthMm: 25, heightMm: 25 } });
    expect(validate({ ...spec, quantity: 0 })).toBe(false);
    // A reason given for a clean pin answers for nothing and is left out.
    const clean = await bundle(badge(), { exportReason: 'just in case' });
    const cleanSpec = JSON.parse(await (await JSZip.loadAsync(clean.zip)).file('spec.json')!.async('string'));
    expect(cleanSpec.checks.exportReason).toBeUndefined();
  });

  it('artwork.svg re-imports into the same pin: same colours, still clean', async () => {
    const b = await bundle(badge());
    const svg = await (await JSZip.loadAsync(b.zip)).file('artwork.svg')!.async('string');
    // Framed by the die line (25 mm) and a 1 mm margin, never by the artboard.
    expect(svg).toMatch(/width="27mm" height="27mm" viewBox="-1 -1 27 27"/);
    expect(svg).toMatch(/data-pantone="7727 C"/);
    const again = importSvg(svg, { name: 'again' });
    if (!again.ok) throw new Error(again.error);
    const r = runChecks(again.doc);
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.summary.errors).toBe(0);
  });

  it('a backstamp logo goes on the back of the proof and into its own layer file', async () => {
    const doc = badge();
    const logo = logoFromSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#000"/></svg>', 8);
    if (!logo.ok) throw new Error(logo.reason);
    doc.spec.backstamp = { kind: 'custom', text: 'LE 100', method: 'debossed', logo: logo.value };
    const b = await bundle(doc);
    const zip = await JSZip.loadAsync(b.zip);
    expect(Object.keys(zip.files)).toContain('layers/backstamp-logo.svg');
    const spec = JSON.parse(await zip.file('spec.json')!.async('string'));
    expect(spec.backstamp).toEqual({ kind: 'custom', text: 'LE 100', method: 'debossed', logo: { widthMm: 8, heightMm: 8, file: 'layers/backstamp-logo.svg' } });
    expect(await pdfText(await zip.file('proof.pdf')!.async('uint8array'))).toContain('logo 8.0 × 8.0 mm');
  });

  it('re-opens: design.pin.json comes back exactly', async () => {
    const doc = badge();
    const b = await bundle(doc);
    const text = await readZipText(b.zip, 'design.pin.json');
    if (!text.ok) throw new Error(text.reason);
    const loaded = loadPinFile(text.value);
    expect(loaded.ok && loaded.doc).toEqual(doc);
  });
});

describe('reading a zip that claims to be a bundle', () => {
  it('refuses path traversal, too many entries, oversize, non-zips and zips without a design', async () => {
    const design = '{"schemaVersion":1}';
    expect(await readZipText(await writeZip([{ path: '../evil.txt', data: 'x' }, { path: 'design.pin.json', data: design }]), 'design.pin.json')).toMatchObject({ ok: false, reason: expect.stringContaining('outside') });
    expect(await readZipText(await writeZip([{ path: '/etc/passwd', data: 'x' }]), 'design.pin.json')).toMatchObject({ ok: false, reason: expect.stringContaining('outside') });
    const many = Array.from({ length: 30 }, (_, i) => ({ path: `f${i}.txt`, data: 'x' }));
    expect(await readZipText(await writeZip(many), 'design.pin.json', { bytes: 1e6, entries: 20, entryBytes: 1e6, totalBytes: 1e6 })).toMatchObject({ ok: false, reason: expect.stringContaining('30 entries') });
    const bomb = await writeZip([{ path: 'design.pin.json', data: 'a'.repeat(200_000) }]);
    expect(bomb.length).toBeLessThan(5_000);
    expect(await readZipText(bomb, 'design.pin.json', { bytes: 1e6, entries: 20, entryBytes: 100_000, totalBytes: 1e6 })).toMatchObject({ ok: false, reason: expect.stringContaining('MB') });
    expect(await readZipText(new TextEncoder().encode('not a zip at all'), 'design.pin.json')).toMatchObject({ ok: false, reason: expect.stringContaining('Not a readable zip') });
    expect(await readZipText(await writeZip([{ path: 'hello.txt', data: 'x' }]), 'design.pin.json')).toMatchObject({ ok: false, reason: expect.stringContaining('no design.pin.json') });
  });
});

describe('every file is framed by what will be made, holes open', () => {
  it('art beyond the artboard is never cut off: SVGs framed by the die line, sizes from the die line', async () => {
    const doc = badge();
    doc.artboard = { width: 20, height: 20 }; // the 25 mm pin reaches past a 20 mm board
    const b = await bundle(doc);
    const zip = await JSZip.loadAsync(b.zip);
    for (const f of b.files.filter((x) => x.endsWith('.svg') && !x.includes('backstamp'))) {
      const svg = await zip.file(f)!.async('string');
      expect(svg, f).toMatch(/width="27mm" height="27mm" viewBox="-1 -1 27 27"/);
    }
    const spec = JSON.parse(await zip.file('spec.json')!.async('string'));
    expect(spec.size.widthMm).toBe(25);
  });

  it('a fill across a cut-out: the hole is open in artwork.svg and its enamel layer, and not counted in the area', async () => {
    const withHole = await bundle(badgeWithHoleAndCustomSun());
    const without = await bundle(badge());
    const zip = await JSZip.loadAsync(withHole.zip);
    const sky = (b: typeof withHole) => b.facts.colours.find((c) => c.color.code === '291 C')!.areaMm2;
    expect(sky(without) - sky(withHole)).toBeCloseTo(Math.PI * 1.5 ** 2, 1);
    // The sun has no code: spec.json names the PMS code the factory mixes, and what was drawn.
    const spec = JSON.parse(await zip.file('spec.json')!.async('string'));
    expect(spec.colours.find((c: { pantone: string }) => c.pantone === '2040 C')).toMatchObject({ name: 'PANTONE 2040 C', hex: '#DB0B5B', matchedFrom: { hex: '#E0115F', deltaE: 1.33 } });
    const swatches = parseAseChart(await zip.file('swatches.ase')!.async('uint8array'));
    if (!swatches.ok) throw new Error(swatches.reason);
    expect(swatches.value.map((e) => e.name)).toEqual(withHole.facts.colours.map((c) => c.spotName));
    for (const f of ['artwork.svg', 'layers/enamel-291-C.svg']) {
      const again = importSvg(await zip.file(f)!.async('string'), { name: f });
      if (!again.ok) throw new Error(again.error);
      const sky291 = again.doc.order.map((id) => again.doc.items[id]!).filter((it) => it.kind === 'enamel-fill' && it.color.code === '291 C');
      expect(sky291.length, f).toBe(1);
      // Re-imported, the frame's top left (−1, −1) is the origin: the hole's centre is at (18, 7).
      const region = itemRegion(sky291[0]!);
      expect(containsPoint(region, 17 + 1, 6 + 1), `${f}: enamel over the hole`).toBe(false);
      expect(containsPoint(region, 17 + 1, 3.5 + 1), `${f}: the sky beside the hole`).toBe(true);
    }
  });
});

describe('README.txt', () => {
  it('keeps its two columns apart, however long a layer file name is', async () => {
    const b = await bundle(badgeWithHoleAndCustomSun());
    const text = await (await JSZip.loadAsync(b.zip)).file('README.txt')!.async('string');
    const rows = text.split('\r\n').filter((l) => /^ {0,2}[\w./-]+\.(svg|pdf|png|json|ase)\s/.test(l));
    expect(rows.length).toBeGreaterThan(8);
    // Every description starts in the same column, at least two spaces after its file name.
    const starts = rows.map((r) => /^(\s*\S+\s{2,})/.exec(r)?.[1]?.length ?? -1);
    expect(new Set(starts).size, rows.join('\n')).toBe(1);
    expect(text).toContain('enamel custom #E0115F → matched to PMS 2040 C, ΔE 1.3');
  });
});

describe('import notes that matter reach the proof', () => {
  it('a data-pantone that disagrees with the painted colour: the import says the code wins, and so do the proof and README.txt', async () => {
    const svg = readFileSync(`${SAMPLES}mountain-badge.svg`, 'utf8').replace('<circle data-pantone="123 C" fill="#FFC72C"', '<circle data-pantone="123 C" fill="#FF0000"');
    const r = importSvg(svg, { name: 'Red sun' });
    if (!r.ok) throw new Error(r.error);
    const note = r.notes.find((n) => /the code wins/.test(n.message));
    expect(note?.level).toBe('warning');
    expect(note?.message).toMatch(/names 123 C \(#FFC72C\) but the element is painted #FF0000 \(ΔE \d+\.\d\); the code wins: the factory mixes 123 C and the pin shows #FFC72C/);
    const b = await bundle(r.doc);
    const text = await pdfText(b.pdf);
    expect(text).toMatch(/the artwork painted #FF0000 \(dE \d+\.\d\); its data-pantone 123 C wins/);
    const readme = await (await JSZip.loadAsync(b.zip)).file('README.txt')!.async('string');
    expect(readme).toMatch(/\(the artwork painted #FF0000 \(ΔE \d+\.\d\); its data-pantone 123 C wins\)/);
  });
});

describe('proof.pdf prepress', () => {
  it('is PDF/X-4 in structure: output intent with an ICC output profile, X version in Info and XMP, Trapped, boxes, an ID', async () => {
    const b = await bundle(badge());
    const pdf = await PDFDocument.load(b.pdf, { updateMetadata: false });
    const intents = pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = pdf.context.lookup(intents.get(0), PDFDict);
    expect(intent.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFX');
    const profile = pdf.context.lookup(intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream;
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    const icc = decodePDFRawStream(profile).decode();
    expect(new DataView(icc.buffer, icc.byteOffset).getUint32(0)).toBe(icc.length);
    expect(String.fromCharCode(...icc.slice(36, 40))).toBe('acsp');
    expect(String.fromCharCode(...icc.slice(12, 24))).toBe('prtrRGB Lab ');
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
    expect((info.get(PDFName.of('GTS_PDFXVersion')) as PDFString).decodeText()).toBe('PDF/X-4');
    expect(info.get(PDFName.of('Trapped'))?.toString()).toBe('/False');
    expect(pdf.context.trailerInfo.ID).toBeDefined();
    const xmp = new TextDecoder().decode((pdf.context.lookup(pdf.catalog.get(PDFName.of('Metadata'))) as PDFRawStream).contents);
    expect(xmp).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>');
    const page = pdf.getPage(0);
    expect(page.getTrimBox()).toEqual(page.getMediaBox());
    expect(page.getBleedBox()).toEqual(page.getMediaBox());
  });

  it('metal line ends never poke past the die line: nothing of the metal plate outside the die', async () => {
    const doc = badge();
    doc.items.poke = { id: 'poke', kind: 'metal-line', path: [{ closed: false, segments: [{ x: 12.5, y: -1.5 }, { x: 12.5, y: 3 }] }], width: 0.6, cap: 'round', join: 'round' };
    doc.order.push('poke');
    const b = await bundle(doc);
    const svg = await (await JSZip.loadAsync(b.zip)).file('layers/metal.svg')!.async('string');
    const again = importSvg(svg, { name: 'metal' });
    if (!again.ok) throw new Error(again.error);
    const metal = again.doc.order.map((id) => again.doc.items[id]!).filter((it) => it.kind === 'metal-area');
    // Re-imported with the frame's top left (−1, −1) as the origin: y −0.5 is at 0.5.
    expect(metal.some((m) => containsPoint(itemRegion(m), 12.5 + 1, -0.5 + 1))).toBe(false);
    expect(metal.some((m) => containsPoint(itemRegion(m), 12.5 + 1, 2 + 1))).toBe(true);
  });
});

describe('White', () => {
  it('is the same spot colour in proof.pdf and swatches.ase', async () => {
    const { barPin } = await import('./support/pins.ts');
    const { PMS } = await import('../src/core/document/builders.ts');
    const b = await bundle(barPin({ left: PMS.white }).build());
    const pdf = await PDFDocument.load(b.pdf, { updateMetadata: false });
    const spaces = pdf.getPage(0).node.Resources()!.lookup(PDFName.of('ColorSpace'), PDFDict);
    const names = spaces.keys().map((k) => {
      const arr = spaces.lookup(k, PDFArray);
      return arr.get(0)?.toString() === '/Separation' ? arr.get(1)!.toString().slice(1) : '';
    });
    const swatches = parseAseChart(await (await JSZip.loadAsync(b.zip)).file('swatches.ase')!.async('uint8array'));
    if (!swatches.ok) throw new Error(swatches.reason);
    expect(names).toContain('White');
    expect(swatches.value.map((e) => e.name)).toContain('White');
    for (const s of swatches.value) expect(names, s.name).toContain(s.name.replace(/ /g, '#20'));
  });
});
