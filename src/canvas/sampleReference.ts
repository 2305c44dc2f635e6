import type { Point } from '../core/document/types.ts';
import type { ReferenceImage } from './reference.ts';

const decoded = new Map<string, Promise<ImageData | null>>();

/** The reference image's pixels, decoded once per image. */
function pixels(src: string): Promise<ImageData | null> {
  let p = decoded.get(src);
  if (!p) {
    p = new Promise<ImageData | null>((resolve) => {
      const img = new Image();
      img.onload = () => {
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d', { willReadFrequently: true });
        if (!ctx) return resolve(null);
        ctx.drawImage(img, 0, 0);
        resolve(ctx.getImageData(0, 0, c.width, c.height));
      };
      img.onerror = () => resolve(null);
      img.src = src;
    });
    decoded.clear();
    decoded.set(src, p);
  }
  return p;
}

const hex2 = (v: number) => v.toString(16).padStart(2, '0');

/** The colour of the reference image under a point of the pin (mm), or undefined off the image. */
export async function referenceColourAt(ref: ReferenceImage, at: Point): Promise<string | undefined> {
  if (!ref.visible || at.x < ref.x || at.y < ref.y || at.x > ref.x + ref.width || at.y > ref.y + ref.height) return undefined;
  const data = await pixels(ref.src);
  if (!data) return undefined;
  const px = Math.min(data.width - 1, Math.floor(((at.x - ref.x) / ref.width) * data.width));
  const py = Math.min(data.height - 1, Math.floor(((at.y - ref.y) / ref.height) * data.height));
  const o = (py * data.width + px) * 4;
  return `#${hex2(data.data[o]!)}${hex2(data.data[o + 1]!)}${hex2(data.data[o + 2]!)}`.toUpperCase();
}
