import { PDFName } from 'pdf-lib';
import { multiply, type Matrix } from '../../geometry/index.ts';
import type { Palette } from '../../palette/index.ts';
import { colourOf, GRAY, initialComponents, readSpace, type Colour, type Space } from './colour.ts';
import { ContentLexer, type Operand } from './lexer.ts';
import { keyOf, type Obj, type PdfReader } from './objects.ts';

// A page's content stream (§8, §9.4, §14.6) drawn as SVG elements, so the SVG importer does the
// rest exactly as it does for an SVG file: paths with their fill, stroke, dash and opacity in
// their user space under the page's transform, clips as clip paths, Illustrator's layers
// (optional content) as named groups, spot colours as data-pantone.

/** A painted element, serialised once it is known whether the page has a die line in a spot ink. */
export interface PdfElement {
  tag: 'path' | 'image' | 'text';
  attrs: Record<string, string>;
  fill?: Colour;
  stroke?: Colour;
  content?: string;
}

export type Part = string | PdfElement;

export interface Drawn {
  parts: Part[];
  defs: string[];
  /** Facts for the import notes, by kind, each counted. */
  counts: Map<string, number>;
  tints: Set<string>;
  layerNames: string[];
}

interface Paint {
  space: Space;
  comps: number[];
}

interface GState {
  ctm: Matrix;
  fill: Paint;
  stroke: Paint;
  lineWidth: number;
  cap: number;
  join: number;
  miter: number;
  dash: number[];
  phase: number;
  fillAlpha: number;
  strokeAlpha: number;
  groups: number;
}

export const MAX_OPERATORS = 2_000_000;
const MAX_FORM_DEPTH = 16;

const fmt = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1e7) / 1e7) : '0');
const matrixAttr = (m: Matrix) => `matrix(${m.map(fmt).join(' ')})`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export interface InterpretOptions {
  palette: Palette;
  /** Optional-content groups hidden in the document's default view (by object key). */
  hidden: Set<string>;
}

export class PageInterpreter {
  private readonly out: Drawn = { parts: [], defs: [], counts: new Map(), tints: new Set(), layerNames: [] };
  private gs: GState;
  private readonly saved: GState[] = [];
  private readonly groups: Array<{ kind: 'clip' | 'mc'; open: string }> = [];
  private path = '';
  private pendingClip: 'nonzero' | 'evenodd' | null = null;
  private ids = 0;
  private ops = 0;
  private readonly forms: string[] = [];

  constructor(private readonly r: PdfReader, private readonly opts: InterpretOptions, ctm: Matrix) {
    const black = { space: GRAY, comps: [0] };
    this.gs = { ctm, fill: black, stroke: black, lineWidth: 1, cap: 0, join: 0, miter: 10, dash: [], phase: 0, fillAlpha: 1, strokeAlpha: 1, groups: 0 };
  }

  private count(what: string): void {
    this.out.counts.set(what, (this.out.counts.get(what) ?? 0) + 1);
  }

  /** Draws a content stream with its resources; false when the page has more operators than any artwork needs. */
  run(bytes: Uint8Array, resources: Obj): boolean {
    for (const { op, args } of new ContentLexer(bytes).ops()) {
      if (++this.ops > MAX_OPERATORS) return false;
      if (!this.step(op, args, resources)) return false;
    }
    return true;
  }

  result(): Drawn {
    while (this.groups.length) this.closeTop();
    return this.out;
  }

  private n(a: Operand | undefined): number {
    return typeof a === 'number' ? a : 0;
  }

