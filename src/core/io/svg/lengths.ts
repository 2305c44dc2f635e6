import { scale, type Matrix } from '../../geometry/index.ts';
import { fail, ok, type Result } from '../../result.ts';
import { MM_PER_INCH, PX_PER_INCH, unitToMm } from '../../units.ts';
import { fitViewBox } from './viewport.ts';
import type { XNode } from './xml.ts';

/** User units per unit, inside the SVG's own user space (1 user unit = 1 px). */
const USER_PER: Record<string, number> = {
  '': 1, px: 1, in: PX_PER_INCH, mm: PX_PER_INCH / MM_PER_INCH, cm: (PX_PER_INCH / MM_PER_INCH) * 10,
  pt: PX_PER_INCH / 72, pc: PX_PER_INCH / 6,
};

/** A length in user units ("0.5mm" inside the drawing is 1.89 user units). `%` is of `ref`. */
export function parseUserLength(v: string | undefined, ref = 0): number | undefined {
  if (v === undefined) return undefined;
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(px|in|mm|cm|pt|pc|em|ex|%)?\s*$/i.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === '%') return (n / 100) * ref;
  if (unit === 'em' || unit === 'ex') return n * 16 * (unit === 'ex' ? 0.5 : 1);
  return n * (USER_PER[unit] ?? 1);
}

/** What a percentage of a length with no direction (a stroke width, a radius) is of: SVG's normalised viewport diagonal. */
export const viewportDiagonal = (w: number, h: number) => Math.hypot(w, h) / Math.SQRT2;

export function parseNumberList(v: string | undefined): number[] {
  if (!v) return [];
  const out: number[] = [];
  const re = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(v))) {
    const n = Number(m[0]);
    if (Number.isFinite(n)) out.push(n);
  }
  return out;
}

export interface Viewport {
  /** User space of the root to document mm. */
  matrix: Matrix;
  widthMm: number;
  heightMm: number;
  /** The viewBox (or the viewport) in user units, for percentages. */
  vbWidth: number;
  vbHeight: number;
}

function lengthMm(v: string | undefined): Result<number | undefined> {
  if (v === undefined || v.trim() === '' || /%\s*$/.test(v)) return ok(undefined);
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  if (!m) return fail(`the size "${v}" is not a length`);
  const per = unitToMm(m[2] ?? '');
  if (per === undefined) return fail(`the unit "${m[2]}" in "${v}" is not one of mm, cm, in, pt, pc, px`);
  const n = Number(m[1]) * per;
  if (!(n > 0) || !Number.isFinite(n)) return fail(`the size "${v}" must be greater than 0`);
  return ok(n);
}

/** width/height in real units plus the viewBox define the scale (CONTRACTS.md). */
export function rootViewport(svg: XNode): Result<Viewport> {
  const w = lengthMm(svg.attrs.width);
  if (!w.ok) return fail(`<svg width>: ${w.reason}`);
  const h = lengthMm(svg.attrs.height);
  if (!h.ok) return fail(`<svg height>: ${h.reason}`);
  const vbRaw = svg.attrs.viewBox ?? svg.attrs.viewbox;
  let vb: number[] | undefined;
  if (vbRaw !== undefined) {
    vb = parseNumberList(vbRaw);
    if (vb.length !== 4 || !(vb[2]! > 0) || !(vb[3]! > 0)) return fail(`the viewBox "${vbRaw}" needs four numbers with a positive width and height`);
  }
  const pxMm = MM_PER_INCH / PX_PER_INCH;
  if (!vb) {
    // No viewBox: user units are px; width/height only set the viewport.
    const widthMm = w.value ?? h.value ?? 100 * pxMm;
    const heightMm = h.value ?? w.value ?? 100 * pxMm;
    return ok({ matrix: scale(pxMm), widthMm, heightMm, vbWidth: widthMm / pxMm, vbHeight: heightMm / pxMm });
  }
  const [vx, vy, vw, vh] = vb as [number, number, number, number];
  let widthMm = w.value;
  let heightMm = h.value;
  if (widthMm === undefined && heightMm === undefined) {
    widthMm = vw * pxMm;
    heightMm = vh * pxMm;
  } else if (widthMm === undefined) widthMm = (heightMm! * vw) / vh;
  else if (heightMm === undefined) heightMm = (widthMm * vh) / vw;
  return ok({
    matrix: fitViewBox([vx, vy, vw, vh], 0, 0, widthMm, heightMm!, svg.attrs.preserveAspectRatio),
    widthMm,
    heightMm: heightMm!,
    vbWidth: vw,
    vbHeight: vh,
  });
}
