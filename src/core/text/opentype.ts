import { parse } from 'opentype.js';
import { fail, ok, type Result } from '../result.ts';
import type { GlyphCommand, GlyphFont } from './outline.ts';

/** Parse a TTF/OTF/WOFF font into the glyph source text outlining needs. */
export function parseFont(bytes: ArrayBuffer): Result<GlyphFont> {
  try {
    const font = parse(bytes);
    return ok({
      unitsPerEm: font.unitsPerEm,
      ...(font.tables.os2?.sCapHeight ? { capHeight: font.tables.os2.sCapHeight } : {}),
      getPath: (text, x, y, size) => ({ commands: font.getPath(text, x, y, size).commands as GlyphCommand[] }),
    });
  } catch (e) {
    return fail(`Could not read the font: ${e instanceof Error ? e.message : String(e)}`);
  }
}
