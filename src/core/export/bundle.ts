import { MAX_CHECK_EXTENT_MM } from '../checks/geometry/tiles.ts';
import { exceededLimit } from '../document/limits.ts';
import { itemBounds } from '../kinds/index.ts';
import { runChecks, type CheckReport } from '../checks/index.ts';
import { colourwayReport, toFileReport } from '../checks/fileReport.ts';
import type { PinDocument } from '../document/types.ts';
import { savePinFile } from '../io/pinFile.ts';
import { writeAse } from '../palette/formats/ase.ts';
import { pantoneSolidCoated } from '../palette/pantone.ts';
import type { PaletteEntry } from '../palette/types.ts';
import { fail, ok, type Result } from '../result.ts';
import { bundleFacts, type BundleFacts, type SourceVersion } from './facts.ts';
import { mockupSvg } from './mockup.ts';
import { proofPdf, type Paper, type ProofFonts } from './proofPdf.ts';
import { bundleReadme } from './readme.ts';
import { CARD_FILE, specJson, type ColourwayFacts } from './specJson.ts';
import { cardPdf } from '../card/cardPdf.ts';
import { artworkSvg, colourwayFolders, colourwaySvgs, layerSvgs } from './svgLayers.ts';
import { colourKey, colourwayDoc } from '../colourways/colourways.ts';
import { writeZip, type ZipEntry } from './zip.ts';

/** What the bundle needs from its host: fonts for the proof and an SVG→PNG renderer (resvg). */
export interface BundleAssets {
  fonts: ProofFonts;
  renderPng(svg: string): Promise<Uint8Array> | Uint8Array;
}

export interface BundleOptions {
  /** Printed on the proof and in spec.json (YYYY-MM-DD). Same design and date: same bytes. */
  date: string;
  paper?: Paper;
  profile?: string;
  /** Why the design goes out with errors open; it is printed on the proof. */
  exportReason?: string;
  onProgress?: (step: string, done: number) => void;
  /** A check report of this very document (the CLI's or the editor's), to skip checking again. */
  report?: CheckReport;
  /** The saved version of the pin the proof is made from (the editor keeps one at every export). */
  version?: SourceVersion;
}

export interface Bundle {
  zip: Uint8Array;
  files: string[];
  facts: BundleFacts;
  /** The proof and the mockup, for a preview before sending. */
  pdf: Uint8Array;
  png: Uint8Array;
}

/** Width of proof.png in pixels. */
export const MOCKUP_PX = 1200;

/** The factory bundle (CONTRACTS.md): every file in a fixed order, a deterministic zip. */
/** A design wider than any pin (the checks do not check it either): a units mistake, not a pin. */
function designTooLarge(doc: PinDocument): string | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const id of doc.order) {
    const it = doc.items[id];
    if (!it || it.hidden) continue;
    const b = itemBounds(it);
    minX = Math.min(minX, b.minX); minY = Math.min(minY, b.minY); maxX = Math.max(maxX, b.maxX); maxY = Math.max(maxY, b.maxY);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  return extent > MAX_CHECK_EXTENT_MM ? `The design is ${Math.round(extent).toLocaleString('en')} mm across; a pin is under ${MAX_CHECK_EXTENT_MM} mm, so it is not exported (check the units of the file).` : undefined;
}

