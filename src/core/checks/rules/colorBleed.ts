import {
  area, boundaryDistance, components, expandBounds, intersect, isEmpty, offset, regionBounds, boundsOverlap, type Region,
} from '../../geometry/index.ts';
import { HAIR_MM, itemsTouching } from '../geometry/measure.ts';
import type { GeoCheck, GeoFinding } from '../geometry/tiles.ts';
import type { Scene } from '../geometry/scene.ts';
import type { CheckDef } from '../types.ts';

type O = { errorBelow: number; warnBelow: number };

/** Two different colours closer than the minimum metal wall (touching included). Overlaps are
 * fill-overlap's; here the colours are apart but the wall between them is too thin. */
const geo: GeoCheck<O> = {
  reach: (o) => Math.max(o.errorBelow, o.warnBelow),
  tile(scene, o) {
    const out: GeoFinding[] = [];
    const half = Math.max(o.errorBelow, o.warnBelow) / 2 - HAIR_MM;
    const layers = scene.colors.filter((c) => !isEmpty(c.enamel)).map((c) => {
      const grown = offset(c.enamel, half);
      return { layer: c, grown, bounds: regionBounds(grown) };
    });
    for (let a = 0; a < layers.length; a++) {
      for (let b = a + 1; b < layers.length; b++) {
        const A = layers[a]!;
        const B = layers[b]!;
        if (!boundsOverlap(A.bounds, B.bounds)) continue;
        const zone = intersect(A.grown, B.grown);
        for (const comp of components(zone)) {
          if (area(comp) <= 1e-7) continue;
          const near = expandBounds(regionBounds(comp), 2 * half);
          const overlap = intersect(intersect(A.layer.enamel, B.layer.enamel), comp);
          if (!isEmpty(overlap) && area(overlap) > 1e-6) continue; // fill-overlap reports it
          const wall = boundaryDistance(A.layer.enamel, B.layer.enamel, near, scene.window);
          if (wall >= o.warnBelow - 1e-6) continue;
          const isError = wall < o.errorBelow - 1e-6;
          const fills = itemsTouching(scene.fillItems.filter((f) => f.colorKey === A.layer.key || f.colorKey === B.layer.key), comp);
          const lines = wallLines(scene.metalItems, comp);
          const finding: GeoFinding = {
            messageId: wall <= 1e-4 ? 'touch' : 'close', level: isError ? 'error' : 'warning', region: comp,
            itemIds: [...fills, ...lines].map((i) => i.item.id), measured: wall, limit: isError ? o.errorBelow : o.warnBelow, combine: 'min',
            data: { a: A.layer.label, b: B.layer.label, limit: isError ? o.errorBelow : o.warnBelow, wall: o.warnBelow },
          };
          if (lines.length === 1) finding.suggestion = { kind: 'set-width', width: o.warnBelow, itemId: lines[0]!.item.id };
          out.push(finding);
        }
      }
    }
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
    touch: '{a} and {b} touch with no metal between them: the colours will run together. Put a metal line of at least {wall} mm between them.',
    close: '{a} and {b} are only {measured} mm apart; the wall between them must be at least {limit} mm or it collapses and the colours bleed.',
  },
  reach: geo.reach,
  run(ctx) {
    for (const f of ctx.derived.geometry.findings('color-bleed', geo, ctx.options)) ctx.report(f);
  },
};
