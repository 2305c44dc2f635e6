import { referenceColourAt } from '../canvas/sampleReference.ts';
import type { ReferenceImage } from '../canvas/reference.ts';
import type { ColorRef, Point } from '../core/document/types.ts';

/**
 * The eyedropper on the reference image: its colour there becomes the nearest PMS code (enamel is
 * mixed to a code), and the message gives the colour as drawn and ΔE. False when no image is there.
 */
export function pickFromReference(ref: ReferenceImage | null, at: Point, setColor: (c: ColorRef) => void, tell: (text: string) => void): boolean {
  if (!ref?.visible || at.x < ref.x || at.y < ref.y || at.x > ref.x + ref.width || at.y > ref.y + ref.height) return false;
  void (async () => {
    const hex = await referenceColourAt(ref, at);
    if (!hex) return tell('The reference image could not be read here.');
    const { pantoneSolidCoated } = await import('../core/palette/pantone.ts');
    const m = pantoneSolidCoated().nearest(hex, 1)[0];
    if (!m) return;
    setColor({ hex: m.entry.hex, code: m.entry.code });
    tell(`Picked ${hex} from the reference image: the nearest PMS, ${m.entry.code} (ΔE ${m.deltaE.toFixed(1)}), is now the colour. To keep ${hex} as drawn, enter it under Custom colour.`);
  })();
  return true;
}
