import { describe, expect, it } from 'vitest';
import { parseStylesheet } from './css.ts';
import { markerPlaces } from './markers.ts';
import { computeStyle, ROOT_STYLE } from './style.ts';
import { parseCssTransform, parseTransformOrigin } from './transform.ts';
import { parseXml, type XNode } from './xml.ts';
import { polylinePath } from '../../geometry/index.ts';

function el(svg: string, css = ''): { node: XNode; rules: ReturnType<typeof parseStylesheet> } {
  const r = parseXml(svg);
  if (!r.ok) throw new Error(r.reason);
  return { node: r.value, rules: parseStylesheet(css) };
}
const fillOf = (svg: string, css: string) => {
  const { node, rules } = el(svg, css);
  const s = computeStyle(node, ROOT_STYLE, rules);
  return s.fill.kind === 'color' ? s.fill.hex : s.fill.kind;
};

describe('the CSS cascade', () => {
  it('!important in a stylesheet beats the style attribute; !important inline beats that', () => {
    expect(fillOf('<rect style="fill:#111111"/>', 'rect{fill:#222222 !important}')).toBe('#222222');
    expect(fillOf('<rect style="fill:#111111 ! important"/>', 'rect{fill:#222222 !important}')).toBe('#111111');
    expect(fillOf('<rect fill="#333333"/>', 'rect{fill:#222222}')).toBe('#222222');
  });
  it.each([
    ['[data-x]', '<rect data-x=""/>', true],
    ['[data-x="a b"]', '<rect data-x="a b"/>', true],
    ['[data-x~=b]', '<rect data-x="a b"/>', true],
    ['[lang|=en]', '<rect lang="en-GB"/>', true],
    ['[id^="acc"]', '<rect id="accent"/>', true],
    ['[id$=ent]', '<rect id="accent"/>', true],
    ['[id*=cce]', '<rect id="accent"/>', true],
    ['[id="ACCENT" i]', '<rect id="accent"/>', true],
    ['[id="ACCENT"]', '<rect id="accent"/>', false],
    ['rect[data-x] [data-y]', '<rect data-y=""/>', false],
  ])('attribute selector %s', (sel, svg, hit) => {
    expect(fillOf(svg, `${sel}{fill:#ABCDEF}`)).toBe(hit ? '#ABCDEF' : '#000000');
  });
  it('an attribute selector counts like a class against a type selector', () => {
    expect(fillOf('<rect data-x=""/>', '[data-x]{fill:#111111} rect{fill:#222222}')).toBe('#111111');
  });
  it('reads the CSS transform property and transform-origin', () => {
    expect(parseCssTransform('translate(10px, 5px) rotate(90deg)')?.map((v) => +v.toFixed(9))).toEqual([0, 1, -1, 0, 10, 5]);
    expect(parseCssTransform('rotate(0.25turn)')?.map((v) => +v.toFixed(9))).toEqual([0, 1, -1, 0, 0, 0]);
    expect(parseCssTransform('scale(2) translateX(1mm)')?.map((v) => +v.toFixed(6))).toEqual([2, 0, 0, 2, 7.559055, 0]);
    expect(parseCssTransform('translate(50%)')).toBeUndefined();
    expect(parseCssTransform('rotate(45)')).toBeUndefined();
    expect(parseTransformOrigin('center', 20, 10)).toEqual([10, 5]);
    expect(parseTransformOrigin('right bottom', 20, 10)).toEqual([20, 10]);
    expect(parseTransformOrigin('top', 20, 10)).toEqual([10, 0]);
    expect(parseTransformOrigin('25% 3px', 20, 10)).toEqual([5, 3]);
  });
  it('the marker shorthand sets all three markers', () => {
    const { node, rules } = el('<path class="m"/>', '.m{marker:url(#dot)}');
    const s = computeStyle(node, ROOT_STYLE, rules);
    expect([s.markerStart, s.markerMid, s.markerEnd]).toEqual(['url(#dot)', 'url(#dot)', 'url(#dot)']);
  });
});

describe('marker places', () => {
  it('start, corners and end, each along the path (bisecting at a corner)', () => {
    const places = markerPlaces(polylinePath([[0, 0], [10, 0], [10, 10]], false));
    expect(places.map((p) => [p.which, p.x, p.y, Math.round(p.angle)])).toEqual([['start', 0, 0, 0], ['mid', 10, 0, 45], ['end', 10, 10, 90]]);
  });
  it('a closed shape repeats its first vertex at the end', () => {
    const places = markerPlaces(polylinePath([[0, 0], [10, 0], [10, 10]], true));
    expect(places.map((p) => p.which)).toEqual(['start', 'mid', 'mid', 'end']);
    expect([places[3]!.x, places[3]!.y]).toEqual([0, 0]);
  });
});
