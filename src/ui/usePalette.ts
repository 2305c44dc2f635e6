import { useEffect, useState } from 'react';
import type { Palette } from '../core/palette/index.ts';

let loaded: Palette | null = null;
/** The Pantone chart (≈220 KB of data) loads when a colour is first needed. */
export function usePalette(): Palette | null {
  const [palette, setPalette] = useState<Palette | null>(loaded);
  useEffect(() => {
    if (!loaded) void import('../core/palette/pantone.ts').then((m) => setPalette((loaded = m.pantoneSolidCoated())));
  }, []);
  return palette;
}
