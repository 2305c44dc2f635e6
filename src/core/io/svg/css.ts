// The CSS that SVG editors write: Illustrator's `.st0{fill:#FFF;}` class rules, type and id
// selectors, compound selectors and descendant/child combinators. No @import, no url fetches.

export interface CssRule {
  selector: Selector;
  specificity: number;
  order: number;
  decls: Declarations;
}

/** A declaration block split by `!important` (important ones win over any normal one). */
export interface Declarations {
  normal: Record<string, string>;
  important: Record<string, string>;
}

interface AttrTest {
  name: string;
  op?: '=' | '~=' | '|=' | '^=' | '$=' | '*=';
  value?: string;
  caseless?: boolean;
}

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attrs: AttrTest[];
}

/** Compounds left to right; `next` is the combinator joining each to the one after it. */
type Selector = Array<{ compound: Compound; next: ' ' | '>' | null }>;

export function parseDeclarations(text: string): Declarations {
  const out: Declarations = { normal: {}, important: {} };
  for (const part of text.split(';')) {
    const i = part.indexOf(':');
    if (i < 0) continue;
    const k = part.slice(0, i).trim().toLowerCase();
    const raw = part.slice(i + 1);
    const important = /!\s*important\s*$/i.test(raw);
    const v = raw.replace(/!\s*important\s*$/i, '').trim();
    if (k && v) (important ? out.important : out.normal)[k] = v;
  }
  return out;
}

const ATTR = /\[([_a-zA-Z][\w:-]*)(?:([~|^$*]?=)(?:"([^"]*)"|'([^']*)'|([^\s\]'"]+))(?:\s+([iIsS]))?)?\]/y;

function parseCompound(s: string): Compound | null {
  const c: Compound = { classes: [], attrs: [] };
  const re = /([.#]?)(-?[_a-zA-Z][\w-]*)|(\*)/y;
  let pos = 0;
  while (pos < s.length) {
    if (s[pos] === '[') {
      ATTR.lastIndex = pos;
      const a = ATTR.exec(s);
      if (!a) return null;
      pos = ATTR.lastIndex;
      const value = a[3] ?? a[4] ?? a[5];
      c.attrs.push({ name: a[1]!, ...(a[2] ? { op: a[2] as AttrTest['op'], value: value ?? '' } : {}), ...(a[6]?.toLowerCase() === 'i' ? { caseless: true } : {}) });
      continue;
    }
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return null; // pseudo-classes: not written by SVG exporters
    pos = re.lastIndex;
    if (m[3]) continue;
    if (m[1] === '.') c.classes.push(m[2]!);
    else if (m[1] === '#') c.id = m[2]!;
    else c.tag = m[2]!;
  }
  return s.length > 0 ? c : null;
}

function parseSelector(text: string): Selector | null {
  // Spaces inside [attr = "value"] are not combinators.
  const tight = text.replace(/\[([^\]]*)\]/g, (_, inner: string) => `[${inner.trim().replace(/\s*([~|^$*]?=)\s*/, '$1')}]`);
  const tokens = tight.trim().replace(/\s*>\s*/g, ' > ').split(/\s+(?![^[]*\])/).filter(Boolean);
  const out: Selector = [];
  for (const t of tokens) {
    if (t === '>') {
      const prev = out[out.length - 1];
      if (!prev) return null;
      prev.next = '>';
      continue;
    }
    const compound = parseCompound(t);
    if (!compound) return null;
    const prev = out[out.length - 1];
    if (prev && prev.next === null) prev.next = ' ';
    out.push({ compound, next: null });
  }
  return out.length ? out : null;
}

function specificityOf(sel: Selector): number {
  let s = 0;
  for (const { compound } of sel) s += (compound.id ? 10000 : 0) + (compound.classes.length + compound.attrs.length) * 100 + (compound.tag ? 1 : 0);
  return s;
}

export function parseStylesheet(css: string, startOrder = 0): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, '');
  const rules: CssRule[] = [];
  let order = startOrder;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    // Find the matching close brace (at-rules such as @media nest blocks).
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) continue; // @import, @font-face, @media: never fetched or applied
    const decls = parseDeclarations(body);
    for (const selText of prelude.split(',')) {
      const selector = parseSelector(selText);
      if (selector) rules.push({ selector, specificity: specificityOf(selector), order: order++, decls });
    }
  }
  return rules;
}

