import { edgeFindings } from '../geometry/edges.ts';
import { reportTiles, type GeoCheck } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = { minRim: number };

const geo: GeoCheck<O> = {
  reach: (o) => o.minRim,
  tile: (scene, o) => edgeFindings(scene, o.minRim, (d) => (d >= o.minRim - 1e-6 ? undefined
    : { messageId: d <= 1e-4 ? 'atEdge' : 'nearEdge', level: 'error', limit: o.minRim })),
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
  ...reportTiles('enamel-at-edge', geo),
};
