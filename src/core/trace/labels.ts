import { buildPaletteSync, utils } from 'image-q';
import { hexToLabD50 } from '../palette/palette.ts';
import type { Raster } from './raster.ts';

/** At most this many pixels teach the quantiser the palette. */
const PALETTE_SAMPLE = 65_536;
/** A pixel whose neighbourhood varies less than this (per channel) is flat colour, not an edge. */
const FLAT_SPREAD = 12;
/** Palette colours closer than this (CIE Lab distance) are one colour. */
const SAME_COLOUR_DE = 8;

/**
 * The opaque pixels of flat areas (evenly spaced, at most PALETTE_SAMPLE): the anti-aliased edge
 * between black and white is a grey the artist never painted, so edges do not teach the palette.
 */
function flatSample(r: Raster): utils.PointContainer {
  const { width: w, height: h, data } = r;
  const flat: number[] = [];
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const o = (y * w + x) * 4;
      if (data[o + 3]! < OPAQUE) continue;
      let spread = 0;
      for (const n of [o - 4, o + 4, o - 4 * w, o + 4 * w, o - 4 * w - 4, o + 4 * w + 4]) {
        for (let c = 0; c < 3; c++) spread = Math.max(spread, Math.abs(data[n + c]! - data[o + c]!));
      }
      if (spread < FLAT_SPREAD) flat.push(o);
    }
  }
  const step = Math.max(1, flat.length / PALETTE_SAMPLE);
  const n = Math.max(1, Math.floor(flat.length / step));
  const px = new Uint8Array(n * 4);
  for (let k = 0; k < n && flat.length; k++) {
    const o = flat[Math.floor(k * step)]!;
    px.set([data[o]!, data[o + 1]!, data[o + 2]!, 255], k * 4);
  }
  return utils.PointContainer.fromUint8Array(px, n, 1);
}

/** Palette colours that are one colour to the eye, once. */
function dedupe(palette: Array<[number, number, number]>): Array<[number, number, number]> {
  const kept: Array<{ rgb: [number, number, number]; lab: number[] }> = [];
  for (const rgb of palette) {
    const lab = hexToLabD50(hex(rgb));
    if (!kept.some((k) => Math.hypot(k.lab[0]! - lab[0]!, k.lab[1]! - lab[1]!, k.lab[2]! - lab[2]!) < SAME_COLOUR_DE)) kept.push({ rgb, lab });
  }
  return kept.map((k) => k.rgb);
}

// The drawing as labels, one a pixel: 0 outside the pin, then one per class (metal, enamel
// colours, or in line art the light cells the artist fills later). Colour quantisation is image-q's
// Wu quantiser (perceptual, deterministic, fast on a megapixel); everything after it (what is
// outside, noise, colour count, walls between colours) is decided here on the label grid.

export type LabelClass = { kind: 'outside' } | { kind: 'metal' } | { kind: 'enamel'; rgb: [number, number, number] } | { kind: 'cell' };

export interface LabelMap {
  width: number;
  height: number;
  labels: Int16Array;
  classes: LabelClass[];
}

export const OUTSIDE = 0;
const METAL = 1;
/** Below this alpha a pixel is not part of the drawing. */
const OPAQUE = 128;
/** Darker than this (Lab L*, with little colour) is an outline: raised metal. */
const METAL_L = 28;
const METAL_CHROMA = 22;

const lum = (d: Uint8Array, o: number) => 0.2126 * d[o]! + 0.7152 * d[o + 1]! + 0.0722 * d[o + 2]!;
const hex = (rgb: readonly number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** Otsu's threshold of the opaque pixels' luminance: what best splits ink from paper. */
export function otsuThreshold(r: Raster): number {
  const hist = new Float64Array(256);
  let n = 0;
  for (let i = 0; i < r.width * r.height; i++) {
    if (r.data[i * 4 + 3]! < OPAQUE) continue;
    hist[Math.round(lum(r.data, i * 4))]!++;
    n++;
  }
  if (!n) return 128;
  let sum = 0;
  for (let t = 0; t < 256; t++) sum += t * hist[t]!;
  let sumB = 0, wB = 0, best = 0, bestT = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (!wB) continue;
    const wF = n - wB;
    if (!wF) break;
    sumB += t * hist[t]!;
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > best) { best = between; bestT = t; }
  }
  return bestT + 0.5;
}

