import { emptyDocument } from '../document/defaults.ts';
import { exceededLimit } from '../document/limits.ts';
import type { ColorRef, Item, PinDocument } from '../document/types.ts';
import { dieAround } from '../editing/deriveOutline.ts';
import { area, intersect, offset, regionFromPath, regionToPath, union, type Region } from '../geometry/index.ts';
import { pantoneSolidCoated } from '../palette/pantone.ts';
import { fail, ok, type Result } from '../result.ts';
import { fitTolerancePx, traceLabels } from './contours.ts';
import { capColours, flatColourLabels, lineArtLabels, markOutside, mergeSmall, openNarrowEnamel, otsuThreshold, OUTSIDE, wallsBetweenColours, type LabelMap } from './labels.ts';
import { decodeRaster, resample, type Raster } from './raster.ts';

// A drawing into a pin: dark ink becomes raised metal with its real widths at the pin's size,
// colour areas become enamel snapped to the nearest standard PMS colour, specks smaller than a
// factory can fill are merged into what surrounds them, and a die line with a rim is proposed.

export type TraceMode = 'line-art' | 'flat-colour';

export interface TraceOptions {
  mode: TraceMode;
  /** The pin's longest side in mm, die line and rim included. */
  sizeMm: number;
  /** Line art: ink is darker than this (0–255); Otsu's threshold of the drawing when not given. */
  threshold?: number;
  /** Flat colour: at most this many enamel colours (1–12). */
  colours?: number;
  /** 0–1: finer working resolution, smaller features kept. */
  detail?: number;
  /** 0–1: how freely lines and curves are fitted to the pixel outlines. */
  smoothness?: number;
  /** Metal rim inside the proposed die line (mm). */
  rimMm?: number;
  /** Flat colour: a metal wall where two colours touch (hard enamel needs one). */
  walls?: boolean;
  /** Line art: fill every cell with this enamel instead of leaving them for the bucket. */
  fillCells?: ColorRef;
  name?: string;
  onProgress?: (step: string, done: number) => void;
}

export const TRACE_DEFAULTS = { colours: 6, detail: 0.5, smoothness: 0.5, rimMm: 1, walls: true } as const;
/** The metal wall put between two touching colours (mm): the recommended width, not the minimum. */
export const TRACE_WALL_MM = 0.3;
/**
 * Gaps in an outline narrower than this (mm) do not let the outside in: a sketch's outline is
 * rarely closed, a flat-colour drawing's colour areas are.
 */
const LINE_ART_GAP_MM = 2;
const COLOUR_GAP_MM = 0.4;
/** Enamel narrower than this everywhere is merged into what surrounds it (the check warns below 0.35 mm). */
export const TRACE_MIN_ENAMEL_MM = 0.4;
const SIZE_RANGE: [number, number] = [5, 150];

export interface TraceStats {
  /** The drawing's own size, and the size it was traced at. */
  imagePx: [number, number];
  workingPx: [number, number];
  mmPerPx: number;
  mode: TraceMode;
  threshold?: number;
  /** Enamel colours in the pin (after snapping to PMS). */
  colours: number;
  /** Line art: the light cells left for the bucket. */
  cells: number;
  metalMm2: number;
  /** Specks merged into their surroundings. */
  merged: number;
}

export interface Traced {
  doc: PinDocument;
  stats: TraceStats;
}

