import type { PathGeom } from '../document/types.ts';
import { EMPTY_REGION, isEmpty, regionBounds, regionToPath, transformPath, union, type Region } from '../geometry/index.ts';
import { itemRegion } from '../kinds/index.ts';
import { importSvg } from '../io/svg/import.ts';
import { fail, ok, type Result } from '../result.ts';

export interface BackstampLogo {
  path: PathGeom;
  widthMm: number;
  heightMm: number;
}

/**
 * A logo for the back of the pin from an SVG: every visible shape (fills, strokes at their width)
 * becomes one filled silhouette, as a deboss or laser mark is one depth, scaled to `widthMm`.
 */
export function logoFromSvg(svg: string, widthMm: number): Result<BackstampLogo> {
  if (!(widthMm > 0)) return fail('The logo needs a width above 0 mm.');
  const r = importSvg(svg, { name: 'logo' });
  if (!r.ok) return fail(`The logo could not be read: ${r.error}`);
  let shape: Region = EMPTY_REGION;
  for (const id of r.doc.order) {
    const it = r.doc.items[id];
    if (!it || it.hidden || it.kind === 'cutout') continue;
    shape = union(shape, itemRegion(it));
  }
  if (isEmpty(shape)) return fail('The logo SVG has no visible shapes.');
  const b = regionBounds(shape);
  const k = widthMm / Math.max(b.maxX - b.minX, 1e-6);
  const path = transformPath(regionToPath(shape), [k, 0, 0, k, -b.minX * k, -b.minY * k]);
  return ok({ path, widthMm, heightMm: (b.maxY - b.minY) * k });
}
