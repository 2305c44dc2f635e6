import { edgeFindings, sliverFindings } from '../geometry/edges.ts';
import { reportTiles, type GeoCheck } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = { minRim: number };

const geo: GeoCheck<O> = {
  reach: (o) => o.minRim,
  tile: (scene, o) => [
    ...edgeFindings(scene, o.minRim, (d) => (d >= o.minRim - 1e-6 ? undefined
      : { messageId: d <= 1e-4 ? 'atEdge' : 'nearEdge', level: 'error', limit: o.minRim })),
    // A fill reaching a hair past its rim line to the cut edge: invisible, and cut away with the metal.
    ...sliverFindings(scene, true, () => ({ messageId: 'overhang', level: 'warning' })),
  ],
};

export const enamelAtEdge: CheckDef<O> = {
  id: 'enamel-at-edge',
  title: 'Enamel at the cut edge',
  category: 'outline',
  defaultSeverity: 'error',
  defaultOptions: { minRim: 0.2 },
  description: 'Enamel must be held by a metal rim: it may not reach the die-cut edge or come closer than the line minimum.',
  messages: {
    atEdge: 'Enamel reaches the cut edge{inPlaces}: with no metal rim it chips off when the pin is cut. Add a metal rim of at least {limit} mm.',
    nearEdge: 'Enamel comes within {measured} mm of the cut edge{inPlaces}; the metal rim must be at least {limit} mm.',
    overhang: 'The {color} fill runs up to {measured} mm past the metal to the cut edge{inPlaces}: too thin to see or to hold enamel, so it is made as metal. Trim the fill to the line to be exact.',
  },
  ...reportTiles('enamel-at-edge', geo),
};
