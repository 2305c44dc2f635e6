import { SaxesParser } from 'saxes';
import { fail, ok, type Result } from '../../result.ts';

/** A parsed XML element. Attribute names keep their prefixes ("inkscape:label", "xlink:href"). */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
  parent: XNode | null;
  line: number;
}

export const SVG_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxElements: 200_000,
  maxDepth: 200,
} as const;

/** Local name without prefix: "svg:path" -> "path". */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Parse XML into a small tree without any DOM. Nothing is fetched. Plain internal entities (what
 * Illustrator declares for its namespaces) are expanded; every form that can fetch, nest or grow
 * is refused (see internalEntities), and an undefined entity is a parse error.
 */
export function parseXml(text: string): Result<XNode> {
  if (text.length > SVG_LIMITS.maxBytes) {
    return fail(`the file is ${(text.length / 1048576).toFixed(1)} MB; SVG import takes up to ${SVG_LIMITS.maxBytes / 1048576} MB`);
  }
  const parser = new SaxesParser({ xmlns: false, position: true });
  let root: XNode | null = null;
  const stack: XNode[] = [];
  let count = 0;
  let error: string | null = null;
  parser.on('doctype', (dt) => {
    const entities = internalEntities(dt, text);
    if (!entities.ok) error ??= entities.reason;
    else Object.assign(parser.ENTITIES, entities.value);
  });
  parser.on('opentag', (tag) => {
    if (error) return;
    count++;
    if (count > SVG_LIMITS.maxElements) {
      error = `the file has more than ${SVG_LIMITS.maxElements.toLocaleString('en')} elements`;
      return;
    }
    if (stack.length >= SVG_LIMITS.maxDepth) {
      error = `elements are nested more than ${SVG_LIMITS.maxDepth} deep`;
      return;
    }
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : String((v as { value: string }).value);
    const node: XNode = { name: tag.name, attrs, children: [], text: '', parent: stack[stack.length - 1] ?? null, line: parser.line };
    if (node.parent) node.parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('closetag', () => {
    if (!error) stack.pop();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top && !error && (localName(top.name) === 'style' || localName(top.name) === 'text' || localName(top.name) === 'tspan')) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (e) => {
    error ??= `the file is not well-formed XML: ${xmlProblem(e.message)}`;
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (e) {
    error ??= `the file is not well-formed XML: ${xmlProblem(e instanceof Error ? e.message : String(e))}`;
  }
  if (error) return fail(error);
  if (!root) return fail('the file is empty: no XML elements');
  return ok(root);
}

/** The XML parser's complaint in our words: "line 31, column 5: ...", no "undefined", one full stop. */
function xmlProblem(message: string): string {
  const m = /^(?:undefined:)?(\d+):(\d+): ([\s\S]*)$/.exec(message);
  const where = m ? `line ${m[1]}, column ${m[2]}: ` : '';
  const what = (m ? m[3]! : message).trim().replace(/\.+$/, '')
    .replace(/^undefined entity$/, 'it uses an entity (&name;) the file does not declare')
    .replace(/\bundefined\b/g, 'undeclared');
  return `${where}${what}`;
}

/** Caps on what a document type may declare: Illustrator writes about ten short namespace URIs. */
export const ENTITY_LIMITS = { count: 100, valueChars: 1_024, expandedChars: 1_048_576 } as const;

const REFUSED_ENTITIES = 'Pinsmith expands only plain text entities, for safety; '
  + 'export the SVG again without a DTD (Illustrator: SVG 1.1, no "Preserve Illustrator Editing Capabilities")';

/**
 * The general entities of a document type's internal subset, when each is plain text: no
 * external (SYSTEM/PUBLIC), parameter (%) or markup entities and no entity inside another (how
 * "billion laughs" grows), each short, and all their uses together under a cap.
 */
export function internalEntities(doctype: string, text: string): Result<Record<string, string>> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const open = doctype.indexOf('[');
  if (open < 0) return /<!ENTITY/i.test(doctype) ? fail(`the file's document type is malformed; ${REFUSED_ENTITIES}`) : ok(out);
  const subset = doctype.slice(open + 1, doctype.lastIndexOf(']') > open ? doctype.lastIndexOf(']') : undefined)
    .replace(/<!--[\s\S]*?-->/g, '');
  const decl = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|((?:SYSTEM|PUBLIC)\b[^>]*))\s*>/gy;
  let pos = 0;
  let expanded = 0;
  for (;;) {
    while (pos < subset.length && /\s/.test(subset[pos]!)) pos++;
    if (pos >= subset.length) break;
    decl.lastIndex = pos;
    const m = decl.exec(subset);
    if (!m) {
      if (/^<!ENTITY/i.test(subset.slice(pos))) return fail(`the file declares an XML entity Pinsmith cannot read (${clip(subset.slice(pos))}); ${REFUSED_ENTITIES}`);
      // <!ATTLIST>, <!ELEMENT>, <!NOTATION> and processing instructions change nothing drawn.
      const end = subset.indexOf('>', pos);
      if (end < 0) break;
      pos = end + 1;
      continue;
    }
    pos = decl.lastIndex;
    const [, param, name, dq, sq, external] = m;
    const what = `the file declares the XML entity "${clip(name!)}"`;
    if (param) return fail(`${what} as a parameter entity (%); ${REFUSED_ENTITIES}`);
    if (external) return fail(`${what} from outside the file (${clip(external)}), which is never fetched; ${REFUSED_ENTITIES}`);
    const value = (dq ?? sq)!;
    if (/[&%<]/.test(value)) return fail(`${what} with markup or other entities inside it; ${REFUSED_ENTITIES}`);
    if (value.length > ENTITY_LIMITS.valueChars) return fail(`${what} ${value.length.toLocaleString('en')} characters long (up to ${ENTITY_LIMITS.valueChars.toLocaleString('en')}); ${REFUSED_ENTITIES}`);
    if (name! in out) continue; // XML: the first declaration binds
    if (Object.keys(out).length >= ENTITY_LIMITS.count) return fail(`the file declares more than ${ENTITY_LIMITS.count} XML entities; ${REFUSED_ENTITIES}`);
    out[name!] = value;
    expanded += value.length * countUses(text, name!);
    if (expanded > ENTITY_LIMITS.expandedChars) return fail(`the file's XML entities expand to more than ${ENTITY_LIMITS.expandedChars / 1_048_576} MB of text; ${REFUSED_ENTITIES}`);
  }
  return ok(out);
}

function countUses(text: string, name: string): number {
  const ref = `&${name};`;
  let n = 0;
  for (let i = text.indexOf(ref); i >= 0; i = text.indexOf(ref, i + ref.length)) n++;
  return n;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s).replace(/\s+/g, ' ');
