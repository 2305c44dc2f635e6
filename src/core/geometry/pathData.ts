import type { PathGeom, Segment, SubPath } from '../document/types.ts';
import { fail, ok, type Result } from '../result.ts';

// SVG path data (every command incl. arcs, implicit repeats, compact numbers such as "1.5.5"
// and packed arc flags "a1 1 0 01.5.5") to anchors with relative bézier handles.

const MAX_PATH_CHARS = 5_000_000;
const CMD_ARGS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

class Scanner {
  pos = 0;
  constructor(readonly s: string) {}
  skipSep(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 44) this.pos++;
      else break;
    }
  }
  atEnd(): boolean {
    this.skipSep();
    return this.pos >= this.s.length;
  }
  peekCommand(): string | undefined {
    this.skipSep();
    const ch = this.s[this.pos];
    return ch !== undefined && /[MmLlHhVvCcSsQqTtAaZz]/.test(ch) ? ch : undefined;
  }
  number(): number | undefined {
    this.skipSep();
    const re = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
    re.lastIndex = this.pos;
    const m = re.exec(this.s);
    if (!m) return undefined;
    this.pos = re.lastIndex;
    const v = Number(m[0]);
    return Number.isFinite(v) ? v : undefined;
  }
  flag(): number | undefined {
    this.skipSep();
    const ch = this.s[this.pos];
    if (ch === '0' || ch === '1') {
      this.pos++;
      return ch === '1' ? 1 : 0;
    }
    return undefined;
  }
}

class Builder {
  readonly subpaths: SubPath[] = [];
  private current: Segment[] | null = null;
  x = 0;
  y = 0;
  startX = 0;
  startY = 0;

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.current = [{ x, y }];
    this.x = this.startX = x;
    this.y = this.startY = y;
  }
  private ensure(): Segment[] {
    if (!this.current) this.current = [{ x: this.x, y: this.y }];
    return this.current;
  }
  lineTo(x: number, y: number): void {
    this.ensure().push({ x, y });
    this.x = x;
    this.y = y;
  }
  cubicTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    const segs = this.ensure();
    const last = segs[segs.length - 1]!;
    if (c1x !== last.x || c1y !== last.y) last.hout = { x: c1x - last.x, y: c1y - last.y };
    const seg: Segment = { x, y };
    if (c2x !== x || c2y !== y) seg.hin = { x: c2x - x, y: c2y - y };
    segs.push(seg);
    this.x = x;
    this.y = y;
  }
  close(): void {
    this.flush(true);
    this.x = this.startX;
    this.y = this.startY;
  }
  flush(closed: boolean): void {
    const segs = this.current;
    this.current = null;
    if (!segs) return;
    if (closed && segs.length > 1) {
      // A closing segment that lands on the start merges into it (keeps its incoming handle).
      const first = segs[0]!;
      const last = segs[segs.length - 1]!;
      if (Math.abs(first.x - last.x) < 1e-12 && Math.abs(first.y - last.y) < 1e-12) {
        if (last.hin) first.hin = last.hin;
        segs.pop();
      }
    }
    this.subpaths.push({ closed, segments: segs });
  }
}

/** Endpoint-parameterised elliptical arc to cubic béziers (SVG implementation notes F.6). */
export function arcToCubics(
  x1: number, y1: number, rxIn: number, ryIn: number, angleDeg: number,
  largeArc: number, sweep: number, x2: number, y2: number,
): number[][] {
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2)) return rx === 0 || ry === 0 ? [[x1, y1, x2, y2, x2, y2]] : [];
  const phi = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    const s = Math.sqrt(lambda);
    rx *= s;
    ry *= s;
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let coef = Math.sqrt(Math.max(0, num / den));
  if (largeArc === sweep) coef = -coef;
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let dtheta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && dtheta > 0) dtheta -= 2 * Math.PI;
  else if (sweep && dtheta < 0) dtheta += 2 * Math.PI;
  const n = Math.max(1, Math.ceil(Math.abs(dtheta) / (Math.PI / 2) - 1e-9));
  const delta = dtheta / n;
  const k = (4 / 3) * Math.tan(delta / 4);
  const out: number[][] = [];
  let t = theta1;
  const pt = (a: number) => {
    const ex = rx * Math.cos(a);
    const ey = ry * Math.sin(a);
    return [cos * ex - sin * ey + cx, sin * ex + cos * ey + cy];
  };
  const deriv = (a: number) => {
    const ex = -rx * Math.sin(a);
    const ey = ry * Math.cos(a);
    return [cos * ex - sin * ey, sin * ex + cos * ey];
  };
  for (let i = 0; i < n; i++) {
    const t2 = t + delta;
    const [px1, py1] = pt(t) as [number, number];
    const [px2, py2] = i === n - 1 ? [x2, y2] : (pt(t2) as [number, number]);
    const [d1x, d1y] = deriv(t) as [number, number];
    const [d2x, d2y] = deriv(t2) as [number, number];
    out.push([px1 + k * d1x, py1 + k * d1y, px2 - k * d2x, py2 - k * d2y, px2, py2]);
    t = t2;
  }
  return out;
}

/** Strict: any error fails the whole path. */
export function parsePathData(d: string): Result<PathGeom> {
  const r = parsePathDataLenient(d);
  return r.error ? fail(r.error) : ok(r.path);
}

/**
 * As browsers render it: everything up to the first error is kept, and the error is reported,
 * so a hand-edited file with one stray character still shows the artwork before it.
 */
