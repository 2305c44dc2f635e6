import { area, difference, stripWidth } from '../../geometry/index.ts';
import { inscribedRadius, itemsTouching, SLIVER_MM, withoutHairlines } from '../geometry/measure.ts';
import { reportTiles, type GeoCheck, type GeoFinding } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = { minArea: number };

/** Recessed area inside the die that is neither metal nor enamel: slivers and forgotten cells. */
const geo: GeoCheck<O> = {
  reach: () => 0.1,
  tile(scene, o) {
    if (!scene.hasDie) return [];
    const out: GeoFinding[] = [];
    const bare = difference(scene.recess, scene.fillsAll);
    for (const gap of withoutHairlines(bare, o.minArea)) {
      const neighbours = itemsTouching(scene.fillItems, gap, 0.02);
      const walls = itemsTouching(scene.metalItems, gap, 0.02);
      const width = stripWidth(gap);
      const sliver = width < 0.5;
      // Narrower than anyone can see: the fill misses its line by a hair, and enamel flows into
      // it. One finding per fill that does it, however many places.
      const hair = width < SLIVER_MM && inscribedRadius(gap, SLIVER_MM / 2) * 2 < SLIVER_MM;
      const fills = neighbours.map((n) => n.item.id).sort();
      const finding: GeoFinding = hair ? {
        messageId: 'short', level: 'warning', region: gap, itemIds: [...neighbours, ...walls].map((i) => i.item.id),
        measured: 2 * inscribedRadius(gap, SLIVER_MM / 2), combine: 'max', group: `short:${fills.join(',')}`,
        data: { fills: neighbours.map((n) => n.item.kind === 'enamel-fill' ? (n.item.color.code ?? n.item.color.hex) : n.item.id).filter((x, i, a) => a.indexOf(x) === i).join(', ') || 'enamel' },
      } : {
        messageId: sliver ? 'sliver' : 'cell', level: 'error', region: gap,
        itemIds: [...neighbours, ...walls].map((i) => i.item.id), measured: area(gap), combine: 'sum',
        data: { width: Number(width.toFixed(2)) },
      };
      // Extend the neighbouring fill over the gap (the usual fix), else fill it with metal.
      const best = neighbours.map((n) => ({ n, a: area(n.region) })).sort((x, y) => y.a - x.a)[0]?.n;
      if (best && best.item.kind === 'enamel-fill') {
        finding.suggestion = { kind: 'extend-fill', itemId: best.item.id, hex: best.item.color.hex, ...(best.item.color.code ? { code: best.item.color.code } : {}) };
      }
      out.push(finding);
    }
    return out;
  },
};

export const fillGap: CheckDef<O> = {
  id: 'fill-gap',
  title: 'Bare recess (gap between fills)',
  category: 'enamel',
  defaultSeverity: 'error',
  defaultOptions: { minArea: 0.002 },
  description: 'Every recessed area inside the die must hold enamel: no slivers between fills, no forgotten cells.',
  messages: {
    sliver: 'A bare sliver about {width} mm wide ({measured} mm²) between the fills and the metal: it stays unfilled. Extend the fill up to the metal line.',
    short: 'The {fills} fill stops up to {measured} mm short of the metal line{inPlaces}: too thin to see, and the enamel flows into it. Extend the fill to the line to be exact.',
    cell: 'An unfilled recess of {measured} mm²: the factory needs a colour here. Fill it with enamel, or make it metal.',
  },
  ...reportTiles('fill-gap', geo),
};
