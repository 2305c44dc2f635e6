import { enamelNearEdge } from '../geometry/edges.ts';
import { itemsTouching } from '../geometry/measure.ts';
import type { GeoCheck, GeoFinding } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = { errorBelow: number; warnBelow: number };

const geo: GeoCheck<O> = {
  reach: (o) => o.warnBelow,
  tile(scene, o) {
    const out: GeoFinding[] = [];
    for (const { region, distance } of enamelNearEdge(scene, o.warnBelow)) {
      // Closer than the line minimum is enamel-at-edge's error; here the rim is merely thin.
      if (distance < o.errorBelow - 1e-6 || distance >= o.warnBelow - 1e-6) continue;
      out.push({
        messageId: 'thin', level: 'warning', region,
        itemIds: itemsTouching(scene.fillItems, region, 0).map((f) => f.item.id),
        measured: distance, limit: o.warnBelow, combine: 'min', data: { limit: o.warnBelow },
      });
    }
    return out;
  },
};

export const rimTooThin: CheckDef<O> = {
  id: 'rim-too-thin',
  title: 'Metal rim thin',
  category: 'outline',
  defaultSeverity: 'warning',
  defaultOptions: { errorBelow: 0.2, warnBelow: 0.5 },
  description: 'The metal border between enamel and the cut edge should be at least 0.5 mm.',
  messages: {
    thin: 'The metal rim here is {measured} mm; below {limit} mm the edge can bend or show enamel after cutting. Widen the rim.',
  },
  reach: geo.reach,
  run(ctx) {
    for (const r of ctx.derived.geometry.findings('rim-too-thin', geo, ctx.options)) ctx.report(r);
  },
};
