import { boundaryDistance, expandBounds, intersect, isEmpty, regionBounds, type Region } from '../../geometry/index.ts';
import { HAIR_MM, withoutHairlines } from './measure.ts';
import type { Scene } from './scene.ts';

/**
 * Enamel closer than `within` to the cut edge (outline or cut-out), with the measured distance.
 * The window's own edges are not cut edges, but they lie beyond the tile's core, where the
 * engine clips findings away.
 */
export function enamelNearEdge(scene: Scene, within: number): Array<{ region: Region; distance: number }> {
  if (!scene.hasDie || isEmpty(scene.enamelAll)) return [];
  const band = scene.edgeBand(within - HAIR_MM);
  const out: Array<{ region: Region; distance: number }> = [];
  // Hairline rings where a rim's outer edge and the die line were flattened apart are not enamel.
  for (const comp of withoutHairlines(intersect(scene.enamelAll, band), 1e-4)) {
    const near = expandBounds(regionBounds(comp), within + 0.01);
    out.push({ region: comp, distance: boundaryDistance(comp, scene.die, near, scene.window) });
  }
  return out;
}
