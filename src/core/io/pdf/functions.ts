import type { Obj, PdfReader } from './objects.ts';

// PDF functions (§7.10), for a spot colour's tint transform: sampled (0), exponential (2),
// stitching (3) and PostScript calculator (4). Undefined when one cannot be read.

export type PdfFunction = (input: number[]) => number[];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function readFunction(r: PdfReader, o: Obj, depth = 0): PdfFunction | undefined {
  if (depth > 8) return undefined;
  const list = r.arr(o);
  if (list) {
    // An array of 1-output functions, one per output.
    const fs = list.map((f) => readFunction(r, f, depth + 1));
    if (fs.some((f) => !f)) return undefined;
    return (x) => fs.map((f) => f!(x)[0] ?? 0);
  }
  const type = r.num(r.get(o, 'FunctionType'));
  const domain = r.nums(r.get(o, 'Domain')) ?? [0, 1];
  const range = r.nums(r.get(o, 'Range'));
  const inDomain = (x: number[]) => x.map((v, i) => clamp(v, domain[2 * i] ?? 0, domain[2 * i + 1] ?? 1));
  const inRange = (y: number[]) => (range ? y.map((v, i) => clamp(v, range[2 * i] ?? -Infinity, range[2 * i + 1] ?? Infinity)) : y);
  switch (type) {
    case 2: {
      const c0 = r.nums(r.get(o, 'C0')) ?? [0];
      const c1 = r.nums(r.get(o, 'C1')) ?? [1];
      const n = r.num(r.get(o, 'N')) ?? 1;
      return (x) => {
        const t = inDomain(x)[0] ?? 0;
        return inRange(c0.map((a, i) => a + t ** n * ((c1[i] ?? 0) - a)));
      };
    }
    case 3: {
      const fs = (r.arr(r.get(o, 'Functions')) ?? []).map((f) => readFunction(r, f, depth + 1));
      const bounds = r.nums(r.get(o, 'Bounds')) ?? [];
      const encode = r.nums(r.get(o, 'Encode')) ?? [];
      if (!fs.length || fs.some((f) => !f)) return undefined;
      return (x) => {
        const t = inDomain(x)[0] ?? 0;
        let k = 0;
        while (k < bounds.length && t >= bounds[k]!) k++;
        const lo = k === 0 ? domain[0]! : bounds[k - 1]!;
        const hi = k === bounds.length ? domain[1]! : bounds[k]!;
        const e0 = encode[2 * k] ?? 0;
        const e1 = encode[2 * k + 1] ?? 1;
        const u = hi === lo ? e0 : e0 + ((t - lo) / (hi - lo)) * (e1 - e0);
        return inRange(fs[k]!([u]));
      };
    }
    case 0: {
      const size = r.nums(r.get(o, 'Size'));
      const bps = r.num(r.get(o, 'BitsPerSample'));
      const data = r.bytes(o);
      if (!size || size.length !== 1 || !bps || !data || !range) return undefined;
      const outs = range.length / 2;
      const decode = r.nums(r.get(o, 'Decode')) ?? range;
      const encode = r.nums(r.get(o, 'Encode')) ?? [0, size[0]! - 1];
      const sample = (i: number, j: number) => {
        const bit = (i * outs + j) * bps;
        let v = 0;
        for (let b = 0; b < bps; b++) v = v * 2 + ((data[(bit + b) >> 3]! >> (7 - ((bit + b) & 7))) & 1);
        return v / (2 ** bps - 1);
      };
      return (x) => {
        const t = inDomain(x)[0] ?? 0;
        const e = clamp(encode[0]! + ((t - domain[0]!) / (domain[1]! - domain[0]! || 1)) * (encode[1]! - encode[0]!), 0, size[0]! - 1);
        const i0 = Math.floor(e);
        const i1 = Math.min(size[0]! - 1, i0 + 1);
        const f = e - i0;
        return inRange(Array.from({ length: outs }, (_, j) => {
          const s = sample(i0, j) * (1 - f) + sample(i1, j) * f;
          return decode[2 * j]! + s * (decode[2 * j + 1]! - decode[2 * j]!);
        }));
      };
    }
    case 4: {
      const code = r.bytes(o);
      const prog = code ? parsePostScript(new TextDecoder('latin1').decode(code)) : undefined;
      if (!prog) return undefined;
      return (x) => {
        const stack = [...inDomain(x)];
        return runPostScript(prog, stack) ? inRange(stack) : inRange(range ? range.filter((_, i) => i % 2 === 0) : [0]);
      };
    }
    default:
      return undefined;
  }
}

type Ps = Array<number | string | { if: Ps; else?: Ps }>;

