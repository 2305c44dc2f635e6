import { area, difference, intersect, union } from '../../geometry/index.ts';
import { itemsTouching, withoutHairlines } from '../geometry/measure.ts';
import { reportTiles, type GeoCheck, type GeoFinding } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = Record<string, never>;

/**
 * Metal or enamel beyond the die line: the cut takes it away. A rim whose outer edge is the die
 * line differs from it by flattening noise only, which the hairline opening removes. Art under a
 * cut-out is not reported: a hole punched through a fill is how artists draw holes.
 */
const geo: GeoCheck<O> = {
  reach: () => 0.1,
  tile(scene) {
    if (!scene.hasDie || scene.dieCoversWindow) return [];
    const out: GeoFinding[] = [];
    const fills = scene.fillsAll;
    const beyond = difference(union(scene.metal, fills), scene.outer);
    for (const piece of withoutHairlines(beyond)) {
      const enamel = area(intersect(piece, fills)) > 1e-3;
      const touching = itemsTouching([...scene.fillItems, ...scene.metalItems], piece, 0);
      out.push({
        messageId: enamel ? 'enamel' : 'metal', level: enamel ? 'error' : 'warning', region: piece,
        itemIds: touching.map((t) => t.item.id), measured: area(piece), combine: 'sum', data: {},
        suggestion: { kind: 'remove-region' },
      });
    }
    return out;
  },
};

export const outsideOutline: CheckDef<O> = {
  id: 'outside-outline',
  title: 'Art beyond the die line',
  category: 'outline',
  defaultSeverity: 'error',
  defaultOptions: {},
  description: 'Metal or enamel outside the die-cut outline is cut away.',
  messages: {
    enamel: 'Enamel runs {measured} mm² beyond the die line, where the pin is cut: trim it back inside the metal rim.',
    metal: 'Metal runs {measured} mm² beyond the die line and will be cut away: what you see is not what will be made. Trim it to the die line.',
  },
  ...reportTiles('outside-outline', geo),
};
