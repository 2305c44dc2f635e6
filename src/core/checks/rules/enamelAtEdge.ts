import { enamelNearEdge } from '../geometry/edges.ts';
import { itemsTouching } from '../geometry/measure.ts';
import type { GeoCheck, GeoFinding } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = { minRim: number };

const geo: GeoCheck<O> = {
  reach: (o) => o.minRim,
  tile(scene, o) {
    const out: GeoFinding[] = [];
    for (const { region, distance } of enamelNearEdge(scene, o.minRim)) {
      if (distance >= o.minRim - 1e-6) continue;
      out.push({
        messageId: distance <= 1e-4 ? 'atEdge' : 'nearEdge', level: 'error', region,
        itemIds: itemsTouching(scene.fillItems, region, 0).map((f) => f.item.id),
        measured: distance, limit: o.minRim, combine: 'min', data: { limit: o.minRim },
      });
    }
    return out;
  },
};

export const enamelAtEdge: CheckDef<O> = {
  id: 'enamel-at-edge',
  title: 'Enamel at the cut edge',
  category: 'outline',
  defaultSeverity: 'error',
  defaultOptions: { minRim: 0.2 },
  description: 'Enamel must be held by a metal rim: it may not reach the die-cut edge or come closer than the line minimum.',
  messages: {
    atEdge: 'Enamel reaches the cut edge: with no metal rim it chips off when the pin is cut. Add a metal rim of at least {limit} mm.',
    nearEdge: 'Enamel is only {measured} mm from the cut edge; the metal rim must be at least {limit} mm.',
  },
  reach: geo.reach,
  run(ctx) {
    for (const r of ctx.derived.geometry.findings('enamel-at-edge', geo, ctx.options)) ctx.report(r);
  },
};
