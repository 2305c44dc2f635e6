// Tracing real drawings (OpenMoji, CC BY-SA 4.0: test/fixtures/trace/LICENCE.md) into pins: the
// metal has the drawing's line widths at the pin's size, the colours are few and PMS, and the
// checks say what a factory would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/core/checks/index.ts';
import type { PinDocument } from '../src/core/document/types.ts';
import { validateDocument } from '../src/core/document/validate.ts';
import { containsPoint, regionBounds, union } from '../src/core/geometry/index.ts';
import { itemRegion } from '../src/core/kinds/index.ts';
import { traceImageFile, type TraceOptions } from '../src/core/trace/trace.ts';
import { TRACE_LIMITS } from '../src/core/trace/raster.ts';

const file = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/trace/${name}`, import.meta.url)));
function trace(name: string, o: TraceOptions) {
  const r = traceImageFile(file(name), o, name);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}
const errorsOf = (doc: PinDocument) => {
  const r = runChecks(doc);
  if (!r.ok) throw new Error(r.reason);
  const counts: Record<string, number> = {};
  for (const v of r.report.violations) if (!v.waived && v.severity === 'error') counts[v.rule] = (counts[v.rule] ?? 0) + 1;
  return counts;
};
const metalOf = (doc: PinDocument) => union(...doc.order.map((id) => doc.items[id]!).filter((it) => it.kind === 'metal-area' && it.id === 'traced-metal').map(itemRegion));
/** The width of the metal run through (x, y) along a horizontal line, in mm. */
function runWidth(doc: PinDocument, x: number, y: number): number {
  const metal = metalOf(doc);
  const step = 0.005;
  if (!containsPoint(metal, x, y)) throw new Error(`no metal at ${x}, ${y}`);
  let a = x;
  let b = x;
  while (containsPoint(metal, a - step, y)) a -= step;
  while (containsPoint(metal, b + step, y)) b += step;
  return b - a;
}
/** A unit of the 72-unit OpenMoji drawing in mm on the traced pin: its ink spans 62.8 units top to bottom. */
const unitMm = (doc: PinDocument) => { const b = regionBounds(metalOf(doc)); return (b.maxY - b.minY) / 62.8; };

describe('tracing a flat-colour drawing (fox, PNG on white)', () => {
  const { doc, stats } = trace('fox-colour.png', { mode: 'flat-colour', sizeMm: 30 });

  it('makes a valid pin with its three enamel colours as PMS codes, and no errors', () => {
    expect(validateDocument(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
    expect(stats.colours).toBe(3);
    const fills = doc.order.map((id) => doc.items[id]!).filter((it) => it.kind === 'enamel-fill');
    const codes = fills.map((it) => (it.kind === 'enamel-fill' ? it.color.code : undefined));
    expect(codes.every((c) => typeof c === 'string')).toBe(true);
    expect(codes).toContain('White');
    expect(errorsOf(doc)).toEqual({});
  });

  it('leaves no hairline of bare recess between the traced colours and the metal (no fill-gap at all)', () => {
    const r = runChecks(doc);
    if (!r.ok) throw new Error(r.reason);
    // The only thing said is that no post is placed yet.
    expect([...new Set(r.report.violations.map((v) => v.rule))]).toEqual(['posts']);
  });

  it('has a die line with a 1 mm rim, the pin 30 mm on its longest side', () => {
    const die = doc.items['traced-die']!;
    expect(die.kind).toBe('outline');
    const b = regionBounds(itemRegion(die));
    expect(Math.max(b.maxX - b.minX, b.maxY - b.minY)).toBeCloseTo(30, 0);
    expect(doc.items['traced-rim']?.kind).toBe('metal-area');
  });

  it('gives the outlines their real width: 2 of the drawing\'s 72 units at the pin\'s scale', () => {
    // The chin stem is a vertical stroke at x = 36.1 units, from y = 56.9 to 61.7; the art spans
    // 62.8 units top to bottom (ears to chin stroke).
    const k = unitMm(doc);
    const metal = regionBounds(metalOf(doc));
    const x = (metal.minX + metal.maxX) / 2 + 0.1 * k;
    const y = metal.minY + (59.3 - 4.7) * k;
    expect(runWidth(doc, x, y)).toBeGreaterThan(2 * k * 0.85);
    expect(runWidth(doc, x, y)).toBeLessThan(2 * k * 1.2);
  });

  it('caps the colours when asked: at most two', () => {
    expect(trace('fox-colour.png', { mode: 'flat-colour', sizeMm: 30, colours: 2 }).stats.colours).toBeLessThanOrEqual(2);
  });
});

describe('tracing a flat-colour drawing with a transparent background (mushroom)', () => {
  const { doc, stats } = trace('mushroom-colour.png', { mode: 'flat-colour', sizeMm: 25 });
  it('keeps the transparency outside the pin and finds its four colours', () => {
    expect(stats.colours).toBe(4);
    const die = regionBounds(itemRegion(doc.items['traced-die']!));
    expect(Math.max(die.maxX - die.minX, die.maxY - die.minY)).toBeCloseTo(25, 0);
    // Two reds side by side get a metal wall between them (no bleed), and the white spots' tails
    // too narrow to fill become metal: no errors.
    expect(errorsOf(doc)).toEqual({});
  });
});

describe('tracing a scanned line drawing (fox, JPEG)', () => {
  const { doc, stats } = trace('fox-line-scan.jpg', { mode: 'line-art', sizeMm: 30 });

  it('finds the ink by itself (Otsu) and makes it raised metal with its real width', () => {
    expect(stats.threshold).toBeGreaterThan(90);
    expect(stats.threshold).toBeLessThan(200);
    const k = unitMm(doc);
    const metal = regionBounds(metalOf(doc));
    expect(runWidth(doc, (metal.minX + metal.maxX) / 2 + 0.1 * k, metal.minY + (59.3 - 4.7) * k)).toBeGreaterThan(2 * k * 0.85);
  });

  it('keeps the inside of the face inside the pin though the outline has gaps; its cells wait for the bucket', () => {
    expect(stats.cells).toBeGreaterThanOrEqual(4);
    const die = itemRegion(doc.items['traced-die']!);
    const b = regionBounds(die);
    // The middle of the face (between the eyes) is inside the die line.
    expect(containsPoint(die, (b.minX + b.maxX) / 2, b.minY + 0.45 * (b.maxY - b.minY))).toBe(true);
    // Nothing but unfilled cells is wrong with it.
    expect(Object.keys(errorsOf(doc)).filter((r) => r !== 'fill-gap')).toEqual([]);
  });

  it('at 7 mm the same lines are too thin for a factory, and the checks say so', () => {
    const small = trace('fox-line-scan.jpg', { mode: 'line-art', sizeMm: 7, rimMm: 0.5 });
    expect(Object.keys(errorsOf(small.doc))).toContain('metal-too-thin');
  });

  it('a higher threshold takes more of the grey as ink', () => {
    const lo = trace('fox-line-scan.jpg', { mode: 'line-art', sizeMm: 30, threshold: 90 }).stats.metalMm2;
    const hi = trace('fox-line-scan.jpg', { mode: 'line-art', sizeMm: 30, threshold: 200 }).stats.metalMm2;
    expect(hi).toBeGreaterThan(lo * 1.03);
  });
});

describe('what cannot be traced is refused with the reason', () => {
  const png = (w: number, h: number) => {
    const b = new Uint8Array(33);
    b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(b.buffer).setUint32(16, w);
    new DataView(b.buffer).setUint32(20, h);
    return b;
  };
  it('an image too big, by its header, before decoding', () => {
    const r = traceImageFile(png(20_000, 20_000), { mode: 'line-art', sizeMm: 30 }, 'huge.png');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/huge\.png is 20000 × 20000 px; drawings up to 36 megapixels/);
    expect(TRACE_LIMITS.pixels).toBe(36_000_000);
  });
  it('not an image, a damaged one, an impossible size', () => {
    const r1 = traceImageFile(new TextEncoder().encode('<svg/>'), { mode: 'line-art', sizeMm: 30 }, 'x.svg');
    expect(!r1.ok && r1.reason).toMatch(/not a PNG or JPEG/);
    const broken = file('fox-colour.png').slice(0, 4000);
    const r2 = traceImageFile(broken, { mode: 'flat-colour', sizeMm: 30 }, 'cut.png');
    expect(!r2.ok && r2.reason).toMatch(/cut\.png is damaged/);
    const r3 = traceImageFile(file('fox-colour.png'), { mode: 'flat-colour', sizeMm: 0.5 });
    expect(!r3.ok && r3.reason).toMatch(/pin size must be between 5 and 150 mm/);
  });
});

describe('tracing a line drawing with its cells filled', () => {
  it('fills every cell with the enamel asked for: a white-enamel pin with nothing left to fill', () => {
    const { doc, stats } = trace('fox-line-scan.jpg', { mode: 'line-art', sizeMm: 30, fillCells: { hex: '#FFFFFF', code: 'White' } });
    expect(stats.cells).toBe(0);
    expect(stats.colours).toBe(1);
    const fill = doc.order.map((id) => doc.items[id]!).find((it) => it.kind === 'enamel-fill');
    expect(fill?.kind === 'enamel-fill' && fill.color.code).toBe('White');
    expect(errorsOf(doc)).toEqual({});
  });
});
