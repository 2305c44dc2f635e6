import { edgeFindings } from '../geometry/edges.ts';
import { reportTiles, type GeoCheck } from '../geometry/tiles.ts';
import type { CheckDef } from '../types.ts';

type O = { errorBelow: number; warnBelow: number };

const geo: GeoCheck<O> = {
  reach: (o) => o.warnBelow,
  // Closer than the line minimum is enamel-at-edge's error; here the rim is merely thin.
  tile: (scene, o) => edgeFindings(scene, o.warnBelow, (d) => (d < o.errorBelow - 1e-6 || d >= o.warnBelow - 1e-6 ? undefined
    : { messageId: 'thin', level: 'warning', limit: o.warnBelow })),
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
  ...reportTiles('rim-too-thin', geo),
};
