import { area, boundsOverlap, difference, intersect } from '../../geometry/index.ts';
import { withoutHairlines } from '../geometry/measure.ts';
import { reportTiles, type GeoCheck, type GeoFinding } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = Record<string, never>;

/** Fills of different colours overlapping where no metal covers them. */
const geo: GeoCheck<O> = {
  reach: () => 0.1,
  tile(scene) {
    const out: GeoFinding[] = [];
    const f = scene.fillItems;
    for (let i = 0; i < f.length; i++) {
      for (let j = i + 1; j < f.length; j++) {
        const a = f[i]!;
        const b = f[j]!;
        if (a.colorKey === b.colorKey || !boundsOverlap(a.bounds, b.bounds)) continue;
        let both = difference(intersect(a.region, b.region), scene.metal);
        if (scene.hasDie) both = intersect(both, scene.die);
        for (const piece of withoutHairlines(both)) {
          const layerA = scene.colors.find((c) => c.key === a.colorKey)!;
          const layerB = scene.colors.find((c) => c.key === b.colorKey)!;
          out.push({
            messageId: 'overlap', level: 'error', region: piece, itemIds: [a.item.id, b.item.id],
            measured: area(piece), combine: 'sum',
            data: { a: layerA.label, b: layerB.label },
            suggestion: { kind: 'remove-region' },
          });
        }
      }
    }
    return out;
  },
};

export const fillOverlap: CheckDef<O> = {
  id: 'fill-overlap',
  title: 'Fills of different colours overlap',
  category: 'enamel',
  defaultSeverity: 'error',
  defaultOptions: {},
  description: 'A cell can hold only one colour: fills of different colours must not overlap outside metal.',
  messages: {
    overlap: '{a} and {b} overlap here ({measured} mm²) with no metal over them: one cell cannot hold two colours. Trim one fill, or add a metal line between them.',
  },
  ...reportTiles('fill-overlap', geo),
};
