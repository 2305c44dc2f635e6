import { boundaryDistance, boundsOverlap, EMPTY_REGION, expandBounds, intersect, isEmpty, regionBounds, type Region } from '../../geometry/index.ts';
import { HAIR_MM, HAIRLINE_MM, inscribedRadius, itemsTouching, SLIVER_MM, withoutHairlines } from './measure.ts';
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
    // One cause (no rim, or too thin a rim, along the cut edge): one finding with its places.
    out.push({
      ...kind, region, measured: distance, combine: 'min', data: { limit: kind.limit! }, group: 'edge',
      itemIds: itemsTouching(scene.fillItems, region, 0).map((f) => f.item.id),
    });
  }
  return out;
}

/**
 * Each colour's slivers (enamel narrower than SLIVER_MM), split by whether they reach the cut
 * edge. A sliver is one cause per colour: the fill's edge misses its metal line by a hair.
 */
export function sliverFindings(scene: Scene, atEdge: boolean, finding: (layer: Scene['colors'][number]) => Pick<GeoFinding, 'messageId' | 'level'>): GeoFinding[] {
  const out: GeoFinding[] = [];
  if (scene.colors.every((l) => !l.slivers().length)) return out;
  const band = scene.hasDie ? scene.edgeBand(SLIVER_MM) : EMPTY_REGION;
  for (const layer of scene.colors) {
    for (const sliver of layer.slivers()) {
      if (!boundsOverlap(regionBounds(sliver), scene.core)) continue;
      if ((!isEmpty(band) && !isEmpty(intersect(sliver, band))) !== atEdge) continue;
      // Thinner than a hairline, it is where two edges were flattened apart: nobody drew it.
      const width = 2 * inscribedRadius(sliver, SLIVER_MM / 2);
      if (width <= HAIRLINE_MM) continue;
      out.push({
        ...finding(layer), region: sliver, combine: 'max', measured: width,
        itemIds: itemsTouching(scene.fillItems.filter((f) => f.colorKey === layer.key), sliver, 0).map((f) => f.item.id),
        data: { color: layer.label }, group: `sliver:${layer.key}`,
      });
    }
  }
  return out;
}
