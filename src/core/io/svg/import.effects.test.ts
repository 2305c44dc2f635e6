import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { area, regionBounds } from '../../geometry/index.ts';
import { itemRegion } from '../../kinds/index.ts';
import { importSvg } from './import.ts';

// Clip paths, masks and opacity reach an element in many ways: an attribute, the style
// attribute, a class, id or attribute-selector rule, an !important rule over the style
// attribute, or a group around it. Wherever they are written, the import either applies them or
// says why not: never a silent, unclipped, opaque shape.

type Effect =
  | { kind: 'clip'; ref: 'good' | 'missing' | 'unsupported' | 'text' }
  | { kind: 'mask'; ref: 'good' | 'missing' | 'gradient' }
  | { kind: 'opacity'; prop: 'opacity' | 'fill-opacity'; value: number };
type Placement = 'attribute' | 'style' | 'class' | 'id-rule' | 'attr-selector' | 'important' | 'group-attribute' | 'group-class';

const DEFS = `<defs>
  <clipPath id="c"><rect x="0" y="0" width="10" height="10"/></clipPath>
  <clipPath id="t"><text x="0" y="10">A</text></clipPath>
  <mask id="m"><rect x="0" y="0" width="10" height="10" fill="#FFFFFF"/></mask>
  <linearGradient id="fade"><stop offset="0" stop-color="#FFF"/><stop offset="1" stop-color="#000"/></linearGradient>
  <mask id="g"><rect x="0" y="0" width="20" height="20" fill="url(#fade)"/></mask>
</defs>`;

function declaration(e: Effect): [string, string] {
  if (e.kind === 'opacity') return [e.prop, String(e.value)];
  const value = e.kind === 'clip'
    ? { good: 'url(#c)', missing: 'url(#nope)', unsupported: 'circle(50%)', text: 'url(#t)' }[e.ref]
    : { good: 'url(#m)', missing: 'url(#nope)', gradient: 'url(#g)' }[e.ref];
  return [e.kind === 'clip' ? 'clip-path' : 'mask', value];
}

