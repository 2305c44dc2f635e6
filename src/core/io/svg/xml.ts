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
 * Parse XML into a small tree without any DOM. Nothing is fetched or expanded: a document type
 * that declares entities is refused (entity expansion is how "billion laughs" attacks work), and
 * an undefined entity is a parse error.
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
    if (/<!ENTITY/i.test(dt)) {
      error ??= 'the file declares XML entities (<!ENTITY …>), which Pinsmith does not expand for safety; '
        + 'export the SVG again without a DTD (Illustrator: SVG 1.1, no "Preserve Illustrator Editing Capabilities")';
    }
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
