import { emptyDocument } from '../../document/defaults.ts';
import { artTooComplex, DOCUMENT_LIMITS, pathTooComplex } from '../../document/limits.ts';
import { formatProblems, validateDocument } from '../../document/validate.ts';
import type { EnamelFillItem, Item, PathGeom, PinDocument } from '../../document/types.ts';
import {
  components, containsPoint, intersect, determinant, fillHoles, isConformal, isEmpty, MAX_COORD_MM, regionBounds, regionFromPath,
  flattenPath, OutOfTime, regionRings, regionToPath, withDeadline, ringsToPath, strokeOutline, transformPath, union, type Matrix, type Region, type Shape,
} from '../../geometry/index.ts';
import { itemRegion } from '../../kinds/index.ts';
import { pantoneSolidCoated, normalizeHex, type Palette } from '../../palette/index.ts';
import { parseStylesheet, type CssRule } from './css.ts';
import { parseUserLength, rootViewport, viewportDiagonal } from './lengths.ts';
import { colorRefFor, FAINT_ALPHA, flattenPaint, INVISIBLE_ALPHA } from './paint.ts';
import { ROOT_STYLE } from './style.ts';
import { clipItems, clipNotes, type ClipTally } from './clipItems.ts';
import { DEFAULT_LANGUAGES } from './conditional.ts';
import { strokePathOf } from './dash.ts';
import { applyPaintOrder } from './paintOrder.ts';
import { MAX_DRAWABLES, MAX_NODES, walk, type Drawable, type ImportNote, type WalkContext } from './walk.ts';
import { localName, parseXml, type XNode } from './xml.ts';

export type { ImportNote } from './walk.ts';

export interface SvgImportOptions {
  palette?: Palette;
  /** Without layers, fills in this colour are metal areas (CONTRACTS.md). Default black. */
  metalColor?: string;
  name?: string;
  /** Time the import may take (default IMPORT_BUDGET_MS). */
  budgetMs?: number;
  /** The reader's languages, for `systemLanguage` in a <switch> (default English). */
  languages?: readonly string[];
}

export type SvgImportResult = { ok: true; doc: PinDocument; notes: ImportNote[] } | { ok: false; error: string };

function collect(root: XNode): { ids: Map<string, XNode>; rules: CssRule[] } {
  const ids = new Map<string, XNode>();
  const rules: CssRule[] = [];
  const stack = [root];
  const styles: XNode[] = [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.attrs.id && !ids.has(n.attrs.id)) ids.set(n.attrs.id, n);
    if (localName(n.name) === 'style') styles.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  for (const s of styles) rules.push(...parseStylesheet(s.text, rules.length));
  return { ids, rules };
}

class IdMaker {
  private readonly used = new Set<string>();
  private counters = new Map<string, number>();
  make(prefix: string, preferred?: string): string {
    const clean = preferred?.trim().replace(/[^\w.-]+/g, '-').slice(0, 64);
    if (clean && !this.used.has(clean)) {
      this.used.add(clean);
      return clean;
    }
    let n = this.counters.get(prefix) ?? 0;
    let id: string;
    do id = `${prefix}-${++n}`; while (this.used.has(id));
    this.counters.set(prefix, n);
    this.used.add(id);
    return id;
  }
}

/** A stroke in document mm. Under skew or non-uniform scale a width cannot be one number: outline
 * the stroke in user space, then transform, and it becomes an area. */
function strokeInDoc(d: Drawable, widthUser: number, path: PathGeom): { width: number } | { area: PathGeom } {
  const m: Matrix = d.ctm;
  if (isConformal(m)) return { width: widthUser * Math.sqrt(Math.abs(determinant(m))) };
  const region = strokeOutline(path, { width: widthUser, cap: d.style.linecap, join: d.style.linejoin, miterLimit: d.style.miterLimit });
  return { area: transformPath(regionToPath(region), m) };
}

/**
 * Time an import may take. Every polygon-engine call looks at the clock, so a file whose shapes
 * are within every limit but too many together (tens of thousands of separate shapes) is refused
 * at this point with the reason, instead of keeping the artist waiting without end.
 */
export const IMPORT_BUDGET_MS = 20_000;