  private step(op: string, a: Operand[], res: Obj): boolean {
    const n = (i: number) => this.n(a[i]);
    const gs = this.gs;
    switch (op) {
      case 'q':
        this.saved.push(gs);
        this.gs = { ...gs, groups: this.groups.length };
        if (this.saved.length > 256) return false;
        break;
      case 'Q': this.restore(); break;
      case 'cm': gs.ctm = multiply(gs.ctm, [n(0), n(1), n(2), n(3), n(4), n(5)]); break;
      case 'w': gs.lineWidth = n(0); break;
      case 'J': gs.cap = n(0); break;
      case 'j': gs.join = n(0); break;
      case 'M': gs.miter = n(0); break;
      case 'd': gs.dash = Array.isArray(a[0]) ? a[0].filter((x): x is number => typeof x === 'number') : []; gs.phase = n(1); break;
      case 'gs': this.extGState(a[0], res); break;
      case 'm': this.path += `M${fmt(n(0))} ${fmt(n(1))}`; break;
      case 'l': this.path += `L${fmt(n(0))} ${fmt(n(1))}`; break;
      case 'c': this.path += `C${[0, 1, 2, 3, 4, 5].map((i) => fmt(n(i))).join(' ')}`; break;
      case 'v': this.path += `S${[0, 1, 2, 3].map((i) => fmt(n(i))).join(' ')}`; break;
      case 'y': this.path += `C${fmt(n(0))} ${fmt(n(1))} ${fmt(n(2))} ${fmt(n(3))} ${fmt(n(2))} ${fmt(n(3))}`; break;
      case 'h': this.path += 'Z'; break;
      case 're': this.path += `M${fmt(n(0))} ${fmt(n(1))}h${fmt(n(2))}v${fmt(n(3))}h${fmt(-n(2))}Z`; break;
      case 'S': this.paint(false, true, 'nonzero'); break;
      case 's': this.path += 'Z'; this.paint(false, true, 'nonzero'); break;
      case 'f': case 'F': this.paint(true, false, 'nonzero'); break;
      case 'f*': this.paint(true, false, 'evenodd'); break;
      case 'B': this.paint(true, true, 'nonzero'); break;
      case 'B*': this.paint(true, true, 'evenodd'); break;
      case 'b': this.path += 'Z'; this.paint(true, true, 'nonzero'); break;
      case 'b*': this.path += 'Z'; this.paint(true, true, 'evenodd'); break;
      case 'n': this.paint(false, false, 'nonzero'); break;
      case 'W': this.pendingClip = 'nonzero'; break;
      case 'W*': this.pendingClip = 'evenodd'; break;
      case 'CS': case 'cs': {
        const nm = a[0];
        const space = (typeof nm === 'object' && nm !== null && 'name' in nm ? readSpace(this.r, PDFName.of(nm.name), this.r.get(res, 'ColorSpace')) : undefined) ?? GRAY;
        const p = { space, comps: initialComponents(space) };
        if (op === 'CS') gs.stroke = p;
        else gs.fill = p;
        break;
      }
      case 'SC': case 'SCN': case 'sc': case 'scn': {
        const target = op.startsWith('S') ? gs.stroke : gs.fill;
        const comps = a.filter((x): x is number => typeof x === 'number');
        // A pattern's name is not a colour: a pattern paint is reported as one (the checks flag it).
        const p: Paint = { space: target.space, comps: comps.length ? comps : target.comps };
        if (op.startsWith('S')) gs.stroke = p;
        else gs.fill = p;
        break;
      }
      case 'G': gs.stroke = { space: GRAY, comps: [n(0)] }; break;
      case 'g': gs.fill = { space: GRAY, comps: [n(0)] }; break;
      case 'RG': gs.stroke = { space: { kind: 'device', n: 3 }, comps: [n(0), n(1), n(2)] }; break;
      case 'rg': gs.fill = { space: { kind: 'device', n: 3 }, comps: [n(0), n(1), n(2)] }; break;
      case 'K': gs.stroke = { space: { kind: 'device', n: 4 }, comps: [n(0), n(1), n(2), n(3)] }; break;
      case 'k': gs.fill = { space: { kind: 'device', n: 4 }, comps: [n(0), n(1), n(2), n(3)] }; break;
      case 'Do': return this.xobject(a[0], res);
      case 'BI': this.image(); break;
      case 'sh': this.count('shading'); break;
      case 'Tj': case 'TJ': case "'": case '"': this.text(a); break;
      case 'BDC': case 'BMC': this.beginMarked(op === 'BDC' ? a : [], res); break;
      case 'EMC': this.endMarked(); break;
      default: break; // text positioning, fonts, marked points, compatibility sections: nothing to draw
    }
    return true;
  }

  private restore(): void {
    const prev = this.saved.pop();
    if (!prev) return;
    // Clip groups opened since the matching q close; marked-content groups opened inside stay open.
    this.closeTo(this.gs.groups, 'clip');
    this.gs = prev;
  }

