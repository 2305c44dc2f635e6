import { boundaryDistance, expandBounds, intersect, isEmpty, regionBounds, type Region } from '../../geometry/index.ts';
import { HAIR_MM, itemsTouching, withoutHairlines } from './measure.ts';
import type { GeoFinding } from './tiles.ts';
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

/** Findings for enamel near the cut edge, classified by the measured distance (see the callers). */
export function edgeFindings(
  scene: Scene,
  within: number,
  classify: (distance: number) => Pick<GeoFinding, 'messageId' | 'level' | 'limit'> | undefined,
): GeoFinding[] {
  const out: GeoFinding[] = [];
  for (const { region, distance } of enamelNearEdge(scene, within)) {
    const kind = classify(distance);
    if (!kind) continue;
    out.push({
      ...kind, region, measured: distance, combine: 'min', data: { limit: kind.limit! },
      itemIds: itemsTouching(scene.fillItems, region, 0).map((f) => f.item.id),
    });
  }
  return out;
}
