// Seeded mutators for the fuzz campaign: the same seed gives the same inputs, so any finding is a
// reproducer. Mutations imitate what hurt before: extreme numbers, elements repeated, huge stroke
// widths, garbage path data, <use> fan-out, CSS floods, huge polygons, big spec texts.

export type Rng = () => number;

/** mulberry32: small, fast, good enough to spread mutations. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)]!;
/** Sizes spread over orders of magnitude: mostly small, sometimes huge. */
const size = (r: Rng, max: number) => Math.max(1, Math.floor(Math.exp(r() * Math.log(max))));

const EXTREME = ['1e9', '-1e12', '1e12', '1e308', '-1e308', '1e-300', '0', '-0', '1e999', 'NaN', '', '99999999999999999999', '-1', '0.0001', '3e5', '1e6'];
const TOKENS = ['<', '>', '"', '/>', '<g>', '</g>', 'NaN', '1e999', '-', '.', 'a1 1 0 1 1', 'url(#x)', '&x;', 'transform="scale(1e9)"', 'stroke-width="1e9"', '<use href="#outline"/>', 'opacity="0"', 'clip-path="url(#c)"'];
const PATH_TOKENS = ['M', 'L', 'C', 'Q', 'A', 'Z', 'H', 'V', 'm', 'a', 'z', ' ', ',', '0', '1', '-2.5', '.5', '1e3', '1e-9', 'NaN', '1e308', '-1e12'];

function mangle(r: Rng, t: string): string {
  const at = int(r, t.length + 1);
  switch (int(r, 3)) {
    case 0: return t.slice(0, at) + pick(r, TOKENS) + t.slice(at);
    case 1: return t.slice(0, at) + t.slice(at + size(r, 40));
    default: {
      const len = size(r, 200);
      return t.slice(0, at) + t.slice(at, at + len).repeat(2) + t.slice(at + len);
    }
  }
}

function replaceNumber(r: Rng, t: string): string {
  const nums = [...t.matchAll(/-?\d+(\.\d+)?(e-?\d+)?/g)];
  if (!nums.length) return t;
  const m = pick(r, nums);
  return t.slice(0, m.index) + pick(r, EXTREME) + t.slice(m.index! + m[0].length);
}

const ELEMENT = /<(path|circle|rect|ellipse|polygon|polyline|line|text|use|g)\b[^>]*\/>/g;

function repeatElement(r: Rng, t: string): string {
  const els = [...t.matchAll(ELEMENT)];
  if (!els.length) return t;
  const m = pick(r, els);
  return t.slice(0, m.index) + m[0].repeat(size(r, 1000)) + t.slice(m.index! + m[0].length);
}

function beforeClose(t: string, insert: string): string {
  const at = t.lastIndexOf('</svg>');
  return at < 0 ? t + insert : t.slice(0, at) + insert + t.slice(at);
}

