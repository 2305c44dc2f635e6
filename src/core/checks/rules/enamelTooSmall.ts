import { isEmpty, offset } from '../../geometry/index.ts';
import { boundsOverlap } from '../../geometry/index.ts';
import { HAIR_MM, inscribedRadius, isCompactCell, SPECK_MM2 } from '../geometry/measure.ts';
import { reportTiles, type GeoCheck, type GeoFinding } from '../geometry/tiles.ts';
import { cellItemIds } from '../geometry/scene.ts';
import { sliverFindings } from '../geometry/edges.ts';
import type { CheckDef } from '../types.ts';

type O = { minWidth: number };

/** A whole cell that cannot hold a circle of the minimum width. */
const geo: GeoCheck<O> = {
  reach: (o) => o.minWidth,
  tile(scene, o) {
    const out: GeoFinding[] = [];
    const r = o.minWidth / 2;
    for (const layer of scene.colors) {
      for (const c of layer.cells()) {
        const { region: cell, area: cellArea, convexWidth } = c;
        if (!boundsOverlap(c.bounds, scene.core)) continue; // its findings would lie outside this tile
        if (cellArea <= SPECK_MM2 / 10) continue;
        // Only compact cells can be "too small"; bigger ones that are narrow are enamel-too-narrow's.
        if (!isCompactCell(cellArea, o.minWidth)) continue;
        // Any convex shape w wide holds a disc of w/3: wide convex cells need no offsetting.
        if (convexWidth !== undefined && convexWidth / 3 >= r) continue;
        if (!isEmpty(offset(cell, -(r - HAIR_MM)))) continue;
        const width = 2 * inscribedRadius(cell, r);
        out.push({
          messageId: 'small', level: 'error', region: cell, combine: 'max',
          itemIds: cellItemIds(scene, layer, c),
          measured: width, limit: o.minWidth,
          data: { color: layer.label, limit: o.minWidth },
          suggestion: { kind: 'remove-region' },
        });
      }
    }
    // Slivers (a fill missing its metal line by a hair) are not cells: one finding per colour.
    out.push(...sliverFindings(scene, false, () => ({ messageId: 'sliver', level: 'warning' })));
    return out;
  },
};

export const enamelTooSmall: CheckDef<O> = {
  id: 'enamel-too-small',
  title: 'Enamel cell too small',
  category: 'enamel',
  defaultSeverity: 'error',
  defaultOptions: { minWidth: 0.3 },
  description: 'A cell must hold a circle of the minimum cell width somewhere.',
  messages: {
    sliver: 'The {color} fill leaves slivers up to {measured} mm wide beside the metal{inPlaces}: too thin to see or to hold enamel, so they are made as metal. Trim the fill to the line to be exact.',
    small: 'This {color} cell is only about {measured} mm across; a cell must hold a {limit} mm circle. Make it bigger or fill it with metal.',
  },
  ...reportTiles('enamel-too-small', geo),
};
