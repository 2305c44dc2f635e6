export type PaletteEntryKind = 'pantone-c' | 'pantone-u' | 'stock' | 'custom';

export interface PaletteEntry {
  /** Code as the chart spells it: "186 C", "Cool Gray 7 C", "White". */
  code: string;
  name: string;
  /** Screen colour, #RRGGBB upper case. */
  hex: string;
  /** Published CIELAB (D50) of the physical ink, when the source has it. */
  lab?: readonly [number, number, number];
  kind: PaletteEntryKind;
  /** A special ink (fluorescent or metallic): never offered as the match for an ordinary colour. */
  ink?: 'fluorescent' | 'metallic';
}

export interface NearestMatch {
  entry: PaletteEntry;
  /** CIEDE2000 between the query and the entry's screen colour. */
  deltaE: number;
}
