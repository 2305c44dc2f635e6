import type { Point } from '../document/types.ts';
import { area, components, interiorPoint, isEmpty, offset } from '../geometry/index.ts';
import type { ColourFact } from './facts.ts';

export interface CalloutPlacement {
  n: number;
  /** On the colour: the circle's centre (inside) or the leader's end (outside), in mm. */
  at: Point;
  /** The circle lies wholly on its own colour. */
  inside: boolean;
  /** For an outside callout: the circle's centre on the sheet (pt). */
  label: { x: number; y: number };
}

/**
 * Where each colour's numbered callout goes in the enlarged view (k pt per mm, circle radius r pt):
 * on the colour, where a whole circle fits inside it, so it never covers another colour; else in
 * a column at x = columnX, at the height of its colour as far as the circles above allow, with a
 * leader line to the colour.
 */
export function calloutPlacements(
  colours: readonly ColourFact[], k: number, r: number, columnX: number, toSheet: (p: Point) => { x: number; y: number },
): CalloutPlacement[] {
  const out: CalloutPlacement[] = [];
  const outside: Array<{ n: number; at: Point; want: number }> = [];
  const clearance = (r + 1) / k;
  for (const c of colours) {
    const room = offset(c.region, -clearance);
    const best = isEmpty(room) ? undefined : components(room).sort((a, b) => area(b) - area(a))[0];
    const at = best ? interiorPoint(best) : undefined;
    if (at) out.push({ n: c.n, at, inside: true, label: toSheet(at) });
    else outside.push({ n: c.n, at: c.anchor, want: toSheet(c.anchor).y });
  }
  // Top to bottom (sheet y grows upwards), each circle at least one step below the one above.
  const step = 2 * r + 2;
  let floor = Infinity;
  for (const o of outside.sort((a, b) => b.want - a.want)) {
    const y = Math.min(o.want, floor - step);
    out.push({ n: o.n, at: o.at, inside: false, label: { x: columnX, y } });
    floor = y;
  }
  return out.sort((a, b) => a.n - b.n);
}
