import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { boundsOfPolylines, flattenPath } from '../geometry/index.ts';
import type { PathGeom } from '../document/types.ts';
import { BUNDLED_FONTS } from './fonts.ts';
import { parseFont } from './opentype.ts';
import { commandsToPath, textOutlines } from './outline.ts';

const require = createRequire(import.meta.url);
const bytes = readFileSync(require.resolve(BUNDLED_FONTS[0].file));
const parsed = parseFont(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
if (!parsed.ok) throw new Error(parsed.reason);
const font = parsed.value;
const pathBounds = (p: PathGeom) => boundsOfPolylines(flattenPath(p));

describe('textOutlines', () => {
  it('sizes capitals to the cap height in mm, baseline at y', () => {
    const r = textOutlines(font, 'H', 2, 10, 20);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const b = pathBounds(r.value);
    // Round letters overshoot the baseline a little; flat ones sit on it.
    expect(b.maxY).toBeCloseTo(20, 1);
    expect(b.maxY - b.minY).toBeCloseTo(2, 1);
    expect(b.minX).toBeGreaterThanOrEqual(10);
  });
  it('gives closed sub-paths with bézier handles for round letters, holes as extra rings', () => {
    const r = textOutlines(font, 'O', 3, 0, 5);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value).toHaveLength(2);
    expect(r.value.every((sp) => sp.closed)).toBe(true);
    expect(r.value[0]!.segments.some((s) => s.hin || s.hout)).toBe(true);
  });
  it('letter spacing (tracking, 1/1000 em) widens the word by that much after each letter', () => {
    const width = (t: number) => {
      const r = textOutlines(font, 'PIN', 2, 0, 5, t);
      if (!r.ok) throw new Error(r.reason);
      const b = pathBounds(r.value);
      return b.maxX - b.minX;
    };
    const em = 2 / ((font.capHeight ?? 0.7 * font.unitsPerEm) / font.unitsPerEm);
    // Two gaps between three letters, each 0.2 em wider.
    expect(width(200) - width(0)).toBeCloseTo(2 * 0.2 * em, 3);
    expect(textOutlines(font, 'PIN', 2, 0, 5, 5000)).toMatchObject({ ok: false });
  });
  it('both bundled fonts (SIL OFL) outline text', () => {
    for (const f of BUNDLED_FONTS) {
      const b = readFileSync(require.resolve(f.file));
      const p = parseFont(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
      if (!p.ok) throw new Error(p.reason);
      expect(textOutlines(p.value, 'PIN CLUB', 2, 0, 5).ok).toBe(true);
      expect(f.licence).toBe('SIL OFL 1.1');
    }
    expect(BUNDLED_FONTS.length).toBeGreaterThanOrEqual(2);
  });
  it('stacks lines by newline', () => {
    const one = textOutlines(font, 'A', 2, 0, 5);
    const two = textOutlines(font, 'A\nA', 2, 0, 5);
    if (!one.ok || !two.ok) throw new Error('outline failed');
    expect(pathBounds(two.value).maxY).toBeGreaterThan(pathBounds(one.value).maxY + 2);
  });
  it('refuses empty text and impossible sizes with a reason', () => {
    expect(textOutlines(font, '  ', 2, 0, 0)).toMatchObject({ ok: false });
    expect(textOutlines(font, 'A', 0, 0, 0)).toMatchObject({ ok: false, reason: expect.stringContaining('0 mm') });
    expect(textOutlines(font, 'A', Number.NaN, 0, 0).ok).toBe(false);
  });
  it('reports a broken font instead of throwing', () => {
    expect(parseFont(new Uint8Array([1, 2, 3, 4]).buffer)).toMatchObject({ ok: false, reason: expect.stringContaining('font') });
  });
});

describe('commandsToPath', () => {
  it('turns a quadratic into the equivalent cubic', () => {
    const p = commandsToPath([{ type: 'M', x: 0, y: 0 }, { type: 'Q', x1: 1, y1: 2, x: 2, y: 0 }, { type: 'L', x: 1, y: -1 }, { type: 'Z' }]);
    expect(p[0]!.segments[0]!.hout).toEqual({ x: 2 / 3, y: 4 / 3 });
    expect(p[0]!.segments[1]!.hin!.x).toBeCloseTo(-2 / 3);
    // The curve's peak is at y = 1 (half the control point's height).
    const pts = flattenPath(p, 0.001)[0]!.pts;
    expect(Math.max(...pts.filter((_, i) => i % 2 === 1))).toBeCloseTo(1, 2);
  });
});