const clamp01 = (v: number | undefined, d: number) => (v === undefined || !Number.isFinite(v) ? d : Math.min(1, Math.max(0, v)));
const hex = (rgb: readonly number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`.toUpperCase();

/** Mostly grey (little colour in the opaque pixels): a line drawing; else flat colour. */
export function guessMode(img: Raster): TraceMode {
  const step = Math.max(1, Math.floor((img.width * img.height) / 100_000));
  let chroma = 0;
  let n = 0;
  for (let i = 0; i < img.width * img.height; i += step) {
    const o = i * 4;
    if (img.data[o + 3]! < 128) continue;
    const [r, g, b] = [img.data[o]!, img.data[o + 1]!, img.data[o + 2]!];
    chroma += Math.max(r, g, b) - Math.min(r, g, b);
    n++;
  }
  return n && chroma / n > LINE_ART_CHROMA ? 'flat-colour' : 'line-art';
}
/** Mean colourfulness (max − min channel, 0–255) below which a drawing is line art: a tinted scan stays under it. */
const LINE_ART_CHROMA = 18;

/** Checks the options, in words. */
function optionProblem(o: TraceOptions): string | undefined {
  if (!(o.sizeMm >= SIZE_RANGE[0] && o.sizeMm <= SIZE_RANGE[1])) return `The pin size must be between ${SIZE_RANGE[0]} and ${SIZE_RANGE[1]} mm (got ${o.sizeMm}).`;
  if (o.mode !== 'line-art' && o.mode !== 'flat-colour') return `The tracing mode is "line-art" or "flat-colour" (got "${String(o.mode)}").`;
  if (o.colours !== undefined && !(Number.isInteger(o.colours) && o.colours >= 1 && o.colours <= 12)) return `The colour count must be a whole number from 1 to 12 (got ${o.colours}).`;
  if (o.threshold !== undefined && !(o.threshold >= 0 && o.threshold <= 255)) return `The threshold must be between 0 and 255 (got ${o.threshold}).`;
  const rim = o.rimMm ?? TRACE_DEFAULTS.rimMm;
  if (!(rim > 0 && rim <= 5 && rim * 4 < o.sizeMm)) return `The rim must be more than 0 and at most 5 mm, and small beside the pin (got ${rim} mm).`;
  return undefined;
}

/** Traces PNG or JPEG bytes (see decodeRaster for what is refused). */
export function traceImageFile(bytes: Uint8Array, o: TraceOptions, fileName = 'the image'): Result<Traced> {
  const problem = optionProblem(o);
  if (problem) return fail(problem);
  o.onProgress?.('Reading the image', 0.02);
  const r = decodeRaster(bytes, fileName);
  return r.ok ? traceImage(r.value, o) : r;
}

export function traceImage(img: Raster, o: TraceOptions): Result<Traced> {
  const problem = optionProblem(o);
  if (problem) return fail(problem);
  const progress = o.onProgress ?? (() => {});
  const detail = clamp01(o.detail, TRACE_DEFAULTS.detail);
  const rim = o.rimMm ?? TRACE_DEFAULTS.rimMm;
  // 12–40 px a millimetre: a 0.2 mm metal line is 2.4–8 px wide.
  const pxPerMm = 12 + 28 * detail;
  progress('Scaling', 0.08);
  const work = resample(img, Math.min(1600, Math.max(200, Math.round(o.sizeMm * pxPerMm))));
  progress(o.mode === 'line-art' ? 'Finding the ink' : 'Finding the colours', 0.15);
  const threshold = o.mode === 'line-art' ? o.threshold ?? otsuThreshold(work) : undefined;
  const m: LabelMap = o.mode === 'line-art' ? lineArtLabels(work, threshold!) : flatColourLabels(work, o.colours ?? TRACE_DEFAULTS.colours);
  const bbox0 = artBox(m);
  if (!bbox0) return fail(o.mode === 'line-art' ? 'No ink found: the whole image is lighter than the threshold. Lower the threshold, or check the image is a drawing.' : 'The image is empty (fully transparent).');
  // Millimetres a working pixel is at the pin's size (the art inside the rim).
  let mmPerPx = (o.sizeMm - 2 * rim) / Math.max(bbox0.w, bbox0.h);
  progress('Finding the outside', 0.35);
  markOutside(m, Math.max(1, (o.mode === 'line-art' ? LINE_ART_GAP_MM : COLOUR_GAP_MM) / mmPerPx));
  // The smallest area kept on its own: 0.25–0.6 mm across, as a factory can fill it.
  const minFeatureMm = 0.6 - 0.35 * detail;
  progress('Merging specks', 0.45);
  const minPx = Math.max(4, Math.round((minFeatureMm / mmPerPx) ** 2));
  const minWidthPx = TRACE_MIN_ENAMEL_MM / mmPerPx;
  let merged = mergeSmall(m, minPx, minWidthPx);
  if (o.mode === 'flat-colour') {
    capColours(m, o.colours ?? TRACE_DEFAULTS.colours);
    if (o.walls ?? TRACE_DEFAULTS.walls) {
      // A pixel more each side: the fitted outlines may come in a little.
      wallsBetweenColours(m, TRACE_WALL_MM / mmPerPx + 2);
      // Walls can cut off corners too small to fill: they become metal.
      merged += mergeSmall(m, minPx, minWidthPx);
    }
  }
  // Tails and slivers of a colour too narrow to fill become metal too.
  if (openNarrowEnamel(m, minWidthPx)) merged += mergeSmall(m, minPx, minWidthPx);
  const bbox = artBox(m);
  if (!bbox) return fail('Nothing is left inside the pin once the paper around the drawing is taken away: try the other mode, or a higher threshold.');
  mmPerPx = (o.sizeMm - 2 * rim) / Math.max(bbox.w, bbox.h);
  progress('Tracing outlines', 0.6);
  const origin = { x: rim + 1 - bbox.x * mmPerPx, y: rim + 1 - bbox.y * mmPerPx };
  const smooth = clamp01(o.smoothness, TRACE_DEFAULTS.smoothness);
  const shapes = traceLabels(m, smooth, mmPerPx, origin);
  // Each outline is fitted on its own and may stray from its neighbour's by the fitting tolerance:
  // enamel grows by that (and half a pixel) under the metal, so no hairline of bare recess opens.
  const grow = (fitTolerancePx(smooth) + 0.5) * mmPerPx;
  progress('Making the pin', 0.85);
  const chart = pantoneSolidCoated();
  const colours = new Map<string, { color: ColorRef; regions: Region[] }>();
  const metal: Item[] = [];
  let metalMm2 = 0;
  let cells = 0;
  const inside: Region[] = [];
  for (const s of shapes) {
    const cls = m.classes[s.label];
    if (!cls || s.label === OUTSIDE) continue;
    const own = regionFromPath(s.path, 'evenodd');
    inside.push(own);
    if (cls.kind === 'metal') {
      metalMm2 += area(own);
      metal.push({ id: 'traced-metal', kind: 'metal-area', name: 'Metal (traced)', path: s.path, fillRule: 'evenodd' });
    } else if (cls.kind === 'cell' && !o.fillCells) {
      cells += s.path.filter((sp) => !isHole(sp)).length;
    } else if (cls.kind === 'enamel' || cls.kind === 'cell') {
      const match = cls.kind === 'enamel' ? chart.nearest(hex(cls.rgb), 1)[0] : undefined;
      const color: ColorRef = cls.kind === 'cell' ? { ...o.fillCells! } : match ? { hex: match.entry.hex, code: match.entry.code } : { hex: hex(cls.rgb) };
      const key = color.code ?? color.hex;
      const had = colours.get(key);
      if (had) had.regions.push(own); else colours.set(key, { color, regions: [own] });
    }
  }
  // The die goes around everything inside the pin as traced, the cells the artist fills later too.
  const die = dieAround(union(...inside), rim, { outline: 'traced-die', rim: 'traced-rim' });
  const dieRegion = die.ok ? regionFromPath(die.outline.path) : null;
  // Each outline is fitted on its own and may stray from its neighbour's by the fitting tolerance:
  // enamel grows by that (and half a pixel) under the metal and the rim, both painted over it, so
  // no hairline of bare recess opens; never past the die line.
  const enamel: Item[] = [...colours.values()].map(({ color, regions }, i) => {
    const grown = offset(union(...regions), grow);
    return { id: `traced-fill-${i + 1}`, kind: 'enamel-fill', name: `Enamel ${color.code ?? color.hex}`, path: regionToPath(dieRegion ? intersect(grown, dieRegion) : grown), fillRule: 'nonzero', color, finish: 'standard' };
  });
  const artW = bbox.w * mmPerPx;
  const artH = bbox.h * mmPerPx;
  const doc = emptyDocument(o.name ?? 'Traced pin', Math.round((artW + 2 * rim + 2) * 100) / 100, Math.round((artH + 2 * rim + 2) * 100) / 100);
  const all = [...enamel, ...metal];
  for (const it of all) doc.items[it.id] = it;
  doc.order = all.map((it) => it.id);
  if (die.ok) {
    doc.items[die.outline.id] = die.outline;
    doc.items[die.rim.id] = die.rim;
    doc.order = [die.outline.id, ...doc.order, die.rim.id];
  }
  // A pin past the document limits could be opened but not saved and reopened: say so instead.
  const over = exceededLimit(doc);
  if (over) return fail(`The traced pin is too detailed to keep: ${over.replace(/\.$/, '')}. Lower the detail or raise the smoothness.`);
  progress('Done', 1);
  return ok({
    doc,
    stats: {
      imagePx: [img.width, img.height], workingPx: [work.width, work.height], mmPerPx, mode: o.mode, ...(threshold !== undefined ? { threshold: Math.round(threshold) } : {}),
      colours: enamel.length, cells, metalMm2, merged,
    },
  });
}

/** A hole ring (clockwise in the tracer's y-down frame: negative shoelace area). */
function isHole(sp: { segments: Array<{ x: number; y: number }> }): boolean {
  let a = 0;
  const s = sp.segments;
  for (let i = 0; i < s.length; i++) { const p = s[i]!; const q = s[(i + 1) % s.length]!; a += p.x * q.y - q.x * p.y; }
  return a < 0;
}

/** The bounding box (px) of everything not outside. */
function artBox(m: LabelMap): { x: number; y: number; w: number; h: number } | undefined {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < m.labels.length; i++) {
    if (m.labels[i] === OUTSIDE) continue;
    const x = i % m.width;
    const y = (i - x) / m.width;
    if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
  }
  return x1 < x0 ? undefined : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}
