import fredokaUrl from '@fontsource/fredoka/files/fredoka-latin-600-normal.woff?url';
import interUrl from '@fontsource/inter/files/inter-latin-700-normal.woff?url';
import { fail, type Result } from '../core/result.ts';
import type { GlyphFont } from '../core/text/outline.ts';
import { DEFAULT_FONT, type BundledFontId } from '../core/text/fonts.ts';

const URLS: Record<BundledFontId, string> = { 'Fredoka SemiBold': fredokaUrl, 'Inter Bold': interUrl };
const loading = new Map<BundledFontId, Promise<Result<GlyphFont>>>();

/** A bundled font, fetched and parsed (with opentype.js) when a text first uses it. */
export function loadTextFont(id: BundledFontId = DEFAULT_FONT): Promise<Result<GlyphFont>> {
  let p = loading.get(id);
  if (!p) {
    p = (async () => {
      try {
        const [bytes, { parseFont }] = await Promise.all([fetch(URLS[id]).then((r) => r.arrayBuffer()), import('../core/text/opentype.ts')]);
        return parseFont(bytes);
      } catch (e) {
        loading.delete(id);
        return fail<GlyphFont>(`Could not load the font ${id}: ${e instanceof Error ? e.message : String(e)}`);
      }
    })();
    loading.set(id, p);
  }
  return p;
}