export interface Matchable {
  name: string;
  attrs: Record<string, string>;
  parent: Matchable | null;
}

function matchesCompound(el: Matchable, c: Compound): boolean {
  const tag = el.name.slice(el.name.indexOf(':') + 1);
  if (c.tag && c.tag !== tag) return false;
  if (c.id && el.attrs.id !== c.id) return false;
  if (c.classes.length) {
    const cls = (el.attrs.class ?? '').split(/\s+/);
    if (!c.classes.every((k) => cls.includes(k))) return false;
  }
  return c.attrs.every((t) => attrMatches(el.attrs[t.name], t));
}

function attrMatches(actual: string | undefined, t: AttrTest): boolean {
  if (actual === undefined) return false;
  if (!t.op) return true;
  const a = t.caseless ? actual.toLowerCase() : actual;
  const v = t.caseless ? t.value!.toLowerCase() : t.value!;
  switch (t.op) {
    case '=': return a === v;
    case '~=': return a.split(/\s+/).includes(v);
    case '|=': return a === v || a.startsWith(`${v}-`);
    case '^=': return v !== '' && a.startsWith(v);
    case '$=': return v !== '' && a.endsWith(v);
    case '*=': return v !== '' && a.includes(v);
  }
}

export function matches(el: Matchable, sel: Selector): boolean {
  const last = sel[sel.length - 1];
  if (!last || !matchesCompound(el, last.compound)) return false;
  let node: Matchable | null = el;
  for (let k = sel.length - 2; k >= 0; k--) {
    const { compound, next } = sel[k]!;
    node = node.parent;
    if (next === '>') {
      if (!node || !matchesCompound(node, compound)) return false;
    } else {
      while (node && !matchesCompound(node, compound)) node = node.parent;
      if (!node) return false;
    }
  }
  return true;
}

/** Declarations from the stylesheet that apply to an element, in cascade order. */
/**
 * Rules by the id, first class or tag of their last compound (the part that must match the
 * element itself), so an element is tested only against rules that can match it: 100,000 class
 * rules were 100,000 tests for every element.
 */
interface RuleIndex {
  byId: Map<string, CssRule[]>;
  byClass: Map<string, CssRule[]>;
  byTag: Map<string, CssRule[]>;
  any: CssRule[];
}

const indexes = new WeakMap<CssRule[], RuleIndex>();

function indexOf(rules: CssRule[]): RuleIndex {
  let ix = indexes.get(rules);
  if (ix) return ix;
  ix = { byId: new Map(), byClass: new Map(), byTag: new Map(), any: [] };
  const add = (m: Map<string, CssRule[]>, k: string, r: CssRule) => {
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  };
  for (const r of rules) {
    const c = r.selector[r.selector.length - 1]!.compound;
    if (c.id) add(ix.byId, c.id, r);
    else if (c.classes.length) add(ix.byClass, c.classes[0]!, r);
    else if (c.tag) add(ix.byTag, c.tag, r);
    else ix.any.push(r);
  }
  indexes.set(rules, ix);
  return ix;
}

function candidates(el: Matchable, rules: CssRule[]): CssRule[] {
  const ix = indexOf(rules);
  const out: CssRule[] = [...ix.any];
  if (el.attrs.id) out.push(...(ix.byId.get(el.attrs.id) ?? []));
  if (el.attrs.class) for (const k of new Set(el.attrs.class.split(/\s+/))) out.push(...(ix.byClass.get(k) ?? []));
  out.push(...(ix.byTag.get(el.name.slice(el.name.indexOf(':') + 1)) ?? []));
  return out;
}

export function cascadeFor(el: Matchable, rules: CssRule[]): Declarations {
  const hits = candidates(el, rules).filter((r) => matches(el, r.selector)).sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  return {
    normal: Object.assign({}, ...hits.map((h) => h.decls.normal)) as Record<string, string>,
    important: Object.assign({}, ...hits.map((h) => h.decls.important)) as Record<string, string>,
  };
}