  /** Closes groups down to `depth`; reopens those of the other kind (groups nest, PDF's do not have to). */
  private closeTo(depth: number, closing: 'clip' | 'mc'): void {
    const reopen: Array<{ kind: 'clip' | 'mc'; open: string }> = [];
    while (this.groups.length > depth) {
      const g = this.closeTop();
      if (g.kind !== closing) reopen.unshift(g);
    }
    for (const g of reopen) this.openGroup(g.kind, g.open);
  }

  private closeTop(): { kind: 'clip' | 'mc'; open: string } {
    this.out.parts.push('</g>');
    return this.groups.pop()!;
  }

  private openGroup(kind: 'clip' | 'mc', open: string): void {
    this.out.parts.push(open);
    this.groups.push({ kind, open });
  }

  private extGState(name: Operand | undefined, res: Obj): void {
    if (typeof name !== 'object' || name === null || !('name' in name)) return;
    const g = this.r.get(this.r.get(res, 'ExtGState'), name.name);
    if (!g) return;
    const num = (k: string) => this.r.num(this.r.get(g, k));
    const gs = this.gs;
    if (num('ca') !== undefined) gs.fillAlpha = num('ca')!;
    if (num('CA') !== undefined) gs.strokeAlpha = num('CA')!;
    if (num('LW') !== undefined) gs.lineWidth = num('LW')!;
    if (num('LC') !== undefined) gs.cap = num('LC')!;
    if (num('LJ') !== undefined) gs.join = num('LJ')!;
    if (num('ML') !== undefined) gs.miter = num('ML')!;
    const d = this.r.arr(this.r.get(g, 'D'));
    if (d) {
      gs.dash = this.r.nums(d[0]) ?? [];
      gs.phase = this.r.num(d[1]) ?? 0;
    }
    const smask = this.r.get(g, 'SMask');
    if (smask !== undefined && this.r.name(smask) !== 'None') this.count('soft mask');
  }

  private colour(p: Paint): Colour {
    if (p.space.kind === 'pattern') return { hex: '#808080', pattern: true };
    const c = colourOf(p.space, p.comps, this.opts.palette);
    if (c.tint) this.out.tints.add(`${Math.round(c.tint.amount * 100)} % of ${c.tint.name} (drawn ${c.hex})`);
    return c;
  }

  private paint(fill: boolean, stroke: boolean, rule: 'nonzero' | 'evenodd'): void {
    const d = this.path;
    this.path = '';
    const gs = this.gs;
    if (d && (fill || stroke)) {
      const attrs: Record<string, string> = { id: `path-${++this.ids}`, d, transform: matrixAttr(gs.ctm) };
      const el: PdfElement = { tag: 'path', attrs };
      if (fill) {
        el.fill = this.colour(gs.fill);
        attrs['fill-rule'] = rule;
        if (gs.fillAlpha < 1) attrs['fill-opacity'] = fmt(gs.fillAlpha);
      }
      if (stroke) {
        el.stroke = this.colour(gs.stroke);
        attrs['stroke-width'] = fmt(Math.max(gs.lineWidth, 1e-3));
        attrs['stroke-linecap'] = ['butt', 'round', 'square'][gs.cap] ?? 'butt';
        attrs['stroke-linejoin'] = ['miter', 'round', 'bevel'][gs.join] ?? 'miter';
        attrs['stroke-miterlimit'] = fmt(Math.max(1, gs.miter));
        if (gs.dash.length && gs.dash.some((v) => v > 0)) {
          attrs['stroke-dasharray'] = gs.dash.map(fmt).join(' ');
          if (gs.phase) attrs['stroke-dashoffset'] = fmt(gs.phase);
        }
        if (gs.strokeAlpha < 1) attrs['stroke-opacity'] = fmt(gs.strokeAlpha);
      }
      this.out.parts.push(el);
    }
    if (this.pendingClip && d) {
      const id = `pdf-clip-${++this.ids}`;
      this.out.defs.push(`<clipPath id="${id}"><path d="${d}" transform="${matrixAttr(gs.ctm)}" clip-rule="${this.pendingClip}"/></clipPath>`);
      this.openGroup('clip', `<g clip-path="url(#${id})">`);
    }
    this.pendingClip = null;
  }

