import type { PathGeom, Segment } from '../document/types.ts';
import { regionRings, type Region } from './engine.ts';

// Exact shape builders: a circle or ellipse is four cubic béziers (the standard kappa).
const KAPPA = 0.5522847498307936;

export function rectPath(x: number, y: number, w: number, h: number, rx = 0, ry = rx): PathGeom {
  const rX = Math.min(Math.max(0, rx), w / 2);
  const rY = Math.min(Math.max(0, ry), h / 2);
  if (rX === 0 || rY === 0) {
    return [{ closed: true, segments: [{ x, y }, { x: x + w, y }, { x: x + w, y: y + h }, { x, y: y + h }] }];
  }
  const kx = rX * KAPPA;
  const ky = rY * KAPPA;
  const segs: Segment[] = [
    { x: x + rX, y, hin: { x: -kx, y: 0 } },
    { x: x + w - rX, y, hout: { x: kx, y: 0 } },
    { x: x + w, y: y + rY, hin: { x: 0, y: -ky } },
    { x: x + w, y: y + h - rY, hout: { x: 0, y: ky } },
    { x: x + w - rX, y: y + h, hin: { x: kx, y: 0 } },
    { x: x + rX, y: y + h, hout: { x: -kx, y: 0 } },
    { x, y: y + h - rY, hin: { x: 0, y: ky } },
    { x, y: y + rY, hout: { x: 0, y: -ky } },
  ];
  return [{ closed: true, segments: segs }];
}

export function ellipsePath(cx: number, cy: number, rx: number, ry: number = rx): PathGeom {
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  return [{
    closed: true,
    segments: [
      { x: cx + rx, y: cy, hin: { x: 0, y: -ky }, hout: { x: 0, y: ky } },
      { x: cx, y: cy + ry, hin: { x: kx, y: 0 }, hout: { x: -kx, y: 0 } },
      { x: cx - rx, y: cy, hin: { x: 0, y: ky }, hout: { x: 0, y: -ky } },
      { x: cx, y: cy - ry, hin: { x: -kx, y: 0 }, hout: { x: kx, y: 0 } },
    ],
  }];
}

export function polylinePath(points: ReadonlyArray<readonly [number, number]>, closed: boolean): PathGeom {
  if (points.length === 0) return [];
  return [{ closed, segments: points.map(([x, y]) => ({ x, y })) }];
}

/** A closed polygon path from engine rings (orientation carries the holes under nonzero). */
export function ringsToPath(rings: number[][]): PathGeom {
  return rings.filter((r) => r.length >= 6).map((r) => {
    const segments = [];
    for (let i = 0; i < r.length; i += 2) segments.push({ x: r[i]!, y: r[i + 1]! });
    return { closed: true, segments };
  });
}

/** A region as a path of closed polylines (its rings never overlap: any fill rule draws it right). */
export function regionToPath(r: Region): PathGeom {
  return ringsToPath(regionRings(r));
}


/** A regular polygon with its first corner straight up (y down, so at cy − r). */
export function polygonPath(cx: number, cy: number, r: number, sides: number): PathGeom {
  const n = Math.max(3, Math.round(sides));
  const segments = Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
  return [{ closed: true, segments }];
}

/** A star of `points` tips; `innerRatio` is the inner radius as a share of the outer one. */
export function starPath(cx: number, cy: number, r: number, points: number, innerRatio = 0.5): PathGeom {
  const n = Math.max(3, Math.round(points));
  const segments = Array.from({ length: 2 * n }, (_, i) => {
    const a = -Math.PI / 2 + (Math.PI * i) / n;
    const rr = i % 2 === 0 ? r : r * innerRatio;
    return { x: cx + rr * Math.cos(a), y: cy + rr * Math.sin(a) };
  });
  return [{ closed: true, segments }];
}