export function importSvg(text: string, options: SvgImportOptions = {}): SvgImportResult {
  const started = performance.now();
  try {
    return withDeadline(started + (options.budgetMs ?? IMPORT_BUDGET_MS), () => importWithin(text, options));
  } catch (e) {
    if (!(e instanceof OutOfTime)) throw e;
    return { ok: false, error: `the drawing is too complex to import: it was still being read after ${Math.round((performance.now() - started) / 1000)} s (simplify it, or join shapes of one colour into one)` };
  }
}

function importWithin(text: string, options: SvgImportOptions): SvgImportResult {
  const xml = parseXml(text);
  if (!xml.ok) return { ok: false, error: xml.reason };
  const root = xml.value;
  if (localName(root.name) !== 'svg') return { ok: false, error: `this is not an SVG file: the root element is <${root.name}>, not <svg>` };
  const vp = rootViewport(root);
  if (!vp.ok) return { ok: false, error: vp.reason };
  const palette = options.palette ?? pantoneSolidCoated();
  const metalHex = normalizeHex(options.metalColor ?? '#000000');
  if (!metalHex) return { ok: false, error: `the metal colour "${options.metalColor}" is not a hex colour like #000000` };

  const { ids, rules } = collect(root);
  const notes: ImportNote[] = [];
  const ctx: WalkContext = {
    rules, ids, vbW: vp.value.vbWidth, vbH: vp.value.vbHeight, notes, out: [], budget: { left: MAX_DRAWABLES, nodes: MAX_NODES }, layersFound: new Set(),
    languages: options.languages ?? DEFAULT_LANGUAGES, active: new Set(),
  };
  const err = walk(root, vp.value.matrix, ROOT_STYLE, null, ctx, 0, []);
  if (err) return { ok: false, error: err };

  const layered = ctx.layersFound.size > 0;
  const idm = new IdMaker();
  const doc = emptyDocument(options.name ?? 'Imported pin', round3(vp.value.widthMm), round3(vp.value.heightMm));
  const items: Item[] = [];
  const outlineRegions: Region[] = [];
  const outlineDrawables: Drawable[] = [];
  let ignored = 0;
  const faint = new Set<string>();
  const clipped: ClipTally = { cut: new Set(), gone: new Set(), by: new Set() };
  const diag = viewportDiagonal(ctx.vbW, ctx.vbH);
  const shapes: Shape[] = [];

  for (const d of ctx.out) {
    const role = layered ? d.layer : null;
    if (layered && !role) {
      ignored++;
      continue;
    }
    if (Math.abs(determinant(d.ctm)) < 1e-18) {
      notes.push({ level: 'info', message: `${d.label} has a transform that flattens it to nothing; it is not drawn (as in a browser)` });
      continue;
    }
    const docPath = transformPath(d.path, d.ctm);
    if (!withinLimits(docPath)) {
      return { ok: false, error: `${d.label} lies beyond ±${MAX_COORD_MM / 1000} m from the origin (or has non-numeric coordinates): this is not a pin drawing at real size` };
    }
    const pref = d.el.attrs.id;
    const name = d.el.attrs['inkscape:label'] ?? d.el.attrs.id;
    // Before any region is made: a shape the engine would spend seconds on is refused here.
    const strokeMm = (parseUserLength(d.style.strokeWidth, diag) ?? 0) * Math.sqrt(Math.abs(determinant(d.ctm)));
    const stroked = d.style.stroke.kind !== 'none' && !d.image;
    if (stroked && !(strokeMm <= DOCUMENT_LIMITS.lengthMm)) {
      const wide = Number.isFinite(strokeMm) ? `${strokeMm.toExponential(1)} mm wide` : 'too wide to measure';
      return { ok: false, error: `${d.label} has a stroke ${wide}; strokes up to ${DOCUMENT_LIMITS.lengthMm.toLocaleString('en')} mm are accepted (check the file's units)` };
    }
    const halfStroke = strokeMm / 2;
    const shape = { polys: flattenPath(docPath), padMm: stroked ? halfStroke : 0 };
    const complex = pathTooComplex(d.label, docPath, shape);
    if (complex) return { ok: false, error: complex };
    shapes.push(shape);
    let fillPaint = flattenPaint(d.style.fill, d.style.opacity * d.style.fillOpacity, d, ids);
    let strokePaint = d.image ? undefined : flattenPaint(d.style.stroke, d.style.opacity * d.style.strokeOpacity, d, ids);
    // Enamel cannot be see-through: what is all but invisible in the file is not made.
    if (fillPaint && fillPaint.alpha < FAINT_ALPHA && role !== 'outline') {
      if (fillPaint.alpha >= INVISIBLE_ALPHA) faint.add(d.label);
      fillPaint = undefined;
    }
    if (strokePaint && strokePaint.alpha < FAINT_ALPHA && role !== 'outline') {
      if (strokePaint.alpha >= INVISIBLE_ALPHA) faint.add(d.label);
      strokePaint = undefined;
    }
    const widthUser = parseUserLength(d.style.strokeWidth, diag) ?? 1;
    let hasStroke = !!strokePaint && widthUser > 0 && widthUser * Math.sqrt(Math.abs(determinant(d.ctm))) >= 1e-6;
    const finishAttr = d.el.attrs['data-finish'];
    const finish = finishAttr === 'glitter' || finishAttr === 'glow' || finishAttr === 'translucent' ? finishAttr : 'standard';

    if (role === 'outline') {
      const region = regionFromPath(docPath, d.style.fillRule);
      outlineRegions.push(d.clip ? intersect(region, d.clip) : region);
      outlineDrawables.push(d);
      continue;
    }
    const stroke = hasStroke ? strokePathOf(d, diag, notes) : d.path;
    if (!stroke.length) hasStroke = false;
    const first = items.length;
    convert: {
      const addMetalStroke = () => {
        const s = strokeInDoc(d, widthUser, stroke);
        if ('width' in s) {
          items.push({ id: idm.make('line', pref), ...(name ? { name } : {}), kind: 'metal-line', path: transformPath(stroke, d.ctm), width: round6(s.width), cap: d.style.linecap, join: d.style.linejoin, miterLimit: d.style.miterLimit });
        } else {
          notes.push({ level: 'info', message: `${d.label}: a stroke under skew or uneven scaling was turned into a metal area` });
          items.push({ id: idm.make('metal', pref), ...(name ? { name } : {}), kind: 'metal-area', path: s.area, fillRule: 'nonzero' });
        }
      };
      const addEnamel = (path: PathGeom, fillRule: 'nonzero' | 'evenodd', paint: { hex: string; issues: EnamelFillItem['paintIssues'] }) => {
        const color = colorRefFor(paint.hex, d.style.pantone, palette, d.label, notes);
        const item: EnamelFillItem = { id: idm.make('fill', pref), ...(name ? { name } : {}), kind: 'enamel-fill', path, fillRule, color, finish };
        if (paint.issues?.length) item.paintIssues = paint.issues;
        items.push(item);
      };
      const widened = () => regionToPath(union(regionFromPath(docPath, d.style.fillRule), strokeRegionDoc(d, widthUser, stroke)));

      if (role === 'metal') {
        if (fillPaint && hasArea(d)) items.push({ id: idm.make('metal', pref), ...(name ? { name } : {}), kind: 'metal-area', path: docPath, fillRule: d.style.fillRule });
        if (hasStroke) addMetalStroke();
        break convert;
      }
      if (role === 'enamel') {
        if (fillPaint && hasStroke && hasArea(d) && strokePaint!.hex === fillPaint.hex) {
          addEnamel(widened(), 'nonzero', fillPaint);
          break convert;
        }
        if (fillPaint && hasArea(d)) addEnamel(docPath, d.style.fillRule, fillPaint);
        if (hasStroke) addEnamel(regionToPath(strokeRegionDoc(d, widthUser, stroke)), 'nonzero', strokePaint!);
        break convert;
      }
      // No layers: strokes are metal unless they repeat their own fill colour; metal-coloured fills are metal.
      if (fillPaint && hasStroke && hasArea(d) && strokePaint!.hex === fillPaint.hex && fillPaint.hex !== metalHex) {
        addEnamel(widened(), 'nonzero', fillPaint);
        break convert;
      }
      if (fillPaint && hasArea(d)) {
        if (fillPaint.hex === metalHex && !fillPaint.issues.length) items.push({ id: idm.make('metal', pref), ...(name ? { name } : {}), kind: 'metal-area', path: docPath, fillRule: d.style.fillRule });
        else addEnamel(docPath, d.style.fillRule, fillPaint);
      }
      if (hasStroke) addMetalStroke();
    }
    if (d.clip) clipItems(items, first, d, clipped);
  }
  if (faint.size) {
    const names = [...faint];
    notes.push({ level: 'warning', message: `${names.length} faint element(s), under ${FAINT_ALPHA * 100} % opacity, were left out (enamel cannot be see-through; give shading a colour of its own if it should be made): ${names.slice(0, 8).join(', ')}${names.length > 8 ? `, and ${names.length - 8} more` : ''}` });
  }
  clipNotes(clipped, notes);
  if (ignored) notes.push({ level: 'warning', message: `${ignored} element(s) outside the outline, metal and enamel layers were ignored` });
  // Before the paint order and the die line union everything: shapes piled on shapes are refused.
  const piled = artTooComplex(shapes);
  if (piled) return { ok: false, error: piled };

  const visible = applyPaintOrder(items, notes);
  const outlineItems = buildOutline(outlineDrawables, outlineRegions, visible, idm, notes);
  for (const it of [...outlineItems, ...visible]) {
    doc.items[it.id] = it;
    doc.order.push(it.id);
  }
  doc.spec.posts = defaultPosts(outlineItems);
  // The importer must never hand over a document that would not load again.
  const check = validateDocument(doc);
  if (!check.ok) return { ok: false, error: `the drawing could not be turned into a valid pin: ${formatProblems(check.problems.slice(0, 3))}` };
  if (!visible.length && !outlineItems.length) notes.push({ level: 'warning', message: 'the file has no shapes Pinsmith can use' });
  return { ok: true, doc, notes };
}

