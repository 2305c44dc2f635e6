import type { Plating } from '../core/document/types.ts';

import { PLATING_STOPS } from '../core/kinds/plating.ts';

/** Konva's colour-stop list: offset, colour, offset, colour… */
export function gradientStops(plating: Plating): Array<number | string> {
  const stops = PLATING_STOPS[plating];
  return stops.flatMap((c, i) => [i / (stops.length - 1), c]);
}
