import type { Bounds } from '../geometry/index.ts';

// Smart guides (Illustrator's View › Smart Guides) for a dragged selection: its edges and centre
// pull onto the edges and centres of the items around it, and onto equal spacing between two
// neighbours, with the guide drawn where it caught.

export interface Guide {
  axis: 'x' | 'y';
  /** The line: x = at (axis x) or y = at (axis y), drawn from `from` to `to` along the other axis. */
  at: number;
  from: number;
  to: number;
}

export interface Snapped {
  dx: number;
  dy: number;
  guides: Guide[];
}

const xs = (b: Bounds) => [b.minX, (b.minX + b.maxX) / 2, b.maxX];
const ys = (b: Bounds) => [b.minY, (b.minY + b.maxY) / 2, b.maxY];
const shift = (b: Bounds, dx: number, dy: number): Bounds => ({ minX: b.minX + dx, minY: b.minY + dy, maxX: b.maxX + dx, maxY: b.maxY + dy });

/** The best pull on one axis within `tol`: edge or centre onto edge or centre, or equal gaps. */
function pull(moving: Bounds, others: readonly Bounds[], axis: 'x' | 'y', tol: number): { d: number; target: number; other?: Bounds; gap?: [Bounds, Bounds] } | undefined {
  const mine = axis === 'x' ? xs(moving) : ys(moving);
  let best: { d: number; target: number; other?: Bounds; gap?: [Bounds, Bounds] } | undefined;
  for (const o of others) {
    for (const t of axis === 'x' ? xs(o) : ys(o)) {
      for (const m of mine) {
        const d = t - m;
        if (Math.abs(d) <= tol && (!best || Math.abs(d) < Math.abs(best.d))) best = { d, target: t, other: o };
      }
    }
  }
  // Equal spacing: the selection's gap to a neighbour on one side equals that neighbour's gap to the next.
  const lo = (b: Bounds) => (axis === 'x' ? b.minX : b.minY);
  const hi = (b: Bounds) => (axis === 'x' ? b.maxX : b.maxY);
  for (const a of others) {
    for (const b of others) {
      if (a === b || hi(a) > lo(b)) continue;
      const gap = lo(b) - hi(a);
      // Moving after b, or before a, with the same gap.
      for (const [want, m] of [[hi(b) + gap, lo(moving)], [lo(a) - gap, hi(moving)]] as const) {
        const d = want - m;
        if (Math.abs(d) <= tol && (!best || Math.abs(d) < Math.abs(best.d) - 1e-9)) best = { d, target: want, gap: [a, b] };
      }
    }
  }
  return best;
}

/**
 * How much to add to a drag so the moved selection lines up, within `tol` mm (a few screen pixels),
 * and the guides to draw. At most `maxOthers` neighbours are considered (the nearest by centre),
 * so a 2,000-item pin stays fluid.
 */
export function smartSnap(moving: Bounds, others: readonly Bounds[], tol: number, maxOthers = 200): Snapped {
  const cx = (moving.minX + moving.maxX) / 2;
  const cy = (moving.minY + moving.maxY) / 2;
  const near = others.length > maxOthers
    ? [...others].sort((a, b) => Math.hypot((a.minX + a.maxX) / 2 - cx, (a.minY + a.maxY) / 2 - cy) - Math.hypot((b.minX + b.maxX) / 2 - cx, (b.minY + b.maxY) / 2 - cy)).slice(0, maxOthers)
    : others;
  const px = pull(moving, near, 'x', tol);
  const py = pull(moving, near, 'y', tol);
  const dx = px?.d ?? 0;
  const dy = py?.d ?? 0;
  const moved = shift(moving, dx, dy);
  const guides: Guide[] = [];
  for (const [p, axis] of [[px, 'x'], [py, 'y']] as const) {
    if (!p) continue;
    const span = [moved, ...(p.other ? [p.other] : p.gap ?? [])];
    const from = Math.min(...span.map((b) => (axis === 'x' ? b.minY : b.minX)));
    const to = Math.max(...span.map((b) => (axis === 'x' ? b.maxY : b.maxX)));
    guides.push({ axis, at: p.target, from, to });
  }
  return { dx, dy, guides };
}