export async function buildBundle(doc: PinDocument, assets: BundleAssets, opts: BundleOptions): Promise<Result<Bundle>> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) return fail(`The proof date must be YYYY-MM-DD (got "${opts.date}").`);
  if (!doc.order.length) return fail('The pin is empty: draw or import some artwork first.');
  // The guards the checks use: export never works on what check would not take.
  const over = exceededLimit(doc);
  if (over) return fail(over);
  const tooLarge = designTooLarge(doc);
  if (tooLarge) return fail(tooLarge);
  const progress = opts.onProgress ?? (() => {});
  progress('Checking the design', 0.05);
  const run = opts.report ? { ok: true as const, report: opts.report } : runChecks(doc, opts.profile ? { profile: opts.profile } : {});
  if (!run.ok) return fail(run.reason);
  // Each colourway is the same metal in other colours: its own checks, facts and page.
  const ways = doc.colourways ?? [];
  const runs: Array<{ cwDoc: PinDocument; report: CheckReport }> = [];
  for (const [i, cw] of ways.entries()) {
    progress(`Checking colourway ${cw.name}`, 0.05 + (0.2 * i) / ways.length);
    const cwDoc = colourwayDoc(doc, cw);
    const cwRun = runChecks(cwDoc, opts.profile ? { profile: opts.profile } : {});
    if (!cwRun.ok) return fail(`Colourway "${cw.name}": ${cwRun.reason}`);
    runs.push({ cwDoc, report: cwRun.report });
  }
  // The reason answers for open errors (in any colourway); with none open there is nothing to answer for.
  const open = run.report.summary.errors + runs.reduce((n, r) => n + r.report.summary.errors, 0);
  const reason = (open ? opts.exportReason?.trim() : undefined) || undefined;
  const facts = bundleFacts(doc, run.report, opts.date, reason, opts.version);
  const folders = colourwayFolders(ways.map((cw) => cw.name));
  const colourways: ColourwayFacts[] = ways.map((cw, i) => ({
    name: cw.name, ...(cw.editionSize ? { editionSize: cw.editionSize } : {}), folder: folders[i]!,
    map: cw.map.map((m) => ({ from: m.from, to: colourKey(m.to) })),
    facts: bundleFacts(runs[i]!.cwDoc, runs[i]!.report, opts.date, reason, opts.version),
  }));
  const of = colourways.length + 1;
  progress('Drawing the proof', 0.25);
  let pdf: Uint8Array;
  try {
    pdf = await proofPdf(facts, assets.fonts, opts.paper ?? 'a4',
      colourways.map((cw, i) => ({ facts: cw.facts, colourway: { name: cw.name, index: i + 2, of, ...(cw.editionSize ? { editionSize: cw.editionSize } : {}) } })),
      colourways.length ? { name: 'As drawn', index: 1, of } : undefined);
  } catch (e) {
    return fail(`The proof could not be made: ${e instanceof Error ? e.message : String(e)}`);
  }
  progress('Rendering the mockup', 0.55);
  let png: Uint8Array;
  try {
    png = await assets.renderPng(mockupSvg(facts, MOCKUP_PX));
  } catch (e) {
    return fail(`The mockup could not be rendered: ${e instanceof Error ? e.message : String(e)}`);
  }
  // The backing card the pin ships on, print-ready, when the order is packed on one.
  let card: Uint8Array | undefined;
  if (doc.card && doc.spec.packaging.kind === 'backing-card') {
    progress('Drawing the backing card', 0.7);
    try {
      card = await cardPdf(doc, doc.card, assets.fonts, { title: `${doc.name} — backing card`, date: opts.date });
    } catch (e) {
      return fail(`The backing card could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  progress('Writing the layers', 0.75);
  const chart = pantoneSolidCoated();
  // Swatches named exactly as the proof's spot colours (a custom colour by its matched PMS code):
  // the pin's, then each colourway's inks not already there, so every ink of the order is one.
  const swatches: PaletteEntry[] = [];
  for (const c of [...facts.colours, ...colourways.flatMap((cw) => cw.facts.colours)]) {
    if (swatches.some((s) => s.name === c.spotName)) continue;
    const lab = c.match?.lab ?? chart.find(c.color.code ?? '')?.lab;
    swatches.push({ code: c.spotName, name: c.spotName, hex: c.inkHex, kind: 'stock', ...(lab ? { lab } : {}) });
  }
  const entries: ZipEntry[] = [
    { path: 'README.txt', data: bundleReadme(facts, colourways) },
    { path: 'spec.json', data: `${JSON.stringify(specJson(facts, colourways), null, 2)}\n` },
    { path: 'proof.pdf', data: pdf },
    { path: 'proof.png', data: png },
    ...(card ? [{ path: CARD_FILE, data: card }] : []),
    { path: 'artwork.svg', data: artworkSvg(facts) },
    ...layerSvgs(facts).map((l) => ({ path: l.path, data: l.text })),
    ...colourways.flatMap((cw) => colourwaySvgs(cw.facts, cw.folder)).map((l) => ({ path: l.path, data: l.text })),
    { path: 'check-report.json', data: `${JSON.stringify({ ...toFileReport(`${doc.name}.pin.json`, run.report), ...(ways.length ? { colourways: ways.map((cw, i) => colourwayReport(cw.name, { ok: true, report: runs[i]!.report })) } : {}) }, null, 2)}\n` },
    { path: 'design.pin.json', data: savePinFile(doc) },
    { path: 'swatches.ase', data: writeAse(swatches, doc.name) },
  ];
  progress('Packing the zip', 0.9);
  const zip = await writeZip(entries);
  progress('Done', 1);
  return ok({ zip, files: entries.map((e) => e.path), facts, pdf, png });
}
