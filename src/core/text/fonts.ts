/**
 * Fonts bundled with Pinsmith, all under the SIL Open Font License (the licence ships in the
 * package). Paths are inside node_modules, so the editor (as a Vite asset) and the CLI (from
 * disk) load the same file.
 */
export const BUNDLED_FONTS = [
  { id: 'Fredoka SemiBold', file: '@fontsource/fredoka/files/fredoka-latin-600-normal.woff', licence: 'SIL OFL 1.1' },
] as const;

export type BundledFontId = (typeof BUNDLED_FONTS)[number]['id'];
export const DEFAULT_FONT: BundledFontId = 'Fredoka SemiBold';