/** Line art: ink darker than `threshold` is metal, the rest paper (cells, or outside). */
export function lineArtLabels(r: Raster, threshold: number): LabelMap {
  const labels = new Int16Array(r.width * r.height);
  for (let i = 0; i < labels.length; i++) {
    const o = i * 4;
    labels[i] = r.data[o + 3]! < OPAQUE ? OUTSIDE : lum(r.data, o) < threshold ? METAL : 2;
  }
  return { width: r.width, height: r.height, labels, classes: [{ kind: 'outside' }, { kind: 'metal' }, { kind: 'cell' }] };
}

/**
 * Flat colour: the drawing quantised to `colours` + 2 colours (room for the outline black and the
 * paper), near-black ones become metal, the rest enamel.
 */
export function flatColourLabels(r: Raster, colours: number): LabelMap {
  // image-q's RGBQuant on flat pixels only: its Wu quantiser took 0.7 s even on 65k pixels.
  const palette = dedupe(buildPaletteSync([flatSample(r)], { colorDistanceFormula: 'euclidean-bt709', paletteQuantization: 'rgbquant', colors: Math.max(2, colours + 2) })
    .getPointContainer().getPointArray().map((p) => [p.r, p.g, p.b] as [number, number, number]));
  const classes: LabelClass[] = [{ kind: 'outside' }, { kind: 'metal' }];
  const labelOf = palette.map((rgb) => {
    const [L, a, b] = hexToLabD50(hex(rgb));
    if (L < METAL_L && Math.hypot(a, b) < METAL_CHROMA) return METAL;
    classes.push({ kind: 'enamel', rgb });
    return classes.length - 1;
  });
  const cache = new Map<number, number>();
  const labels = new Int16Array(r.width * r.height);
  for (let i = 0; i < labels.length; i++) {
    const o = i * 4;
    if (r.data[o + 3]! < OPAQUE) { labels[i] = OUTSIDE; continue; }
    const key = (r.data[o]! << 16) | (r.data[o + 1]! << 8) | r.data[o + 2]!;
    let l = cache.get(key);
    if (l === undefined) {
      let best = Infinity;
      palette.forEach((p, k) => {
        const d = 0.2126 * (p[0] - r.data[o]!) ** 2 + 0.7152 * (p[1] - r.data[o + 1]!) ** 2 + 0.0722 * (p[2] - r.data[o + 2]!) ** 2;
        if (d < best) { best = d; l = labelOf[k]; }
      });
      cache.set(key, l!);
    }
    labels[i] = l!;
  }
  return { width: r.width, height: r.height, labels, classes };
}

/** Approximate Euclidean distance (px) from every pixel to the nearest `source` pixel (chamfer 3-4). */
export function distanceFrom(source: (i: number) => boolean, w: number, h: number): Float32Array {
  const d = new Float32Array(w * h);
  const far = 3 * (w + h);
  for (let i = 0; i < d.length; i++) d[i] = source(i) ? 0 : far;
  // Two raster passes, the neighbours written out (a closure per pixel cost 2–3× in Chromium).
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      let v = d[i]!;
      if (x > 0 && d[i - 1]! + 3 < v) v = d[i - 1]! + 3;
      if (y > 0) {
        if (d[i - w]! + 3 < v) v = d[i - w]! + 3;
        if (x > 0 && d[i - w - 1]! + 4 < v) v = d[i - w - 1]! + 4;
        if (x < w - 1 && d[i - w + 1]! + 4 < v) v = d[i - w + 1]! + 4;
      }
      d[i] = v;
    }
  }
  for (let y = h - 1; y >= 0; y--) {
    for (let x = w - 1; x >= 0; x--) {
      const i = y * w + x;
      let v = d[i]!;
      if (x < w - 1 && d[i + 1]! + 3 < v) v = d[i + 1]! + 3;
      if (y < h - 1) {
        if (d[i + w]! + 3 < v) v = d[i + w]! + 3;
        if (x < w - 1 && d[i + w + 1]! + 4 < v) v = d[i + w + 1]! + 4;
        if (x > 0 && d[i + w - 1]! + 4 < v) v = d[i + w - 1]! + 4;
      }
      d[i] = v;
    }
  }
  for (let i = 0; i < d.length; i++) d[i] = d[i]! / 3;
  return d;
}