const svgMutators: Array<(r: Rng, t: string) => string> = [
  mangle,
  replaceNumber,
  repeatElement,
  (r, t) => t.replace(/stroke-width="[^"]*"/, `stroke-width="${pick(r, ['1e9', '1e5', '300', '1e-9', '-3'])}"`),
  (r, t) => {
    // <use> fan-out: each level references the one below twice; the leaves draw nothing.
    const depth = size(r, 40);
    let defs = '<defs><g id="f0"/>';
    for (let i = 1; i <= depth; i++) defs += `<g id="f${i}"><use href="#f${i - 1}"/><use href="#f${i - 1}"/></g>`;
    return beforeClose(t, `${defs}</defs><use href="#f${depth}"/>`);
  },
  (r, t) => t.replace(/ d="[^"]*"/, () => ` d="${Array.from({ length: size(r, 5000) }, () => pick(r, PATH_TOKENS)).join(' ')}"`),
  (r, t) => {
    const n = size(r, 100_000);
    return beforeClose(t, `<style>${Array.from({ length: n }, (_, i) => `.c${i}{fill:#${(i * 2654435761 >>> 8).toString(16).padStart(6, '0').slice(0, 6)}}`).join('')}</style>`);
  },
  (r, t) => {
    const n = size(r, 200_000);
    const pts = Array.from({ length: n }, (_, i) => `${(10 + 8 * Math.cos(i * 0.001 * (1 + int(r, 3)))).toFixed(3)},${(10 + 8 * Math.sin(i * 0.37)).toFixed(3)}`).join(' ');
    return beforeClose(t, `<polygon points="${pts}" fill="#C8102E"/>`);
  },
  (r, t) => t.replace(/<g\b/, `<g transform="${pick(r, ['scale(1e9)', 'scale(1e-9)', 'matrix(0 0 0 0 0 0)', 'skewX(89.9999)', 'translate(1e12 0)', 'rotate(1e308)'])}"`),
];

export function mutateSvg(r: Rng, seed: string): string {
  let t = seed;
  for (let k = 1 + int(r, 3); k > 0; k--) t = pick(r, svgMutators)(r, t);
  return t;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every place in a JSON tree, as the path of keys to it. */
function places(v: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => places(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) places(x, [...path, k], out);
  return out;
}

function at(v: Json, path: (string | number)[]): Json {
  let cur: Json = v;
  for (const k of path) cur = (cur as Record<string | number, Json>)[k]!;
  return cur;
}

function setAt(v: Json, path: (string | number)[], value: Json | undefined): void {
  if (!path.length) return;
  const parent = at(v, path.slice(0, -1)) as Record<string | number, Json>;
  const k = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(k as number, 1);
    else delete parent[k];
  } else parent[k] = value;
}

/** What one growing mutation may add, in JSON characters. */
const MUTATION_CHARS = 20_000_000;

const EXTREME_VALUES: Json[] = [1e9, -1e12, 1e12, 1e308, -1e308, 1e-300, 0, -1, 0.0001, 3e5, 1e6, '', 'x', null, [], {}, true];

const pinMutators: Array<(r: Rng, d: Record<string, Json>) => void> = [
  (r, d) => {
    const nums = places(d).filter((p) => typeof at(d, p) === 'number');
    if (nums.length) setAt(d, pick(r, nums), pick(r, EXTREME_VALUES));
  },
  (r, d) => {
    // An item repeated: new ids, appended to the paint order.
    const items = d.items as Record<string, Json>;
    const ids = Object.keys(items ?? {});
    if (!ids.length || !Array.isArray(d.order)) return;
    const id = pick(r, ids);
    // Copies are held to ~20 MB in all: a bigger input tests the machine's memory, not Pinsmith.
    for (let i = Math.min(size(r, 2000), Math.floor(MUTATION_CHARS / JSON.stringify(items[id]).length)); i > 0; i--) {
      const copy = structuredClone(items[id]!) as Record<string, Json>;
      copy.id = `${id}-x${i}`;
      items[copy.id] = copy;
      d.order.push(copy.id);
    }
  },
  (r, d) => {
    const arrays = places(d).filter((p) => Array.isArray(at(d, p)) && (at(d, p) as Json[]).length > 0);
    if (!arrays.length) return;
    const p = pick(r, arrays);
    const a = at(d, p) as Json[];
    const n = Math.min(size(r, 100_000), Math.floor((MUTATION_CHARS * a.length) / JSON.stringify(a).length));
    setAt(d, p, Array.from({ length: n }, (_, i) => structuredClone(a[i % a.length]!)));
  },
  (r, d) => {
    const all = places(d).filter((p) => p.length > 0);
    if (all.length) setAt(d, pick(r, all), pick(r, [undefined, ...EXTREME_VALUES]));
  },
  (r, d) => {
    const strings = places(d).filter((p) => typeof at(d, p) === 'string');
    if (strings.length) setAt(d, pick(r, strings), 'W'.repeat(size(r, 2_000_000)));
  },
  (r, d) => {
    const spec = d.spec as Record<string, Json> | undefined;
    if (!spec || typeof spec !== 'object') return;
    const n = size(r, 100_000);
    spec.posts = Array.from({ length: n }, (_, i) => ({ x: (i % 300) * 0.1, y: Math.floor(i / 300) * 0.1 }));
  },
  (r, d) => {
    const spec = d.spec as Record<string, Json> | undefined;
    if (!spec || typeof spec !== 'object') return;
    const n = size(r, 200_000);
    const segs = Array.from({ length: n }, (_, i) => ({ x: 4 + 4 * Math.cos(i * 0.7), y: 4 + 4 * Math.sin(i * 1.3) }));
    spec.backstamp = { kind: 'custom', text: 'W'.repeat(size(r, 1_000_000)), method: 'laser', logo: { path: [{ closed: true, segments: segs }], widthMm: 8, heightMm: 8 } };
  },
];

export function mutatePin(r: Rng, seed: string): string {
  if (r() < 0.15) {
    // Text-level damage: mostly refused as JSON, sometimes numbers JSON cannot hold (1e999).
    let t = seed;
    for (let k = 1 + int(r, 3); k > 0; k--) t = r() < 0.5 ? mangle(r, t) : replaceNumber(r, t);
    return t;
  }
  const d = JSON.parse(seed) as Record<string, Json>;
  for (let k = 1 + int(r, 3); k > 0; k--) {
    try {
      pick(r, pinMutators)(r, d);
    } catch (e) {
      // A mutation that does not fit what earlier ones left (an item that became a number): skip it.
      if (!(e instanceof TypeError)) throw e;
    }
  }
  return JSON.stringify(d);
}

/** Inputs bigger than this are generated again from another draw: the campaign is about structure, not size. */
const MAX_INPUT_CHARS = 40_000_000;

/**
 * Input number `n` of a campaign, the same on any machine and in any worker: a generator of its
 * own, seeded from the campaign's seed, the kind and n, mutating the n-th seed file.
 */
export function inputFor(kind: 'svg' | 'pin', n: number, seed: number, seeds: readonly string[]): string {
  for (let attempt = 0; ; attempt++) {
    const r = rng((seed * 2654435761) ^ (n * 40503) ^ (kind === 'svg' ? 0x5bd1e995 : 0x27d4eb2f) ^ (attempt * 0x9e3779b9));
    const base = seeds[n % seeds.length]!;
    try {
      const text = kind === 'svg' ? mutateSvg(r, base) : mutatePin(r, base);
      if (text.length <= MAX_INPUT_CHARS || attempt >= 5) return text.slice(0, MAX_INPUT_CHARS);
    } catch (e) {
      // A draw too big to build (past the engine's string length): draw again.
      if (!(e instanceof RangeError) || attempt >= 5) throw e;
    }
  }
}
