import { isEmpty, offset, sharpestCorner, stripWidth } from '../../geometry/index.ts';
import { isBelow } from '../../units.ts';
import { boundsOverlap } from '../../geometry/index.ts';
import { CHANNEL_K, HAIR_MM, inscribedRadius, isCompactCell, itemsTouching, localWidth, narrowParts, significantPieces, SPECK_MM2 } from '../geometry/measure.ts';
import { reportTiles, type GeoCheck, type GeoFinding } from '../geometry/tiles.ts';
import { cellItemIds } from '../geometry/scene.ts';
import type { CheckDef } from '../types.ts';

type O = { errorBelow: number; warnBelow: number; reportTips: boolean };

/**
 * Parts of enamel cells narrower than the minimum cell width (cells too small as a whole are
 * enamel-too-small's). Long channels are errors. Wedge tips, where a cell meets a line at a sharp
 * angle, exist in almost every design and factories fill them: reported only with `reportTips`.
 */
const geo: GeoCheck<O> = {
  reach: (o) => Math.max(o.errorBelow, o.warnBelow),
  tile(scene, o) {
    const out: GeoFinding[] = [];
    const rw = o.warnBelow / 2;
    const re = o.errorBelow / 2;
    for (const layer of scene.colors) {
      for (const c of layer.cells()) {
        const { region: cell, area: cellArea, convexWidth } = c;
        if (!boundsOverlap(c.bounds, scene.core)) continue; // its findings would lie outside this tile
        // A convex cell at least the limit wide has no narrow part, only corners (tips if asked).
        const simpleWidth = convexWidth ?? c.ringsWidth;
        if (simpleWidth !== undefined && simpleWidth >= o.warnBelow && (!o.reportTips || sharpestCorner(cell) >= 80)) continue;
        const cellIds = cellItemIds(scene, layer, c);
        if (isEmpty(offset(cell, -(re - HAIR_MM)))) {
          // Nowhere wide enough: compact cells are enamel-too-small's; long channels are reported whole.
          if (isCompactCell(cellArea, o.errorBelow) || cellArea <= SPECK_MM2) continue;
          out.push({
            messageId: 'channel', level: 'error', region: cell, itemIds: cellIds, combine: 'min',
            measured: 2 * inscribedRadius(cell, re), limit: o.errorBelow, data: { color: layer.label, limit: o.errorBelow },
            group: `fills:${cellIds.join(',')}:${layer.key}:e`,
          });
          continue;
        }
        const pieces = significantPieces(narrowParts(cell, rw), rw);
        if (!pieces.length) continue;
        const tips = pieces.filter((p) => p.area <= CHANNEL_K * rw * rw);
        for (const p of pieces.filter((q) => q.area > CHANNEL_K * rw * rw)) {
          // One measurement: the width printed is the width that sets the severity.
          const width = localWidth(cell, p.region, rw);
          if (!isBelow(width, o.warnBelow)) continue;
          const isError = isBelow(width, o.errorBelow);
          const limit = isError ? o.errorBelow : o.warnBelow;
          // Gaps between raised letters are one cause: one finding per line of text, with its places.
          const text = itemsTouching(scene.metalItems, p.region, 0.02).find((m) => m.item.kind === 'text')?.item;
          out.push({
            messageId: text?.kind === 'text' ? 'lettering' : 'channel', level: isError ? 'error' : 'warning', region: p.region,
            itemIds: text ? [...cellIds, text.id] : cellIds, measured: width, limit, combine: 'min',
            data: { color: layer.label, limit, ...(text?.kind === 'text' ? { text: text.text } : {}) },
            // Else the narrow places of the same fills are one cause: the fill drawn into tight spaces.
            group: text ? `text:${text.id}:${layer.key}:${isError ? 'e' : 'w'}` : `fills:${cellIds.join(',')}:${layer.key}:${isError ? 'e' : 'w'}`,
          });
        }
        if (tips.length && o.reportTips) {
          const region = { paths: tips.flatMap((t) => t.region.paths) };
          out.push({
            messageId: 'tips', level: 'warning', region, itemIds: cellIds, combine: 'min',
            measured: Math.min(...tips.map((t) => stripWidth(t.region))), limit: o.warnBelow,
            data: { color: layer.label, count: tips.length, limit: o.warnBelow },
          });
        }
      }
    }
    return out;
  },
};

export const enamelTooNarrow: CheckDef<O> = {
  id: 'enamel-too-narrow',
  title: 'Enamel cell too narrow',
  category: 'enamel',
  defaultSeverity: 'error',
  defaultOptions: { errorBelow: 0.3, warnBelow: 0.35, reportTips: false },
  description: 'Every part of an enamel cell must be at least the minimum cell width across.',
  messages: {
    channel: 'The {color} enamel narrows to about {measured} mm{inPlaces}; below {limit} mm enamel traps air and does not fill. Widen the cell or end it with metal.',
    lettering: 'The {color} enamel between the letters of "{text}" narrows to about {measured} mm{inPlaces}; below {limit} mm enamel traps air and does not fill. Space the letters out, make the text bigger, or fill between them with metal.',
    tips: 'The {color} cell runs into {count} sharp point(s) narrower than {limit} mm; enamel will not fill them. Round the corners or fill the points with metal.',
  },
  ...reportTiles('enamel-too-narrow', geo),
};
