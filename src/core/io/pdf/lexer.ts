// A PDF content stream as operands and operators (PDF 32000-1 §7.2, §7.8.2). Only what drawing
// needs: numbers, names, strings, arrays, dictionaries and operator keywords; inline images are
// skipped whole (their bytes are not tokens).

export type Operand = number | boolean | null | { name: string } | { str: Uint8Array } | Operand[] | { dict: Record<string, Operand> };

export interface Op {
  op: string;
  args: Operand[];
}

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (b: number) => !WHITE.has(b) && !DELIM.has(b);

export class ContentLexer {
  private pos = 0;
  constructor(private readonly b: Uint8Array) {}

  private skipSpace(): void {
    const b = this.b;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WHITE.has(c)) this.pos++;
      else if (c === 0x25) { // % comment to end of line
        while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  private word(): string {
    const start = this.pos;
    while (this.pos < this.b.length && isRegular(this.b[this.pos]!)) this.pos++;
    return String.fromCharCode(...this.b.subarray(start, this.pos));
  }

  private name(): { name: string } {
    this.pos++; // '/'
    const raw = this.word();
    return { name: raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
  }

  private literal(): { str: Uint8Array } {
    const b = this.b;
    const out: number[] = [];
    let depth = 1;
    this.pos++;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) { // backslash
        const e = b[this.pos++];
        if (e === undefined) break;
        const map: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12, 40: 40, 41: 41, 92: 92 };
        if (map[e] !== undefined) out.push(map[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = v * 8 + (b[this.pos++]! - 0x30);
          out.push(v & 255);
        } else if (e === 13) {
          if (b[this.pos] === 10) this.pos++;
        } else if (e !== 10) out.push(e);
        continue;
      }
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
      out.push(c);
    }
    return { str: Uint8Array.from(out) };
  }

  private hex(): { str: Uint8Array } {
    this.pos++;
    let digits = '';
    while (this.pos < this.b.length && this.b[this.pos] !== 0x3e) {
      const ch = String.fromCharCode(this.b[this.pos++]!);
      if (/[0-9a-fA-F]/.test(ch)) digits += ch;
    }
    this.pos++;
    if (digits.length % 2) digits += '0';
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    return { str: out };
  }

  /** The next operand, an operator keyword (as a string), or undefined at the end. */
  private token(): Operand | string | undefined {
    this.skipSpace();
    const b = this.b;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos]!;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.dict();
      }
      return this.hex();
    }
    if (c === 0x5b) {
      this.pos++;
      const arr: Operand[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= b.length) return arr;
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return arr;
        }
        const t = this.token();
        if (t === undefined) return arr;
        if (typeof t !== 'string') arr.push(t);
      }
    }
    if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return this.token();
    }
    const w = this.word();
    if (!w) {
      this.pos++;
      return this.token();
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) return Number(w);
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    return w;
  }

  private dict(): { dict: Record<string, Operand> } {
    const out: Record<string, Operand> = {};
    let key: string | undefined;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.b.length) return { dict: out };
      if (this.b[this.pos] === 0x3e && this.b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { dict: out };
      }
      const t = this.token();
      if (t === undefined) return { dict: out };
      if (key === undefined) {
        if (typeof t === 'object' && t && 'name' in t) key = t.name;
      } else {
        out[key] = typeof t === 'string' ? { name: t } : t;
        key = undefined;
      }
    }
  }

  /** After `ID`: the image data runs to whitespace + `EI` + a delimiter. */
  private skipInlineImage(): void {
    const b = this.b;
    this.pos++;
    for (; this.pos + 2 < b.length; this.pos++) {
      if (WHITE.has(b[this.pos]!) && b[this.pos + 1] === 0x45 && b[this.pos + 2] === 0x49 && (this.pos + 3 >= b.length || !isRegular(b[this.pos + 3]!))) {
        this.pos += 3;
        return;
      }
    }
    this.pos = b.length;
  }

  *ops(): Generator<Op> {
    let args: Operand[] = [];
    for (;;) {
      const t = this.token();
      if (t === undefined) return;
      if (typeof t !== 'string') {
        if (args.length < 64) args.push(t); // a run of operands past any operator's need is junk
        continue;
      }
      if (t === 'BI') {
        // Inline image: its parameters, then raw bytes.
        const params: Operand[] = [];
        for (;;) {
          const p = this.token();
          if (p === undefined || p === 'ID') break;
          if (typeof p !== 'string') params.push(p);
        }
        this.skipInlineImage();
        yield { op: 'BI', args: params };
        args = [];
        continue;
      }
      yield { op: t, args };
      args = [];
    }
  }
}
