import { converter, formatHex } from 'culori';
import { ciede2000, MAX_SL } from './ciede2000.ts';
import { codeKey, normalizeHex } from './codes.ts';
import type { NearestMatch, PaletteEntry } from './types.ts';

const toLab65 = converter('lab65');
const toLabD50 = converter('lab');

/** Screen Lab (D65, as culori's CIEDE2000 uses) of a hex colour. */
export function hexToLab(hex: string): [number, number, number] {
  const lab = toLab65(hex);
  if (!lab) return [0, 0, 0];
  return [lab.l, lab.a ?? 0, lab.b ?? 0];
}

/** Published D50 Lab to a displayable hex (clamped into sRGB). */
/** CIELAB (D50, as PDF and ICC use it) of a screen colour. */
export function hexToLabD50(hex: string): [number, number, number] {
  const lab = toLabD50(hex);
  return [lab?.l ?? 0, lab?.a ?? 0, lab?.b ?? 0];
}

export function labD50ToHex(lab: readonly [number, number, number]): string {
  return (formatHex({ mode: 'lab', l: lab[0], a: lab[1], b: lab[2] }) ?? '#000000').toUpperCase();
}

/** CIEDE2000 between two screen colours. */
export function deltaEHex(a: string, b: string): number {
  const [l1, a1, b1] = hexToLab(a);
  const [l2, a2, b2] = hexToLab(b);
  return ciede2000(l1, a1, b1, l2, a2, b2);
}

export interface NearestOptions {
  /** Offer fluorescent and metallic inks too (only when the source is itself such a colour). */
  includeSpecialInks?: boolean;
}

/**
 * A colour chart: exact lookup by code (forgiving) and hex, nearest by CIEDE2000 between screen
 * colours, the way the artist sees them (DOMAIN.md): each entry's hex converted to Lab the same
 * way as the query.
 */
export class Palette {
  readonly entries: readonly PaletteEntry[];
  private readonly byKey = new Map<string, PaletteEntry>();
  private readonly byHex = new Map<string, PaletteEntry>();
  private readonly labs: Float64Array;
  /** Entry indices sorted by L*, and their L* values, for the pruned nearest search. */
  private readonly byL: Int32Array;
  private readonly sortedL: Float64Array;
  /** 1 for special inks (fluorescent, metallic). */
  private readonly special: Uint8Array;

  constructor(readonly name: string, entries: readonly PaletteEntry[]) {
    this.entries = entries;
    this.labs = new Float64Array(entries.length * 3);
    entries.forEach((e, i) => {
      const key = codeKey(e.code);
      if (!this.byKey.has(key)) this.byKey.set(key, e);
      if (!this.byHex.has(e.hex)) this.byHex.set(e.hex, e);
      const [l, a, b] = hexToLab(e.hex);
      this.labs[3 * i] = l;
      this.labs[3 * i + 1] = a;
      this.labs[3 * i + 2] = b;
    });
    this.special = Uint8Array.from(entries, (e) => (e.ink ? 1 : 0));
    const order = Array.from(entries, (_, i) => i).sort((x, y) => this.labs[3 * x]! - this.labs[3 * y]!);
    this.byL = Int32Array.from(order);
    this.sortedL = Float64Array.from(order, (i) => this.labs[3 * i]!);
  }

  get size(): number {
    return this.entries.length;
  }

  /** "pms 186c", "PANTONE 186 C", "186 C" all find 186 C; a bare "186" finds the coated code. */
  find(code: string): PaletteEntry | undefined {
    const key = codeKey(code);
    return this.byKey.get(key) ?? (/\d$/.test(key) ? this.byKey.get(`${key}c`) : undefined);
  }

  findHex(hex: string): PaletteEntry | undefined {
    const h = normalizeHex(hex);
    return h ? this.byHex.get(h) : undefined;
  }

  /**
   * The n nearest entries to a screen colour, closest first. Fluorescent and metallic inks are
   * left out unless asked for: a screen colour near a neon is an ordinary colour a monitor shows,
   * and a factory mixing a neon for it would make something else.
   */
  nearest(hex: string, n = 3, opts: NearestOptions = {}): NearestMatch[] {
    const [L, A, B] = hexToLab(hex);
    return this.nearestLab(L, A, B, n, opts);
  }

  nearestLab(L: number, A: number, B: number, n = 3, { includeSpecialInks = false }: NearestOptions = {}): NearestMatch[] {
    const count = Math.max(0, Math.min(n, this.entries.length));
    if (count === 0) return [];
    // Keep a small sorted top-n; n is tiny, so insertion beats sorting all 2,390 distances.
    const bestD = new Array<number>(count).fill(Infinity);
    const bestI = new Array<number>(count).fill(-1);
    const labs = this.labs;
    const special = this.special;
    const consider = (i: number) => {
      if (special[i] && !includeSpecialInks) return;
      const j = 3 * i;
      const d = ciede2000(L, A, B, labs[j]!, labs[j + 1]!, labs[j + 2]!);
      if (d > bestD[count - 1]! || (d === bestD[count - 1]! && i > bestI[count - 1]!)) return;
      let k = count - 1;
      while (k > 0 && (bestD[k - 1]! > d || (bestD[k - 1] === d && bestI[k - 1]! > i))) {
        bestD[k] = bestD[k - 1]!;
        bestI[k] = bestI[k - 1]!;
        k--;
      }
      bestD[k] = d;
      bestI[k] = i;
    };
    // Walk outwards from the query's lightness; stop each side once |ΔL| alone rules it out.
    const sorted = this.sortedL;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < L) lo = mid + 1;
      else hi = mid;
    }
    let down = lo - 1;
    let up = lo;
    while (down >= 0 || up < sorted.length) {
      const limit = bestD[count - 1]! * MAX_SL;
      const dDown = down >= 0 ? L - sorted[down]! : Infinity;
      const dUp = up < sorted.length ? sorted[up]! - L : Infinity;
      if (Math.min(dDown, dUp) > limit) break;
      if (dDown <= dUp) consider(this.byL[down--]!);
      else consider(this.byL[up++]!);
    }
    const out: NearestMatch[] = [];
    for (let k = 0; k < count; k++) {
      if (bestI[k]! >= 0) out.push({ entry: this.entries[bestI[k]!]!, deltaE: bestD[k]! });
    }
    return out;
  }

  /** Search by code or name fragment, for pickers. */
  search(query: string, limit = 50): PaletteEntry[] {
    const key = codeKey(query);
    if (!key) return this.entries.slice(0, limit);
    const starts: PaletteEntry[] = [];
    const contains: PaletteEntry[] = [];
    for (const e of this.entries) {
      const k = codeKey(e.code);
      if (k.startsWith(key)) starts.push(e);
      else if (k.includes(key) || codeKey(e.name).includes(key)) contains.push(e);
      if (starts.length >= limit) break;
    }
    return [...starts, ...contains].slice(0, limit);
  }

  /** A palette with extra entries (a factory's stock colours, a custom chart) appended. */
  with(extra: readonly PaletteEntry[], name = this.name): Palette {
    return new Palette(name, [...this.entries, ...extra]);
  }
}
