/**
 * Fonts bundled with Pinsmith, all under the SIL Open Font License (the licence ships in the
 * package). Paths are inside node_modules, so the editor (as a Vite asset) and the CLI (from
 * disk) load the same file.
 */
export const BUNDLED_FONTS = [
  // Rounded and heavy: letters that stay open as raised metal at small sizes.
  { id: 'Fredoka SemiBold', file: '@fontsource/fredoka/files/fredoka-latin-600-normal.woff', licence: 'SIL OFL 1.1' },
  // A plain bold sans for names, dates and backstamps.
  { id: 'Inter Bold', file: '@fontsource/inter/files/inter-latin-700-normal.woff', licence: 'SIL OFL 1.1' },
] as const;

export const isBundledFont = (id: string): id is BundledFontId => BUNDLED_FONTS.some((f) => f.id === id);

export type BundledFontId = (typeof BUNDLED_FONTS)[number]['id'];
export const DEFAULT_FONT: BundledFontId = 'Fredoka SemiBold';
