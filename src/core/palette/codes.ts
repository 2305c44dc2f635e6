import type { PaletteEntryKind } from './types.ts';

/**
 * A forgiving key for codes: case, spaces, a "PANTONE"/"PMS" prefix and punctuation do not
 * matter, so "pms 186c", "PANTONE 186 C" and "186-C" all find "186 C".
 */
export function codeKey(code: string): string {
  return code
    .toLowerCase()
    .replace(/^\s*(pantone|pms)\b[\s:#-]*/, '')
    .replace(/[\s_.\-#]+/g, '');
}

/** Which Pantone book a code names, from its suffix: "186 C" coated, "186 U" uncoated. */
export function kindOfCode(code: string): PaletteEntryKind {
  const s = code.trim().replace(/^(pantone|pms)\s*/i, '');
  if (/(\d|\s)c$/i.test(s)) return 'pantone-c';
  if (/(\d|\s)u$/i.test(s)) return 'pantone-u';
  return 'custom';
}

export function normalizeHex(input: string): string | undefined {
  const s = input.trim().replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(s)) return `#${s.toUpperCase()}`;
  if (/^[0-9a-f]{3}$/i.test(s)) return `#${s.split('').map((c) => c + c).join('').toUpperCase()}`;
  return undefined;
}
