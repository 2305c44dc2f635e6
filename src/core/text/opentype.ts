import { parse } from 'opentype.js';
import { fail, ok, type Result } from '../result.ts';
import type { GlyphCommand, GlyphFont } from './outline.ts';

type Font = ReturnType<typeof parse>;
type Glyph = ReturnType<Font["charToGlyph"]>;

/**
 * Letters one by one, with the font's kerning: for fonts whose substitution tables opentype.js
 * cannot apply (Inter's contextual alternates), where its own layout throws.
 */
function glyphByGlyph(font: Font, text: string, x: number, y: number, size: number, tracking = 0): GlyphCommand[] {
  const scale = size / font.unitsPerEm;
  const out: GlyphCommand[] = [];
  let prev: Glyph | undefined;
  let at = x;
  for (const ch of text) {
    const g = font.charToGlyph(ch);
    if (prev) at += font.getKerningValue(prev, g) * scale;
    out.push(...(g.getPath(at, y, size).commands as GlyphCommand[]));
    at += (g.advanceWidth ?? 0) * scale + (tracking / 1000) * size;
    prev = g;
  }
  return out;
}

/** Parse a TTF/OTF/WOFF font into the glyph source text outlining needs. */
export function parseFont(bytes: ArrayBuffer): Result<GlyphFont> {
  try {
    const font = parse(bytes);
    return ok({
      unitsPerEm: font.unitsPerEm,
      ...(font.tables.os2?.sCapHeight ? { capHeight: font.tables.os2.sCapHeight } : {}),
      getPath: (text, x, y, size, tracking) => {
        try {
          return { commands: font.getPath(text, x, y, size, tracking ? { tracking } : {}).commands as GlyphCommand[] };
        } catch {
          return { commands: glyphByGlyph(font, text, x, y, size, tracking) };
        }
      },
    });
  } catch (e) {
    return fail(`Could not read the font: ${e instanceof Error ? e.message : String(e)}`);
  }
}
