import { boundaryDistance, components, difference, expandBounds, intersect, isEmpty, offset, regionBounds, area, type Region } from '../../geometry/index.ts';
import { HAIR_MM } from './measure.ts';
import type { Scene } from './scene.ts';

/**
 * Enamel closer than `within` to the cut edge (outline or cut-out), with the measured distance.
 * The window's own edges are not cut edges, but they lie beyond the tile's core, where the
 * engine clips findings away.
 */
export function enamelNearEdge(scene: Scene, within: number): Array<{ region: Region; distance: number }> {
  if (!scene.hasDie || isEmpty(scene.enamelAll)) return [];
  const inner = offset(scene.die, -(within - HAIR_MM));
  const band = difference(scene.die, inner);
  const out: Array<{ region: Region; distance: number }> = [];
  for (const comp of components(intersect(scene.enamelAll, band))) {
    if (area(comp) <= 1e-6) continue;
    const near = expandBounds(regionBounds(comp), within + 0.01);
    out.push({ region: comp, distance: boundaryDistance(comp, scene.die, near, scene.window) });
  }
  return out;
}