/** 1 for the labels a factory fills with enamel (enamel colours, and cells waiting for one). */
function fillableLabels(m: LabelMap): Uint8Array {
  return Uint8Array.from(m.classes, (c) => (c.kind === 'enamel' || c.kind === 'cell' ? 1 : 0));
}

/** Pixels with a 4-neighbour of another label (the edges of every area). */
function edgesOf(labels: Int16Array, w: number, h: number): Uint8Array {
  const e = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const l = labels[i];
      if ((x > 0 && labels[i - 1] !== l) || (x < w - 1 && labels[i + 1] !== l) || (y > 0 && labels[i - w] !== l) || (y < h - 1 && labels[i + w] !== l)) e[i] = 1;
    }
  }
  return e;
}

/**
 * What is outside the pin: the paper colour (the light label that holds most of the image's
 * border) reachable from the border without passing within `gapPx` of metal, so a line drawing
 * whose outline has small gaps still keeps its inside. Labels it OUTSIDE in place.
 */
export function markOutside(m: LabelMap, gapPx: number): void {
  const { width: w, height: h, labels } = m;
  const border = new Map<number, number>();
  const count = (i: number) => border.set(labels[i]!, (border.get(labels[i]!) ?? 0) + 1);
  for (let x = 0; x < w; x++) { count(x); count((h - 1) * w + x); }
  for (let y = 0; y < h; y++) { count(y * w); count(y * w + w - 1); }
  const paper = [...border].filter(([l]) => l !== METAL && l !== OUTSIDE).sort((a, b) => b[1] - a[1])[0]?.[0];
  const nearMetal = distanceFrom((i) => labels[i] === METAL, w, h);
  const open = (i: number) => labels[i] === OUTSIDE || (labels[i] === paper && nearMetal[i]! > gapPx);
  const out = new Uint8Array(w * h);
  const stack: number[] = [];
  const push = (i: number) => { if (!out[i] && open(i)) { out[i] = 1; stack.push(i); } };
  for (let x = 0; x < w; x++) { push(x); push((h - 1) * w + x); }
  for (let y = 0; y < h; y++) { push(y * w); push(y * w + w - 1); }
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % w;
    if (x > 0) push(i - 1);
    if (x < w - 1) push(i + 1);
    if (i >= w) push(i - w);
    if (i < w * (h - 1)) push(i + w);
  }
  // Back up to the lines: the paper the gap kept the flood from, next to what it reached.
  const fromOut = distanceFrom((i) => out[i] === 1, w, h);
  for (let i = 0; i < labels.length; i++) if (out[i] || (labels[i] === paper && fromOut[i]! <= gapPx + 1)) labels[i] = OUTSIDE;
}

/**
 * Connected areas (4-neighbour) of one label each that a factory could not fill or would lose:
 * smaller than `minPx` pixels, or (enamel and cells) nowhere `minWidthPx` wide. Each takes the
 * label around it most. Returns how many were merged.
 */
export function mergeSmall(m: LabelMap, minPx: number, minWidthPx = 0): number {
  const { width: w, height: h, labels, classes } = m;
  // How deep inside its own label each pixel is (0 on an edge): twice the deepest is the width.
  let depth: Float32Array | null = null;
  if (minWidthPx > 0) {
    const edge = edgesOf(labels, w, h);
    depth = distanceFrom((i) => edge[i] === 1, w, h);
  }
  const fillable = fillableLabels(m);
  const seen = new Uint8Array(w * h);
  const comp = new Int32Array(w * h);
  // Pixels of other labels around the area, counted per label (labels are a few dozen at most).
  const around = new Int32Array(classes.length);
  let merged = 0;
  for (let start = 0; start < labels.length; start++) {
    if (seen[start]) continue;
    const l = labels[start]!;
    const widthMatters = depth !== null && fillable[l] === 1;
    let n = 0;
    comp[n++] = start;
    seen[start] = 1;
    around.fill(0);
    let deepest = 0;
    let others = 0;
    for (let k = 0; k < n; k++) {
      const i = comp[k]!;
      if (depth && depth[i]! > deepest) deepest = depth[i]!;
      const x = i % w;
      // The four neighbours, written out: this loop runs once a pixel.
      for (let q = 0; q < 4; q++) {
        const j = q === 0 ? (x > 0 ? i - 1 : -1) : q === 1 ? (x < w - 1 ? i + 1 : -1) : q === 2 ? i - w : i < w * (h - 1) ? i + w : -1;
        if (j < 0) continue;
        const lj = labels[j]!;
        if (lj === l) { if (!seen[j]) { seen[j] = 1; comp[n++] = j; } } else { around[lj]!++; others++; }
      }
    }
    const thin = widthMatters && 2 * deepest + 1 < minWidthPx;
    if ((n >= minPx && !thin) || !others) continue;
    let to = -1;
    for (let lab = 0; lab < around.length; lab++) if (to < 0 || around[lab]! > around[to]!) to = lab;
    for (let k = 0; k < n; k++) labels[comp[k]!] = to;
    merged++;
  }
  return merged;
}

