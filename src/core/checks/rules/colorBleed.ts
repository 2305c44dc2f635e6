import {
  area, boundaryDistance, boundsOverlap, components, expandBounds, intersect, offset, regionBounds, SpatialIndex, type Bounds, type Region,
} from '../../geometry/index.ts';
import { HAIR_MM, itemsTouching } from '../geometry/measure.ts';
import { reportTiles, type GeoCheck, type GeoFinding } from '../geometry/tiles.ts';
import type { Scene } from '../geometry/scene.ts';
import type { CheckDef } from '../types.ts';

type O = { errorBelow: number; warnBelow: number };

/**
 * Two different colours closer than the minimum metal wall (touching included). Overlaps are
 * fill-overlap's; here the colours are apart but the wall between them is too thin. Pairs of
 * cells are found through a spatial index, so only neighbours are measured.
 */
const geo: GeoCheck<O> = {
  reach: (o) => Math.max(o.errorBelow, o.warnBelow),
  tile(scene, o) {
    const out: GeoFinding[] = [];
    const limit = Math.max(o.errorBelow, o.warnBelow);
    const half = limit / 2 - HAIR_MM;
    const cells = scene.colors.flatMap((layer) => layer.cells().map((cell) => ({ layer, cell })));
    const index = SpatialIndex.build(cells.map((c, i) => [i, c.cell.bounds] as [number, Bounds]));
    const grown = new Map<number, Region>();
    const grow = (i: number) => {
      let g = grown.get(i);
      if (!g) grown.set(i, (g = offset(cells[i]!.cell.region, half)));
      return g;
    };
    const reachCore = expandBounds(scene.core, limit);
    cells.forEach((A, i) => {
      for (const j of index.search(expandBounds(A.cell.bounds, limit))) {
        const B = cells[j]!;
        if (j <= i || B.layer.key === A.layer.key) continue;
        // The zone between them lies within both cells' reach: skip pairs that cannot touch this tile.
        if (!boundsOverlap(A.cell.bounds, reachCore) || !boundsOverlap(B.cell.bounds, reachCore)) continue;
        const near = expandBounds(A.cell.bounds, limit);
        const wall = boundaryDistance(A.cell.region, B.cell.region, near, scene.window);
        if (wall >= o.warnBelow - 1e-6) continue;
        if (wall <= 1e-4 && area(intersect(A.cell.region, B.cell.region)) > 1e-6) continue; // fill-overlap reports it
        for (const comp of components(intersect(grow(i), grow(j)))) {
          if (area(comp) <= 1e-7) continue;
          const zoneWall = boundaryDistance(A.cell.region, B.cell.region, expandBounds(regionBounds(comp), limit), scene.window);
          if (zoneWall >= o.warnBelow - 1e-6) continue;
          const isError = zoneWall < o.errorBelow - 1e-6;
          const fills = itemsTouching(scene.fillItems.filter((f) => f.colorKey === A.layer.key || f.colorKey === B.layer.key), comp);
          const lines = wallLines(scene.metalItems, comp);
          const finding: GeoFinding = {
            messageId: zoneWall <= 1e-4 ? 'touch' : 'close', level: isError ? 'error' : 'warning', region: comp,
            itemIds: [...fills, ...lines].map((x) => x.item.id), measured: zoneWall, limit: isError ? o.errorBelow : o.warnBelow, combine: 'min',
            data: { a: A.layer.label, b: B.layer.label, limit: isError ? o.errorBelow : o.warnBelow, wall: o.warnBelow },
            // One pair of colours without a wall between them is one cause, wherever it happens.
            group: `pair:${[A.layer.key, B.layer.key].sort().join('|')}:${isError ? 'e' : 'w'}`,
          };
          if (lines.length === 1) finding.suggestion = { kind: 'set-width', width: o.warnBelow, itemId: lines[0]!.item.id };
          out.push(finding);
        }
      }
    });
    return out;
  },
};

/** The lines that make the wall here: those covering a good share of the zone between colours. */
function wallLines(metal: Scene['metalItems'], zone: Region): Scene['metalItems'] {
  const shares = itemsTouching(metal.filter((m) => m.item.kind === 'metal-line'), zone, 0).map((m) => ({ m, a: area(intersect(m.region, zone)) }));
  const zoneArea = area(zone);
  return shares.filter((s) => s.a > 0.2 * zoneArea).map((s) => s.m);
}

export const colorBleed: CheckDef<O> = {
  id: 'color-bleed',
  title: 'Colours too close (metal wall too thin)',
  category: 'enamel',
  defaultSeverity: 'error',
  defaultOptions: { errorBelow: 0.2, warnBelow: 0.3 },
  description: 'Two different enamel colours need a metal wall of at least the minimum width between them.',
  messages: {
    touch: '{a} and {b} touch with no metal between them{inPlaces}: the colours will run together. Put a metal line of at least {wall} mm between them.',
    close: '{a} and {b} are only {measured} mm apart{inPlaces}; the wall between them must be at least {limit} mm or it collapses and the colours bleed.',
  },
  ...reportTiles('color-bleed', geo),
};
