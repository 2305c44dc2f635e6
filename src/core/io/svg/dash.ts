import type { PathGeom, SubPath } from '../../document/types.ts';
import { determinant, flattenPath } from '../../geometry/index.ts';
import { TOLERANCE } from '../../units.ts';
import { parseUserLength } from './lengths.ts';
import type { Drawable, ImportNote } from './walk.ts';

/** More dashes than this in one stroke is a texture, not raised metal: it is kept solid and said. */
export const MAX_DASHES = 20_000;

/**
 * stroke-dasharray in user units, as SVG reads it: an odd list is repeated to make it even;
 * "none", a negative or unreadable value, or all zeros means a solid line (undefined).
 */
export function dashPattern(dashArray: string, diag: number): number[] | undefined {
  const v = dashArray.trim();
  if (!v || v === 'none') return undefined;
  const parts = v.split(/\s*,\s*|\s+/).filter(Boolean).map((p) => parseUserLength(p, diag));
  if (!parts.length || parts.some((p) => p === undefined || !(p >= 0) || !Number.isFinite(p))) return undefined;
  const list = parts as number[];
  if (!list.some((p) => p > 0)) return undefined;
  return list.length % 2 ? [...list, ...list] : list;
}

export type Dashed = { ok: true; path: PathGeom; count: number } | { ok: false; count: number };

/**
 * The dashes of a stroke as open sub-paths (polylines flattened to `tolerance`, in the path's own
 * units). The pattern starts again on every sub-path, as in SVG. A zero-length dash draws a dot
 * when the caps are round or square, so it is kept as a tiny dash along the path.
 */
export function dashPath(path: PathGeom, pattern: number[], offset: number, tolerance: number, keepDots: boolean): Dashed {
  const period = pattern.reduce((a, b) => a + b, 0);
  const out: SubPath[] = [];
  const dot = Math.max(tolerance, 1e-9);
  // Every step along the pattern counts, dots dropped or not (a pattern of tiny gaps is work too).
  let steps = 0;
  for (const poly of flattenPath(path, tolerance)) {
    const pts = poly.closed ? [...poly.pts, poly.pts[0]!, poly.pts[1]!] : poly.pts;
    // Where in the pattern the sub-path starts.
    let phase = ((offset % period) + period) % period;
    let k = 0;
    while (phase > 0 && phase >= pattern[k]!) {
      phase -= pattern[k]!;
      k = (k + 1) % pattern.length;
    }
    let left = pattern[k]! - phase;
    let current: Array<[number, number]> | null = k % 2 === 0 ? [[pts[0]!, pts[1]!]] : null;
    const close = (x: number, y: number, dx: number, dy: number) => {
      if (!current) return;
      current.push([x, y]);
      const [sx, sy] = current[0]!;
      if (current.length === 2 && sx === x && sy === y) {
        if (!keepDots) {
          current = null;
          return;
        }
        current[1] = [x + dx * dot, y + dy * dot];
      }
      out.push({ closed: false, segments: current.map(([px, py]) => ({ x: px, y: py })) });
      current = null;
    };
    for (let i = 0; i + 3 < pts.length; i += 2) {
      const x0 = pts[i]!;
      const y0 = pts[i + 1]!;
      const x1 = pts[i + 2]!;
      const y1 = pts[i + 3]!;
      const len = Math.hypot(x1 - x0, y1 - y0);
      if (len === 0) continue;
      const dx = (x1 - x0) / len;
      const dy = (y1 - y0) / len;
      let at = 0;
      while (len - at >= left) {
        at += left;
        const x = x0 + dx * at;
        const y = y0 + dy * at;
        if (current) close(x, y, dx, dy);
        else current = [[x, y]];
        k = (k + 1) % pattern.length;
        left = pattern[k]!;
        // A zero-length entry ends (or starts) a dash on the spot.
        while (left === 0) {
          if (current) close(x, y, dx, dy);
          else current = [[x, y]];
          k = (k + 1) % pattern.length;
          left = pattern[k]!;
        }
        if (out.length > MAX_DASHES || ++steps > 4 * MAX_DASHES) return { ok: false, count: Math.max(out.length, steps / 2) };
      }
      left -= len - at;
      if (current) current.push([x1, y1]);
    }
    // A dash that would start exactly where the sub-path ends has no length: nothing is drawn.
    const open = current as Array<[number, number]> | null;
    if (open && open.some(([px, py]) => px !== open[0]![0] || py !== open[0]![1])) out.push({ closed: false, segments: open.map(([px, py]) => ({ x: px, y: py })) });
  }
  return { ok: true, path: out, count: out.length };
}

/**
 * The path a stroke is drawn along: its dashes when it is dashed (a dashed raised line is a row
 * of metal dashes, each checked on its own), else the path itself. Dashing is done in the
 * element's user space, where the pattern's lengths are.
 */
export function strokePathOf(d: Drawable, diag: number, notes: ImportNote[]): PathGeom {
  const pattern = dashPattern(d.style.dashArray, diag);
  if (!pattern) return d.path;
  const offset = parseUserLength(d.style.dashOffset, diag) ?? 0;
  const scaleToMm = Math.sqrt(Math.abs(determinant(d.ctm))) || 1;
  const dashed = dashPath(d.path, pattern, offset, TOLERANCE.flattenMm / scaleToMm, d.style.linecap !== 'butt');
  if (!dashed.ok) {
    notes.push({ level: 'warning', message: `${d.label}: its dashed stroke would be more than ${MAX_DASHES.toLocaleString('en')} dashes; it was imported as one solid metal line` });
    return d.path;
  }
  notes.push({ level: 'info', message: `${d.label}: its dashed stroke was imported as ${dashed.count} separate metal dash${dashed.count === 1 ? '' : 'es'} (enamel flows through the gaps between them)` });
  return dashed.path;
}
