import { IDENTITY, multiply, rotate, scale, skewX, skewY, translate, type Matrix } from '../../geometry/index.ts';
import { parseNumberList } from './lengths.ts';

/** The `transform` attribute: a list of matrix/translate/scale/rotate/skewX/skewY. */
export function parseTransform(v: string | undefined): Matrix | undefined {
  if (!v || !v.trim()) return IDENTITY;
  let m: Matrix = IDENTITY;
  const re = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/gy;
  let pos = 0;
  let match: RegExpExecArray | null;
  while (pos < v.length && (re.lastIndex = pos, (match = re.exec(v)))) {
    pos = re.lastIndex;
    const a = parseNumberList(match[2]);
    let t: Matrix | undefined;
    switch (match[1]) {
      case 'matrix':
        if (a.length === 6) t = a as unknown as Matrix;
        break;
      case 'translate':
        if (a.length === 1 || a.length === 2) t = translate(a[0]!, a[1] ?? 0);
        break;
      case 'scale':
        if (a.length === 1 || a.length === 2) t = scale(a[0]!, a[1] ?? a[0]!);
        break;
      case 'rotate':
        if (a.length === 1 || a.length === 3) t = rotate(a[0]!, a[1] ?? 0, a[2] ?? 0);
        break;
      case 'skewX':
        if (a.length === 1) t = skewX(a[0]!);
        break;
      case 'skewY':
        if (a.length === 1) t = skewY(a[0]!);
        break;
    }
    if (!t) return undefined;
    m = multiply(m, t);
  }
  if (v.slice(pos).trim()) return undefined;
  return m;
}
