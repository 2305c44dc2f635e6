import type { PathGeom, Segment, SubPath } from '../document/types.ts';
import { fail, ok, type Result } from '../result.ts';

// Factories need text as outlines. The glyphs come from a parsed font (opentype.js in the
// editor and the CLI); the core only needs the part of the font interface below.

export type GlyphCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

export interface GlyphFont {
  unitsPerEm: number;
  /** Cap height in font units, when the font says (OS/2 sCapHeight). */
  capHeight?: number;
  /** `tracking`: extra space after each letter, in 1/1000 em (Illustrator's tracking). */
  getPath(text: string, x: number, y: number, fontSize: number, tracking?: number): { commands: GlyphCommand[] };
}

/** Line spacing as a share of the font size. */
const LINE_HEIGHT = 1.2;

/**
 * Outlines of `text` with its first baseline starting at (x, y), sized so capitals are
 * `capHeightMm` tall (the factory rule measures cap height). Lines split on newlines.
 */
export function textOutlines(font: GlyphFont, text: string, capHeightMm: number, x: number, y: number, tracking = 0): Result<PathGeom> {
  if (!(capHeightMm > 0) || !Number.isFinite(capHeightMm)) return fail(`Text size must be above 0 mm (got ${capHeightMm}).`);
  if (!Number.isFinite(tracking) || Math.abs(tracking) > 1000) return fail(`Letter spacing is between -1000 and 1000 (thousandths of an em; got ${tracking}).`);
  if (!text.trim()) return fail('Type some text first.');
  const capShare = font.capHeight && font.capHeight > 0 ? font.capHeight / font.unitsPerEm : 0.7;
  const fontSize = capHeightMm / capShare;
  const out: PathGeom = [];
  text.split('\n').forEach((line, i) => {
    out.push(...commandsToPath(font.getPath(line, x, y + i * fontSize * LINE_HEIGHT, fontSize, tracking).commands));
  });
  if (!out.length) return fail('The font has no outlines for this text.');
  return ok(out);
}

/**
 * Glyph commands to sub-paths of anchors with relative handles; quadratics become cubics.
 * Glyph contours are always closed, with or without a Z (opentype.js leaves it out for TrueType).
 */
export function commandsToPath(commands: readonly GlyphCommand[]): PathGeom {
  const out: SubPath[] = [];
  let segs: Segment[] = [];
  const flush = (closed: boolean) => {
    if (closed && segs.length > 1) {
      const first = segs[0]!;
      const last = segs[segs.length - 1]!;
      if (Math.abs(first.x - last.x) < 1e-9 && Math.abs(first.y - last.y) < 1e-9) {
        if (last.hin) first.hin = last.hin;
        segs.pop();
      }
    }
    if (segs.length >= 3) out.push({ closed, segments: segs });
    segs = [];
  };
  const cubicTo = (c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number) => {
    const prev = segs[segs.length - 1];
    if (!prev) return;
    if (c1x !== prev.x || c1y !== prev.y) prev.hout = { x: c1x - prev.x, y: c1y - prev.y };
    const seg: Segment = { x, y };
    if (c2x !== x || c2y !== y) seg.hin = { x: c2x - x, y: c2y - y };
    segs.push(seg);
  };
  for (const c of commands) {
    const prev = segs[segs.length - 1];
    switch (c.type) {
      case 'M':
        flush(true);
        segs.push({ x: c.x, y: c.y });
        break;
      case 'L':
        if (!prev || prev.x !== c.x || prev.y !== c.y) segs.push({ x: c.x, y: c.y });
        break;
      case 'Q':
        if (prev) cubicTo(prev.x + (2 / 3) * (c.x1 - prev.x), prev.y + (2 / 3) * (c.y1 - prev.y), c.x + (2 / 3) * (c.x1 - c.x), c.y + (2 / 3) * (c.y1 - c.y), c.x, c.y);
        break;
      case 'C':
        cubicTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
        break;
      case 'Z':
        flush(true);
        break;
    }
  }
  flush(true);
  return out;
}