function parsePostScript(src: string): Ps | undefined {
  const tokens = src.match(/[{}]|[^\s{}]+/g) ?? [];
  let i = 0;
  const block = (): Ps | undefined => {
    if (tokens[i++] !== '{') return undefined;
    const out: Ps = [];
    while (i < tokens.length && tokens[i] !== '}') {
      if (tokens[i] === '{') {
        const a = block();
        if (!a) return undefined;
        if (tokens[i] === '{') {
          const b = block();
          if (!b || tokens[i++] !== 'ifelse') return undefined;
          out.push({ if: a, else: b });
        } else if (tokens[i++] === 'if') out.push({ if: a });
        else return undefined;
        continue;
      }
      const t = tokens[i++]!;
      out.push(/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : t);
    }
    i++;
    return out;
  };
  return block();
}

/** Runs a calculator program on the stack; false on an unknown operator or a stack out of bounds. */
function runPostScript(prog: Ps, s: number[], steps = { left: 10_000 }): boolean {
  const pop = () => s.pop() ?? 0;
  for (const t of prog) {
    if (--steps.left < 0) return false;
    if (typeof t === 'number') { s.push(t); continue; }
    if (typeof t === 'object') {
      const branch = pop() ? t.if : t.else;
      if (branch && !runPostScript(branch, s, steps)) return false;
      continue;
    }
    const b = () => { const y = pop(); const x = pop(); return [x, y] as const; };
    switch (t) {
      case 'add': { const [x, y] = b(); s.push(x + y); break; }
      case 'sub': { const [x, y] = b(); s.push(x - y); break; }
      case 'mul': { const [x, y] = b(); s.push(x * y); break; }
      case 'div': { const [x, y] = b(); s.push(y === 0 ? 0 : x / y); break; }
      case 'idiv': { const [x, y] = b(); s.push(y === 0 ? 0 : Math.trunc(x / y)); break; }
      case 'mod': { const [x, y] = b(); s.push(y === 0 ? 0 : x % y); break; }
      case 'neg': s.push(-pop()); break;
      case 'abs': s.push(Math.abs(pop())); break;
      case 'ceiling': s.push(Math.ceil(pop())); break;
      case 'floor': s.push(Math.floor(pop())); break;
      case 'round': s.push(Math.round(pop())); break;
      case 'truncate': s.push(Math.trunc(pop())); break;
      case 'sqrt': s.push(Math.sqrt(Math.max(0, pop()))); break;
      case 'exp': { const [x, y] = b(); s.push(x ** y); break; }
      case 'ln': s.push(Math.log(pop())); break;
      case 'log': s.push(Math.log10(pop())); break;
      case 'sin': s.push(Math.sin((pop() * Math.PI) / 180)); break;
      case 'cos': s.push(Math.cos((pop() * Math.PI) / 180)); break;
      case 'atan': { const [x, y] = b(); s.push(((Math.atan2(x, y) * 180) / Math.PI + 360) % 360); break; }
      case 'cvi': s.push(Math.trunc(pop())); break;
      case 'cvr': break;
      case 'dup': { const x = pop(); s.push(x, x); break; }
      case 'pop': pop(); break;
      case 'exch': { const [x, y] = b(); s.push(y, x); break; }
      case 'copy': { const n = pop(); if (n < 0 || n > s.length) return false; s.push(...s.slice(s.length - n)); break; }
      case 'index': { const n = pop(); if (n < 0 || n >= s.length) return false; s.push(s[s.length - 1 - n]!); break; }
      case 'roll': {
        const j = pop(); const n = pop();
        if (n < 0 || n > s.length) return false;
        const part = s.splice(s.length - n, n);
        const k = n ? ((j % n) + n) % n : 0;
        s.push(...part.slice(n - k), ...part.slice(0, n - k));
        break;
      }
      case 'eq': { const [x, y] = b(); s.push(+(x === y)); break; }
      case 'ne': { const [x, y] = b(); s.push(+(x !== y)); break; }
      case 'gt': { const [x, y] = b(); s.push(+(x > y)); break; }
      case 'ge': { const [x, y] = b(); s.push(+(x >= y)); break; }
      case 'lt': { const [x, y] = b(); s.push(+(x < y)); break; }
      case 'le': { const [x, y] = b(); s.push(+(x <= y)); break; }
      case 'and': { const [x, y] = b(); s.push(x & y); break; }
      case 'or': { const [x, y] = b(); s.push(x | y); break; }
      case 'xor': { const [x, y] = b(); s.push(x ^ y); break; }
      case 'not': s.push(+!pop()); break;
      case 'true': s.push(1); break;
      case 'false': s.push(0); break;
      default: return false;
    }
    if (s.length > 100) return false;
  }
  return true;
}