/** A <line> has no inside, and a fill of a degenerate path paints nothing. */
function hasArea(d: Drawable): boolean {
  if (localName(d.el.name) === 'line') return false;
  return d.path.some((sp) => sp.segments.length >= 3 || (sp.segments.length === 2 && !!(sp.segments[0]!.hout || sp.segments[1]!.hin)));
}

function strokeRegionDoc(d: Drawable, widthUser: number, userPath: PathGeom): Region {
  const s = strokeInDoc(d, widthUser, userPath);
  const path = transformPath(userPath, d.ctm);
  return 'width' in s ? strokeOutline(path, { width: s.width, cap: d.style.linecap, join: d.style.linejoin, miterLimit: d.style.miterLimit }) : regionFromPath(s.area);
}

function buildOutline(drawables: Drawable[], regions: Region[], art: Item[], idm: IdMaker, notes: ImportNote[]): Item[] {
  if (drawables.length === 1 && drawables[0]!.path.length === 1 && drawables[0]!.path[0]!.closed && !drawables[0]!.clip) {
    const d = drawables[0]!;
    return [{ id: idm.make('outline', d.el.attrs.id), kind: 'outline', path: transformPath(d.path, d.ctm) }];
  }
  let die: Region;
  if (regions.length) die = union(...regions);
  else {
    // No die line drawn: the outer boundary of everything (CONTRACTS.md).
    const all = art.filter((it) => it.kind !== 'cutout').map(itemRegion);
    if (!all.length) return [];
    die = fillHoles(union(...all));
    notes.push({ level: 'info', message: 'no outline layer: the die line was taken from the outer boundary of the artwork' });
  }
  const out: Item[] = [];
  for (const comp of components(die)) {
    const rings = regionRings(comp);
    out.push({ id: idm.make('outline'), kind: 'outline', path: ringsToPath(rings.slice(0, 1)) });
    for (const hole of rings.slice(1)) out.push({ id: idm.make('cutout'), kind: 'cutout', path: ringsToPath([hole.length ? reverseRing(hole) : hole]) });
  }
  return out;
}

/** One post at the centre of the die, where factories put it for small pins, if it is on metal. */
function defaultPosts(outlines: Item[]): Array<{ x: number; y: number }> {
  const die = union(...outlines.filter((o) => o.kind === 'outline').map(itemRegion));
  if (isEmpty(die)) return [];
  const b = regionBounds(die);
  const c = { x: round3((b.minX + b.maxX) / 2), y: round3((b.minY + b.maxY) / 2) };
  return containsPoint(die, c.x, c.y) ? [c] : [];
}

function reverseRing(r: number[]): number[] {
  const out: number[] = [];
  for (let i = r.length - 2; i >= 0; i -= 2) out.push(r[i]!, r[i + 1]!);
  return out;
}

function withinLimits(path: PathGeom): boolean {
  const ok = (v: number) => Number.isFinite(v) && Math.abs(v) <= MAX_COORD_MM;
  return path.every((sp) => sp.segments.every((g) => ok(g.x) && ok(g.y) && (!g.hin || (ok(g.hin.x) && ok(g.hin.y))) && (!g.hout || (ok(g.hout.x) && ok(g.hout.y)))));
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
