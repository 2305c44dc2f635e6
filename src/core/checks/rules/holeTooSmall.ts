import { boundaryDistance, expandBounds, intersect, isEmpty, offset, regionBounds } from '../../geometry/index.ts';
import { HAIR_MM, inscribedRadius, narrowParts, significantPieces } from '../geometry/measure.ts';
import { reportTiles, type GeoCheck, type GeoFinding } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = { minDiameter: number; minBridge: number };

/** Cut-outs too small to punch, and metal bridges too thin beside a cut-out. */
const geo: GeoCheck<O> = {
  reach: (o) => Math.max(o.minDiameter, o.minBridge),
  tile(scene, o) {
    const out: GeoFinding[] = [];
    if (!scene.hasDie) return out;
    for (const c of scene.cutouts) {
      if (!isEmpty(offset(c.region, -(o.minDiameter / 2 - HAIR_MM)))) continue;
      out.push({
        messageId: 'hole', level: 'error', region: c.region, itemIds: [c.item.id], combine: 'min',
        measured: 2 * inscribedRadius(c.region, o.minDiameter / 2), limit: o.minDiameter, data: { limit: o.minDiameter },
      });
    }
    if (!scene.cutouts.length) return out;
    const r = o.minBridge / 2;
    const holesNear = offset({ paths: scene.cutouts.flatMap((c) => c.region.paths) }, 0.01);
    for (const p of significantPieces(narrowParts(scene.die, r), r)) {
      if (isEmpty(intersect(p.region, holesNear))) continue; // narrow die parts away from cut-outs are the outline's shape
      const holes = scene.cutouts.filter((c) => !isEmpty(intersect(offset(c.region, 0.01), p.region)));
      // The bridge is as wide as the gap from the hole to the outline or to the next hole.
      const near = expandBounds(regionBounds(p.region), o.minBridge);
      const others = scene.cutouts.filter((c) => !holes.includes(c));
      let width = Infinity;
      for (const h of holes) {
        width = Math.min(width, boundaryDistance(h.region, scene.outer, near, scene.window));
        for (const k of others) width = Math.min(width, boundaryDistance(h.region, k.region, near, scene.window));
      }
      if (!(width < o.minBridge - 1e-6)) continue;
      out.push({
        messageId: 'bridge', level: 'error', region: p.region, combine: 'min',
        itemIds: holes.map((c) => c.item.id), measured: width, limit: o.minBridge, data: { limit: o.minBridge },
      });
    }
    return out;
  },
};

export const holeTooSmall: CheckDef<O> = {
  id: 'hole-too-small',
  title: 'Cut-out or bridge too small',
  category: 'outline',
  defaultSeverity: 'error',
  defaultOptions: { minDiameter: 1.2, minBridge: 1.2 },
  description: 'Through-holes need at least 1.2 mm across, and the metal beside them at least 1.2 mm.',
  messages: {
    hole: 'This cut-out is only {measured} mm across; the die cannot punch holes under {limit} mm. Enlarge it or drop it (cut-outs also add tooling cost).',
    bridge: 'The metal beside this cut-out is only about {measured} mm; bridges under {limit} mm bend or break. Move the cut-out or widen the metal.',
  },
  ...reportTiles('hole-too-small', geo),
};
