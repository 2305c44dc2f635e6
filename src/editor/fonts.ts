import fredokaUrl from '@fontsource/fredoka/files/fredoka-latin-600-normal.woff?url';
import { fail, type Result } from '../core/result.ts';
import type { GlyphFont } from '../core/text/outline.ts';
import { DEFAULT_FONT } from '../core/text/fonts.ts';

let loading: Promise<Result<GlyphFont>> | null = null;

/** The bundled font, fetched and parsed (with opentype.js) on the first text. */
export function loadTextFont(): Promise<Result<GlyphFont>> {
  loading ??= (async () => {
    try {
      const [bytes, { parseFont }] = await Promise.all([fetch(fredokaUrl).then((r) => r.arrayBuffer()), import('../core/text/opentype.ts')]);
      return parseFont(bytes);
    } catch (e) {
      loading = null;
      return fail<GlyphFont>(`Could not load the font ${DEFAULT_FONT}: ${e instanceof Error ? e.message : String(e)}`);
    }
  })();
  return loading;
}