/** At most `max` enamel colours: the least used is folded into the nearest (CIE Lab) until they fit. */
export function capColours(m: LabelMap, max: number): void {
  const use = new Map<number, number>();
  for (const l of m.labels) if (m.classes[l]?.kind === 'enamel') use.set(l, (use.get(l) ?? 0) + 1);
  const lab = (l: number) => { const c = m.classes[l] as { rgb: number[] }; return hexToLabD50(hex(c.rgb)); };
  const to = new Map<number, number>();
  while (use.size > max) {
    const [least] = [...use].sort((a, b) => a[1] - b[1])[0]!;
    use.delete(least);
    const [L, a, b] = lab(least);
    const nearest = [...use.keys()].sort((p, q) => { const x = lab(p); const y = lab(q); return Math.hypot(x[0] - L, x[1] - a, x[2] - b) - Math.hypot(y[0] - L, y[1] - a, y[2] - b); })[0]!;
    to.set(least, nearest);
    use.set(nearest, (use.get(nearest) ?? 0) + 1);
  }
  if (!to.size) return;
  const final = (l: number): number => (to.has(l) ? final(to.get(l)!) : l);
  for (let i = 0; i < m.labels.length; i++) m.labels[i] = final(m.labels[i]!);
}

/** Where two enamel colours meet, a metal wall `widthPx` wide (a hard enamel pin needs one). */
export function wallsBetweenColours(m: LabelMap, widthPx: number): void {
  const { width: w, height: h, labels, classes } = m;
  const isEnamel = Uint8Array.from(classes, (c) => (c.kind === 'enamel' ? 1 : 0));
  const enamel = (l: number) => isEnamel[l] === 1;
  const edge = new Uint8Array(w * h);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (!enamel(l)) continue;
    const x = i % w;
    if ((x < w - 1 && enamel(labels[i + 1]!) && labels[i + 1] !== l) || (i < w * (h - 1) && enamel(labels[i + w]!) && labels[i + w] !== l)) edge[i] = 1;
  }
  const d = distanceFrom((i) => edge[i] === 1, w, h);
  for (let i = 0; i < labels.length; i++) if (enamel(labels[i]!) && d[i]! <= widthPx / 2) labels[i] = METAL;
}

/**
 * Enamel (and cells) narrower than `minWidthPx` where they narrow into a tail or a sliver become
 * metal: a morphological opening of every such label at once (the part of a label within half the
 * width of its own deep-enough core stays, the rest is filled with metal, as a factory would).
 */
export function openNarrowEnamel(m: LabelMap, minWidthPx: number): number {
  const { width: w, height: h, labels } = m;
  const r = minWidthPx / 2;
  const fill = fillableLabels(m);
  const fillable = (l: number) => fill[l] === 1;
  const edge = edgesOf(labels, w, h);
  const depth = distanceFrom((i) => edge[i] === 1, w, h);
  // A label's core: deep enough inside it. Within r of a core pixel is that core's own label.
  const fromCore = distanceFrom((i) => fillable(labels[i]!) && depth[i]! >= r, w, h);
  let filled = 0;
  for (let i = 0; i < labels.length; i++) {
    if (fillable(labels[i]!) && fromCore[i]! > r + 0.5) { labels[i] = METAL; filled++; }
  }
  return filled;
}
