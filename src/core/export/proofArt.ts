import { PDFHexString, PDFName, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { PathGeom } from '../document/types.ts';
import { isEmpty, regionToPath, type Bounds, type Region } from '../geometry/index.ts';
import { PLATING_FLAT } from '../kinds/plating.ts';
import { pantoneSolidCoated } from '../palette/pantone.ts';
import { hexToLabD50 } from '../palette/palette.ts';
import type { BundleFacts, ColourFact } from './facts.ts';
import { RECESS_HATCH_MM } from './mockup.ts';

// The art of the proof and its plates: one Separation (spot) colour space per enamel colour named
// as the ink the factory mixes, one for the metal, CutContour for the die line; optional-content
// layers Die line / Metal / each enamel colour / Proof notes. The art is drawn from the made
// geometry (facts.made), so each plate holds exactly its part: a hole is empty in every plate,
// no metal pokes past the cut line. Marks that are not art (callouts, dimensions, text) go in
// "Proof notes" and overprint, so they never knock a hole in an art plate.

export const f = (v: number) => String(Number(v.toFixed(4)));
/** A screen colour as Lab (D50), the alternate of a spot colour without a published Lab. */
const hexLab = (hex: string) => hexToLabD50(hex).map((v) => Number(v.toFixed(2)));
/** The cut line's screen colour (the usual CutContour magenta). */
const CUT_CONTOUR_HEX = '#EC008C';

/** Path operators for document-mm geometry (the view's `cm` maps mm to points). */
export function pathOps(path: PathGeom): string {
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

export interface View {
  /** mm → pt: x' = k·x + tx, y' = ty − k·y (mirrored: x' = tx − k·x). */
  k: number;
  tx: number;
  ty: number;
  mirror?: boolean;
}
export const place = (b: Bounds, x: number, yTop: number, k: number, mirror = false): View =>
  mirror ? { k, tx: x + k * b.maxX, ty: yTop + k * b.minY, mirror } : { k, tx: x - k * b.minX, ty: yTop + k * b.minY };
export const toPt = (v: View, x: number, y: number) => ({ x: v.mirror ? v.tx - v.k * x : v.k * x + v.tx, y: v.ty - v.k * y });
export const cm = (v: View) => `${f(v.mirror ? -v.k : v.k)} 0 0 ${f(-v.k)} ${f(v.tx)} ${f(v.ty)} cm`;

export const PROOF_NOTES_LAYER = 'Proof notes';

export interface ProofPlates {
  /** The pin in a view, each part in its layer and plate. */
  art(v: View): string;
  /** The silhouette only (the back view), in the metal's spot colour. */
  silhouette(v: View): string;
  /** Fill operator for a colour's swatch: its spot colour. */
  fillOf(c: ColourFact): string;
  /** Fill operator for the metal's spot colour. */
  metalFill: string;
  /** Wraps non-art marks: in the Proof notes layer, overprinting (they knock nothing out). */
  notes(ops: string): string;
  /** Operators that open and close the Proof notes layer around pdf-lib's own text operators. */
  notesOpen: string;
  notesClose: string;
}

/** The proof's layers (optional content groups), one per name however many pages use it. */
export interface ProofLayers {
  of(name: string): PDFRef;
  /** Writes the layer list into the catalog, in the order first used. */
  finish(): void;
}

export function proofLayers(pdf: PDFDocument): ProofLayers {
  const ctx = pdf.context;
  const refs = new Map<string, PDFRef>();
  return {
    of(name) {
      let r = refs.get(name);
      if (!r) refs.set(name, (r = ctx.register(ctx.obj({ Type: 'OCG', Name: PDFHexString.fromText(name) }))));
      return r;
    },
    finish() {
      // The notes layer last, as Acrobat lists it under the art.
      const ocgs = [...refs].sort(([a], [b]) => Number(a === PROOF_NOTES_LAYER) - Number(b === PROOF_NOTES_LAYER)).map(([, r]) => r);
      pdf.catalog.set(PDFName.of('OCProperties'), ctx.obj({
        OCGs: ocgs,
        D: ctx.obj({ Name: PDFHexString.fromText('Pinsmith layers'), Order: ocgs, ON: ocgs, OFF: [] }),
      }));
    },
  };
}

export function proofPlates(pdf: PDFDocument, page: PDFPage, facts: BundleFacts, layers: ProofLayers): ProofPlates {
  const { doc, made } = facts;
  const ctx = pdf.context;
  const spaces: Record<string, PDFRef> = {};
  const chart = pantoneSolidCoated();
  // Every alternate is Lab (device-independent): no device colour space that could disagree with
  // the output intent, and viewers show each plate in its own colour.
  const separation = (name: string, lab: readonly number[]) => {
    const fn = ctx.register(ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: [100, 0, 0], C1: [...lab], N: 1 }));
    const altSpace = ctx.obj(['Lab', ctx.obj({ WhitePoint: [0.9642, 1, 0.8249], Range: [-128, 127, -128, 127] })]);
    return ctx.register(ctx.obj([PDFName.of('Separation'), PDFName.of(name), altSpace, fn]));
  };
  // Every enamel colour is a spot colour, a custom one too (named after the PMS code it is
  // matched to, with that ink's Lab): nothing lands on the process plates.
  facts.colours.forEach((c, i) => {
    const lab = c.match?.lab ?? (c.color.code ? chart.find(c.color.code)?.lab : undefined);
    spaces[`CS${i}`] = separation(c.spotName, lab ?? hexLab(c.inkHex));
  });
  const metalName = `Metal ${doc.spec.plating.replace(/-/g, ' ')}`;
  spaces.CSM = separation(metalName, hexLab(PLATING_FLAT[doc.spec.plating]));
  spaces.CSD = separation('CutContour', hexLab(CUT_CONTOUR_HEX));

  const layerNames = ['Die line', 'Metal', ...facts.colours.map((c) => `Enamel ${c.spotName}`), PROOF_NOTES_LAYER];
  const ocgs = layerNames.map((name) => layers.of(name));
  const props: Record<string, PDFRef> = {};
  ocgs.forEach((ref, i) => { props[`OC${i}`] = ref; });
  const notesOc = `OC${ocgs.length - 1}`;
  const resources = page.node.Resources()!;
  resources.set(PDFName.of('ColorSpace'), ctx.obj(spaces));
  resources.set(PDFName.of('Properties'), ctx.obj(props));
  // Overprint: the cut line and the notes add ink to their plates and take none from the others.
  resources.set(PDFName.of('ExtGState'), ctx.obj({ GSop: ctx.obj({ Type: 'ExtGState', OP: true, op: true, OPM: 1 }) }));

  const ops = new Map<Region, string>();
  const opsOf = (r: Region) => {
    let o = ops.get(r);
    if (o === undefined) ops.set(r, (o = pathOps(regionToPath(r))));
    return o;
  };
  const cutPaths = doc.order.map((id) => doc.items[id]!).filter((it) => it && !it.hidden && (it.kind === 'outline' || it.kind === 'cutout'));
  const cutOps = cutPaths.map((it) => pathOps(it.kind === 'outline' || it.kind === 'cutout' ? it.path : [])).join('\n');
  const fillOf = (c: ColourFact) => `/CS${facts.colours.indexOf(c)} cs 1 scn`;

  return {
    art(v) {
      const out: string[] = ['q', cm(v)];
      // Each part is an exact area disjoint from the others: even-odd keeps every hole open.
      if (!isEmpty(made.die)) out.push('/OC /OC1 BDC', '/CSM cs 1 scn', opsOf(made.die), 'f*', 'EMC');
      facts.colours.forEach((c, i) => {
        if (!isEmpty(c.region)) out.push(`/OC /OC${i + 2} BDC`, fillOf(c), opsOf(c.region), 'f*', 'EMC');
      });
      if (!isEmpty(made.metal)) out.push('/OC /OC1 BDC', '/CSM cs 1 scn', opsOf(made.metal), 'f*', 'EMC');
      // Bare recess: sunk metal with no enamel, hatched in the notes so the proof never passes it off as raised metal.
      if (!isEmpty(made.recess)) {
        const b = { minX: facts.bounds.minX, maxX: facts.bounds.maxX, minY: facts.bounds.minY, maxY: facts.bounds.maxY };
        const hatch: string[] = [];
        const span = b.maxX - b.minX + b.maxY - b.minY;
        for (let t = 0; t <= span; t += RECESS_HATCH_MM) hatch.push(`${f(b.minX + t)} ${f(b.minY)} m ${f(b.minX + t - (b.maxY - b.minY))} ${f(b.maxY)} l`);
        out.push(`/OC /${notesOc} BDC`, 'q /GSop gs', opsOf(made.recess), 'W* n', '0.45 G', `${f(RECESS_HATCH_MM / 4)} w`, hatch.join('\n'), 'S Q', 'EMC');
      }
      if (cutOps) out.push('/OC /OC0 BDC', 'q /GSop gs', '/CSD CS 1 SCN', `${f(0.6 / v.k)} w`, cutOps, 'S Q', 'EMC');
      out.push('Q');
      return out.join('\n');
    },
    silhouette(v) {
      return isEmpty(made.die) ? '' : `q ${cm(v)} /OC /OC1 BDC /CSM cs 1 scn ${opsOf(made.die)} f* EMC Q`;
    },
    fillOf,
    metalFill: '/CSM cs 1 scn',
    notes: (o) => `/OC /${notesOc} BDC q /GSop gs\n${o}\nQ EMC`,
    notesOpen: `/OC /${notesOc} BDC q /GSop gs`,
    notesClose: 'Q EMC',
  };
}