export function parsePathDataLenient(d: string): { path: PathGeom; error?: string } {
  if (d.length > MAX_PATH_CHARS) return { path: [], error: `path data is ${d.length} characters; the limit is ${MAX_PATH_CHARS}` };
  const failAt = (error: string) => {
    b.flush(false);
    return { path: b.subpaths, error };
  };
  const sc = new Scanner(d);
  const b = new Builder();
  let cmd: string | undefined;
  let lastCtrl: { kind: 'c' | 'q'; x: number; y: number } | null = null;
  let first = true;
  while (!sc.atEnd()) {
    const explicit = sc.peekCommand();
    if (explicit) {
      cmd = explicit;
      sc.pos++;
    } else if (!cmd || cmd === 'z' || cmd === 'Z' || !/[\d.+-]/.test(d[sc.pos] ?? '')) {
      return failAt(`unexpected "${d.slice(sc.pos, sc.pos + 12)}" at character ${sc.pos + 1} of the path data`);
    }
    if (first && cmd !== 'M' && cmd !== 'm') return failAt('path data must start with a moveto (M or m)');
    first = false;
    const c = cmd!;
    const rel = c === c.toLowerCase();
    const lc = c.toLowerCase();
    if (lc === 'z') {
      b.close();
      lastCtrl = null;
      continue;
    }
    const args: number[] = [];
    for (let i = 0; i < (CMD_ARGS[lc] ?? 0); i++) {
      const v = lc === 'a' && (i === 3 || i === 4) ? sc.flag() : sc.number();
      if (v === undefined) {
        return failAt(`command "${c}" at character ${sc.pos + 1} is missing a number (it takes ${CMD_ARGS[lc]})`);
      }
      args.push(v);
    }
    const ox = rel ? b.x : 0;
    const oy = rel ? b.y : 0;
    const a = args as [number, number, number, number, number, number, number];
    switch (lc) {
      case 'm':
        b.moveTo(ox + a[0], oy + a[1]);
        cmd = rel ? 'l' : 'L'; // further pairs are implicit linetos
        lastCtrl = null;
        break;
      case 'l':
        b.lineTo(ox + a[0], oy + a[1]);
        lastCtrl = null;
        break;
      case 'h':
        b.lineTo(ox + a[0], b.y);
        lastCtrl = null;
        break;
      case 'v':
        b.lineTo(b.x, oy + a[0]);
        lastCtrl = null;
        break;
      case 'c':
        b.cubicTo(ox + a[0], oy + a[1], ox + a[2], oy + a[3], ox + a[4], oy + a[5]);
        lastCtrl = { kind: 'c', x: ox + a[2], y: oy + a[3] };
        break;
      case 's': {
        const c1x = lastCtrl?.kind === 'c' ? 2 * b.x - lastCtrl.x : b.x;
        const c1y = lastCtrl?.kind === 'c' ? 2 * b.y - lastCtrl.y : b.y;
        b.cubicTo(c1x, c1y, ox + a[0], oy + a[1], ox + a[2], oy + a[3]);
        lastCtrl = { kind: 'c', x: ox + a[0], y: oy + a[1] };
        break;
      }
      case 'q':
      case 't': {
        let qx: number;
        let qy: number;
        let ex: number;
        let ey: number;
        if (lc === 'q') {
          qx = ox + a[0]; qy = oy + a[1]; ex = ox + a[2]; ey = oy + a[3];
        } else {
          qx = lastCtrl?.kind === 'q' ? 2 * b.x - lastCtrl.x : b.x;
          qy = lastCtrl?.kind === 'q' ? 2 * b.y - lastCtrl.y : b.y;
          ex = ox + a[0]; ey = oy + a[1];
        }
        const sx = b.x;
        const sy = b.y;
        b.cubicTo(sx + (2 / 3) * (qx - sx), sy + (2 / 3) * (qy - sy), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey);
        lastCtrl = { kind: 'q', x: qx, y: qy };
        break;
      }
      case 'a': {
        const ex = ox + a[5];
        const ey = oy + a[6];
        for (const cub of arcToCubics(b.x, b.y, a[0], a[1], a[2], a[3], a[4], ex, ey)) {
          b.cubicTo(cub[0]!, cub[1]!, cub[2]!, cub[3]!, cub[4]!, cub[5]!);
        }
        lastCtrl = null;
        break;
      }
    }
  }
  b.flush(false);
  return { path: b.subpaths };
}

/** Absolute path data in document units (used by SVG export and debugging). */
export function pathGeomToData(path: PathGeom, decimals = 4): string {
  const f = (v: number) => {
    const r = Number(v.toFixed(decimals));
    return String(Object.is(r, -0) ? 0 : r);
  };
  const parts: string[] = [];
  for (const sp of path) {
    const segs = sp.segments;
    if (segs.length === 0) continue;
    parts.push(`M${f(segs[0]!.x)} ${f(segs[0]!.y)}`);
    const n = sp.closed ? segs.length : segs.length - 1;
    for (let i = 0; i < n; i++) {
      const a = segs[i]!;
      const bSeg = segs[(i + 1) % segs.length]!;
      if (a.hout || bSeg.hin) {
        const c1x = a.x + (a.hout?.x ?? 0);
        const c1y = a.y + (a.hout?.y ?? 0);
        const c2x = bSeg.x + (bSeg.hin?.x ?? 0);
        const c2y = bSeg.y + (bSeg.hin?.y ?? 0);
        parts.push(`C${f(c1x)} ${f(c1y)} ${f(c2x)} ${f(c2y)} ${f(bSeg.x)} ${f(bSeg.y)}`);
      } else if (!(sp.closed && i === segs.length - 1)) {
        parts.push(`L${f(bSeg.x)} ${f(bSeg.y)}`);
      }
    }
    if (sp.closed) parts.push('Z');
  }
  return parts.join('');
}
