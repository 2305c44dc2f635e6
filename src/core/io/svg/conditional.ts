import { localName, type XNode } from './xml.ts';

// SVG conditional processing, as a browser does it: Illustrator wraps its art in
// <switch><foreignObject requiredExtensions="…AdobeIllustrator…"/><g>art</g></switch>.

/** Languages the reader of the file is taken to read, for systemLanguage. */
export const DEFAULT_LANGUAGES = ['en'];

/** Elements a <switch> looks past (they never render anything). */
const NOT_RENDERED = new Set(['title', 'desc', 'metadata']);

/**
 * False when a conditional attribute rules the element out: any requiredExtensions (Pinsmith
 * renders no extension, so a browser's choice for Illustrator's private data is the same), or a
 * systemLanguage none of whose tags is one of `languages` or a dialect of one. requiredFeatures
 * is always true in SVG 2 browsers.
 */
export function appliesHere(el: XNode, languages: readonly string[]): boolean {
  if (el.attrs.requiredExtensions !== undefined) return false;
  const langs = el.attrs.systemLanguage;
  if (langs === undefined) return true;
  const tags = langs.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  return tags.some((tag) => languages.some((mine) => {
    const m = mine.toLowerCase();
    return tag === m || tag.startsWith(`${m}-`) || m.startsWith(`${tag}-`);
  }));
}

/** The one child a <switch> renders: the first whose conditions hold. */
export function switchChoice(sw: XNode, languages: readonly string[]): XNode | undefined {
  return sw.children.find((c) => !NOT_RENDERED.has(localName(c.name)) && appliesHere(c, languages));
}