function svgFor(e: Effect, where: Placement): string {
  const [prop, value] = declaration(e);
  let css = '';
  let target = '';
  let group = '';
  switch (where) {
    case 'attribute': target = `${prop}="${value}"`; break;
    case 'style': target = `style="${prop}:${value}"`; break;
    case 'class': css = `.fx{${prop}:${value}}`; target = 'class="fx"'; break;
    case 'id-rule': css = `#target{${prop}:${value}}`; break;
    case 'attr-selector': css = `rect[data-role="art"]{${prop}:${value}}`; break;
    case 'important': css = `#target{${prop}:${value} !important}`; target = `style="${prop}:${e.kind === 'opacity' ? '1' : 'none'}"`; break;
    case 'group-attribute': group = `${prop}="${value}"`; break;
    case 'group-class': css = `.fx{${prop}:${value}}`; group = 'class="fx"'; break;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="20mm" height="20mm" viewBox="0 0 20 20"><style>${css}</style>${DEFS}`
    + `<g ${group}><rect id="target" data-role="art" x="0" y="0" width="20" height="20" fill="#C8102E" ${target}/></g></svg>`;
}

const effects: fc.Arbitrary<Effect> = fc.oneof(
  fc.record({ kind: fc.constant('clip' as const), ref: fc.constantFrom('good' as const, 'missing' as const, 'unsupported' as const, 'text' as const) }),
  fc.record({ kind: fc.constant('mask' as const), ref: fc.constantFrom('good' as const, 'missing' as const, 'gradient' as const) }),
  fc.record({ kind: fc.constant('opacity' as const), prop: fc.constantFrom('opacity' as const, 'fill-opacity' as const), value: fc.constantFrom(0, 0.003, 0.05, 0.3, 0.5, 0.9) }),
);
const placements = fc.constantFrom<Placement>('attribute', 'style', 'class', 'id-rule', 'attr-selector', 'important', 'group-attribute', 'group-class');

describe('clip, mask and opacity, wherever they are written', () => {
  it('are applied, or a warning says why not', () => {
    fc.assert(fc.property(effects, placements, (e, where) => {
      const r = importSvg(svgFor(e, where));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const red = Object.values(r.doc.items).find((it) => it.kind === 'enamel-fill');
      const made = red ? area(itemRegion(red)) : 0;
      const warned = (word: RegExp) => r.notes.some((n) => n.level === 'warning' && word.test(n.message));
      if (e.kind === 'opacity') {
        if (e.value < 0.005) expect(made).toBe(0);
        else if (e.value < 0.4) {
          expect(made).toBe(0);
          expect(warned(/faint element\(s\).*<rect target>/)).toBe(true);
        } else {
          expect(made).toBeCloseTo(400, 3);
          expect(red?.kind === 'enamel-fill' && red.paintIssues).toEqual([{ kind: 'opacity', detail: `opacity ${e.value * 100}%` }]);
        }
        return;
      }
      if (e.ref === 'good') expect(made).toBeCloseTo(100, 3);
      else {
        expect(made).toBeCloseTo(400, 3);
        expect(warned(e.kind === 'clip' ? /clip/ : /mask/)).toBe(true);
      }
    }), { numRuns: 300 });
  });
});

describe('what clips and masks do in corner cases', () => {
  const one = (body: string) => {
    const r = importSvg(`<svg xmlns="http://www.w3.org/2000/svg" width="20mm" height="20mm" viewBox="0 0 20 20">${body}</svg>`);
    if (!r.ok) throw new Error(r.error);
    return r;
  };
  it('a clip path used inside itself is cut, said, and does not hang', () => {
    const r = one('<clipPath id="a" clip-path="url(#a)"><rect width="10" height="10"/></clipPath><rect width="20" height="20" fill="#C8102E" clip-path="url(#a)"/>');
    expect(r.notes.some((n) => n.level === 'warning' && /#a/.test(n.message))).toBe(true);
  });
  it('a mask whose shapes use the same mask is cut, said, and does not hang', () => {
    const r = one('<mask id="a"><rect width="10" height="10" fill="#fff" mask="url(#a)"/></mask><rect width="20" height="20" fill="#C8102E" mask="url(#a)"/>');
    expect(r.notes.some((n) => /used inside itself/.test(n.message))).toBe(true);
  });
  it('art wholly outside its clip is left out, and said', () => {
    const r = one('<clipPath id="a"><rect x="15" y="15" width="2" height="2"/></clipPath><rect width="20" height="20" fill="#0057B8"/><circle cx="3" cy="3" r="2" fill="#C8102E" clip-path="url(#a)"/>');
    expect(Object.values(r.doc.items).filter((it) => it.kind === 'enamel-fill')).toHaveLength(1);
    expect(r.notes.map((n) => n.message)).toContain('1 element(s) lie wholly outside their clipping path, mask or viewport and were left out: <circle> on line 1');
  });
  it('a clipped metal line becomes the metal area it leaves', () => {
    const r = one('<clipPath id="a"><rect x="0" y="0" width="10" height="20"/></clipPath><path d="M2 10 H18" stroke="#000" stroke-width="2" clip-path="url(#a)"/>');
    const metal = Object.values(r.doc.items).find((it) => it.kind === 'metal-area')!;
    expect(area(itemRegion(metal))).toBeCloseTo(16, 3);
  });
  it('orient="auto-start-reverse" turns the start arrow back along the path', () => {
    const r = one('<marker id="a" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="4" markerHeight="4" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker><path d="M5 10 H15" stroke="#000" stroke-width="0.5" marker-start="url(#a)" marker-end="url(#a)"/>');
    const heads = Object.values(r.doc.items).filter((it) => it.kind === 'metal-area').map((it) => regionBounds(itemRegion(it)));
    expect(heads.map((b) => [+b.minX.toFixed(3), +b.maxX.toFixed(3)]).sort()).toEqual([[1, 5], [15, 19]]);
  });
});
