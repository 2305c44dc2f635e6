// Document lengths are millimetres. A brand keeps screen pixels and SVG user units from
// sneaking into the document without an explicit conversion.
export type Mm = number & { readonly __unit?: 'mm' };

export const MM_PER_INCH = 25.4;
export const PX_PER_INCH = 96;
export const PT_PER_INCH = 72;

/**
 * The tolerances, named once. Fidelity is how closely a polygon follows a curve; comparison is
 * how close two lengths must be to count as equal, so a measured 0.19999 passes a 0.2 limit.
 */
export const TOLERANCE = {
  /** Max distance between a curve and its flattened polygon. */
  flattenMm: 0.005,
  /** Arc tolerance for round joins, caps and offsets. */
  arcMm: 0.005,
  /** Two lengths within this are equal (limits are inclusive: exactly at the limit passes). */
  compareMm: 1e-6,
  /** Areas below this are numerical dust. */
  areaMm2: 1e-6,
} as const;

/** Integer grid of the polygon engine: 1 mm = 10,000 units (0.1 µm). */
export const ENGINE_UNITS_PER_MM = 10_000;

const UNIT_TO_MM: Record<string, number> = {
  mm: 1,
  cm: 10,
  in: MM_PER_INCH,
  pt: MM_PER_INCH / PT_PER_INCH,
  pc: MM_PER_INCH / 6,
  px: MM_PER_INCH / PX_PER_INCH,
  '': MM_PER_INCH / PX_PER_INCH,
};

export type LengthUnit = 'mm' | 'cm' | 'in' | 'pt' | 'pc' | 'px';

export function unitToMm(unit: string): number | undefined {
  return UNIT_TO_MM[unit.toLowerCase()];
}

export function toMm(value: number, unit: LengthUnit): Mm {
  return value * (UNIT_TO_MM[unit] ?? 1);
}

export function mmToInches(mm: Mm): number {
  return mm / MM_PER_INCH;
}

/** a < b beyond the comparison tolerance: a value exactly at the limit is not "below" it. */
export function isBelow(a: number, b: number, eps: number = TOLERANCE.compareMm): boolean {
  return a < b - eps;
}

export function isAbove(a: number, b: number, eps: number = TOLERANCE.compareMm): boolean {
  return a > b + eps;
}

export function nearlyEqual(a: number, b: number, eps: number = TOLERANCE.compareMm): boolean {
  return Math.abs(a - b) <= eps;
}

/** Round for display and reports: 0.2 mm is never printed as 0.19999. */
export function roundMm(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

export function formatMm(value: number, decimals = 2): string {
  return `${roundMm(value, decimals)} mm`;
}
