import { ellipsePath, polylinePath, rectPath } from '../geometry/shapes.ts';
import { emptyDocument } from './defaults.ts';
import type {
  ColorRef, EnamelFillItem, Item, MetalLineItem, PathGeom, PinDocument, PinSpec, Waiver,
} from './types.ts';

// Builders for tests, fixtures and benchmarks: a readable way to write a pin in code.

type Pts = ReadonlyArray<readonly [number, number]>;

export class PinBuilder {
  private readonly doc: PinDocument;
  private n = 0;

  constructor(name = 'Test pin', width = 30, height = 30) {
    this.doc = emptyDocument(name, width, height);
  }

  private add<T extends Item>(item: T): this {
    this.doc.items[item.id] = item;
    this.doc.order.push(item.id);
    return this;
  }

  private nextId(prefix: string, id?: string): string {
    return id ?? `${prefix}-${++this.n}`;
  }

  outline(path: PathGeom, id?: string): this {
    return this.add({ id: this.nextId('outline', id), kind: 'outline', path });
  }

  circleOutline(cx: number, cy: number, r: number, id?: string): this {
    return this.outline(ellipsePath(cx, cy, r), id);
  }

  rectOutline(x: number, y: number, w: number, h: number, id?: string): this {
    return this.outline(rectPath(x, y, w, h), id);
  }

  cutout(path: PathGeom, id?: string): this {
    return this.add({ id: this.nextId('cutout', id), kind: 'cutout', path });
  }

  line(points: Pts, width: number, opts: Partial<Pick<MetalLineItem, 'cap' | 'join' | 'id'>> & { closed?: boolean } = {}): this {
    return this.add({
      id: this.nextId('line', opts.id),
      kind: 'metal-line',
      path: polylinePath(points, opts.closed ?? false),
      width,
      cap: opts.cap ?? 'round',
      join: opts.join ?? 'round',
    });
  }

  strokePath(path: PathGeom, width: number, id?: string): this {
    return this.add({ id: this.nextId('line', id), kind: 'metal-line', path, width, cap: 'round', join: 'round' });
  }

  strokePathWith(path: PathGeom, width: number, id: string | undefined, join: MetalLineItem['join'], cap: MetalLineItem['cap']): this {
    return this.add({ id: this.nextId('line', id), kind: 'metal-line', path, width, cap, join });
  }

  text(text: string, size: number, mode: 'raised-metal' | 'recessed-enamel', at: [number, number], id?: string): this {
    // Outlines stand in for glyphs: a box of the cap height per character.
    const [x, y] = at;
    const outlines = [...text].filter((c) => c.trim()).flatMap((_, i) => rectPath(x + i * size * 0.7, y - size, size * 0.5, size));
    return this.add({ id: this.nextId('text', id), kind: 'text', text, font: 'Test Sans', size, x, y, mode, outlines, ...(mode === 'recessed-enamel' ? { color: { hex: '#FFFFFF', code: 'White' } } : {}) });
  }

  metalArea(path: PathGeom, id?: string): this {
    return this.add({ id: this.nextId('metal', id), kind: 'metal-area', path, fillRule: 'nonzero' });
  }

  fill(path: PathGeom, color: ColorRef | string, opts: Partial<Pick<EnamelFillItem, 'finish' | 'paintIssues' | 'id' | 'fillRule'>> = {}): this {
    const c: ColorRef = typeof color === 'string' ? { hex: color } : color;
    const item: EnamelFillItem = { id: this.nextId('fill', opts.id), kind: 'enamel-fill', path, fillRule: opts.fillRule ?? 'nonzero', color: c, finish: opts.finish ?? 'standard' };
    if (opts.paintIssues) item.paintIssues = opts.paintIssues;
    return this.add(item);
  }

  rectFill(x: number, y: number, w: number, h: number, color: ColorRef | string, opts: Parameters<PinBuilder['fill']>[2] = {}): this {
    return this.fill(rectPath(x, y, w, h), color, opts);
  }

  spec(patch: Partial<PinSpec>): this {
    Object.assign(this.doc.spec, patch);
    return this;
  }

  profile(id: string): this {
    this.doc.checks.profile = id;
    return this;
  }

  rule(id: string, setting: PinDocument['checks']['rules'][string]): this {
    this.doc.checks.rules[id] = setting;
    return this;
  }

  waiver(w: Waiver): this {
    this.doc.checks.waivers.push(w);
    return this;
  }

  build(): PinDocument {
    return structuredClone(this.doc);
  }
}

export const pin = (name?: string, width?: number, height?: number) => new PinBuilder(name, width, height);

export const PMS = {
  red186: { hex: '#C8102E', code: '186 C' },
  blue286: { hex: '#0032A0', code: '286 C' },
  yellow123: { hex: '#FFC72C', code: '123 C' },
  green362: { hex: '#509E2F', code: '362 C' },
  sky291: { hex: '#9BCBEB', code: '291 C' },
  black: { hex: '#2D2926', code: 'Black C' },
  white: { hex: '#FFFFFF', code: 'White' },
} as const satisfies Record<string, ColorRef>;