  private image(): void {
    this.count('image');
    const m = multiply(this.gs.ctm, [1, 0, 0, -1, 0, 1]);
    this.out.parts.push({ tag: 'image', attrs: { id: `image-${++this.ids}`, x: '0', y: '0', width: '1', height: '1', transform: matrixAttr(m) } });
  }

  private text(a: Operand[]): void {
    const strings: string[] = [];
    const collect = (o: Operand | undefined) => {
      if (Array.isArray(o)) o.forEach(collect);
      else if (typeof o === 'object' && o !== null && 'str' in o) strings.push(String.fromCharCode(...o.str.filter((b) => b >= 32 && b < 127)));
    };
    a.forEach(collect);
    this.count('text');
    this.out.parts.push({ tag: 'text', attrs: { id: `text-${++this.ids}` }, content: strings.join('').slice(0, 60) });
  }

  private xobject(nameOp: Operand | undefined, res: Obj): boolean {
    if (typeof nameOp !== 'object' || nameOp === null || !('name' in nameOp)) return true;
    const raw = this.r.dict(this.r.get(res, 'XObject'))?.get(PDFName.of(nameOp.name));
    const xo = this.r.resolve(raw);
    const subtype = this.r.name(this.r.get(xo, 'Subtype'));
    if (subtype === 'Image') {
      this.image();
      return true;
    }
    if (subtype !== 'Form') return true;
    const key = keyOf(raw) ?? nameOp.name;
    if (this.forms.includes(key) || this.forms.length >= MAX_FORM_DEPTH) {
      this.count('form loop');
      return true;
    }
    const bytes = this.r.bytes(xo);
    if (!bytes) {
      this.count('unreadable stream');
      return true;
    }
    this.step('q', [], res);
    const m = this.r.nums(this.r.get(xo, 'Matrix'));
    if (m?.length === 6) this.gs.ctm = multiply(this.gs.ctm, m as unknown as Matrix);
    const bbox = this.r.nums(this.r.get(xo, 'BBox'));
    if (bbox?.length === 4) {
      this.path = `M${fmt(bbox[0]!)} ${fmt(bbox[1]!)}H${fmt(bbox[2]!)}V${fmt(bbox[3]!)}H${fmt(bbox[0]!)}Z`;
      this.pendingClip = 'nonzero';
      this.paint(false, false, 'nonzero');
    }
    this.forms.push(key);
    const ok = this.run(bytes, this.r.get(xo, 'Resources') ?? res);
    this.forms.pop();
    this.step('Q', [], res);
    return ok;
  }

  private beginMarked(a: Operand[], res: Obj): void {
    const tag = a[0];
    const prop = a[1];
    let name: string | undefined;
    let hidden = false;
    if (typeof tag === 'object' && tag !== null && 'name' in tag && tag.name === 'OC' && typeof prop === 'object' && prop !== null && 'name' in prop) {
      const raw = this.r.dict(this.r.get(res, 'Properties'))?.get(PDFName.of(prop.name));
      const ocg = this.r.resolve(raw);
      name = this.r.text(this.r.get(ocg, 'Name'));
      const k = keyOf(raw);
      hidden = !!k && this.opts.hidden.has(k);
    }
    if (name !== undefined && !this.out.layerNames.includes(name)) this.out.layerNames.push(name);
    const label = name !== undefined ? ` inkscape:label="${esc(layerLabel(name))}"` : '';
    this.openGroup('mc', `<g${label}${hidden ? ' display="none"' : ''}>`);
  }

  private endMarked(): void {
    let i = this.groups.length - 1;
    while (i >= 0 && this.groups[i]!.kind !== 'mc') i--;
    if (i < 0) return;
    this.closeTo(i, 'mc');
  }
}

/** A spot ink or layer that is the die line, by the names print and cutting workflows use. */
export const DIE_NAME = /^(cut\s*contour|thru[\s-]*cut|through[\s-]*cut|kiss[\s-]*cut|die(\s*-?\s*(line|cut))?|cut(\s*-?\s*line)?)$/i;

/** An Illustrator layer named "CutContour" is the die line too. */
function layerLabel(name: string): string {
  return DIE_NAME.test(name.trim()) ? 'outline' : name;
}
