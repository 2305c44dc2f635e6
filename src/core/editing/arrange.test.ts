import { describe, expect, it } from 'vitest';
import { pin } from '../document/builders.ts';
import type { Item } from '../document/types.ts';
import { rectPath } from '../geometry/index.ts';
import { area } from '../geometry/index.ts';
import { itemRegion } from '../kinds/index.ts';
import { alignMoves, distributeMoves } from './align.ts';
import { arrange, withGroups } from './arrange.ts';
import { clipboardSvg, itemsFromClipboard, placePasted } from './clipboard.ts';
import { makeCutout, offsetPath, outlineStroke, pathOperation } from './pathOps.ts';

const RED = { hex: '#C8102E', code: '186 C' };
const YELLOW = { hex: '#FFC72C', code: '123 C' };
const BLUE = { hex: '#005EB8', code: '300 C' };
const doc = () => pin('P', 30, 30)
  .rectOutline(0, 0, 30, 30, 'die')
  .fill(rectPath(2, 2, 4, 4), RED, { id: 'a' })
  .fill(rectPath(10, 5, 6, 6), YELLOW, { id: 'b' })
  .fill(rectPath(20, 8, 2, 2), BLUE, { id: 'c' })
  .line([[2, 20], [12, 20]], 0.4, { id: 'l' })
  .build();

describe('arrange', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('brings to front and sends to back, keeping the selection\'s own order', () => {
    expect(arrange(order, ['b', 'd'], 'front')).toEqual(['a', 'c', 'e', 'b', 'd']);
    expect(arrange(order, ['d', 'b'], 'back')).toEqual(['b', 'd', 'a', 'c', 'e']);
  });
  it('steps forward and backward past one unselected item', () => {
    expect(arrange(order, ['b', 'c'], 'forward')).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(arrange(order, ['b', 'c'], 'backward')).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(arrange(order, ['e'], 'forward')).toBe(order);
  });
  it('a group comes whole', () => {
    const d = doc();
    d.items.a!.group = 'g';
    d.items.c!.group = 'g';
    expect(withGroups(d, ['a'])).toEqual(['a', 'c']);
  });
});

describe('align and distribute', () => {
  it('to the selection, the artboard, the die line and a key object', () => {
    const d = doc();
    expect(alignMoves(d, ['a', 'b', 'c'], 'left', 'selection')).toEqual([{ id: 'b', dx: -8, dy: 0 }, { id: 'c', dx: -18, dy: 0 }]);
    expect(alignMoves(d, ['a'], 'right', 'artboard')).toEqual([{ id: 'a', dx: 24, dy: 0 }]);
    expect(alignMoves(d, ['b'], 'center-y', 'die')).toEqual([{ id: 'b', dx: 0, dy: 7 }]);
    expect(alignMoves(d, ['a', 'b'], 'top', { key: 'b' })).toEqual([{ id: 'a', dx: 0, dy: 3 }]);
  });
  it('a metal line aligns by what it paints (half its width beyond its path)', () => {
    expect(alignMoves(doc(), ['l'], 'left', 'artboard')[0]!.dx).toBeCloseTo(-1.8, 1);
  });
  it('distributes equal gaps, the outermost staying', () => {
    const moves = distributeMoves(doc(), ['a', 'b', 'c'], 'x');
    // a spans 2..6, c 20..22: 20 mm of room less 12 of shapes, two gaps of 4: b goes to 10..16 (already).
    expect(moves).toEqual([]);
    const d = doc();
    d.items.b = { ...d.items.b!, path: rectPath(7, 5, 6, 6) } as Item;
    expect(distributeMoves(d, ['a', 'b', 'c'], 'x')).toEqual([{ id: 'b', dx: 3, dy: 0 }]);
  });
});

describe('path operations', () => {
  const d = pin('P').fill(rectPath(0, 0, 10, 10), RED, { id: 'bottom' }).fill(rectPath(5, 5, 10, 10), YELLOW, { id: 'top' }).line([[0, 20], [10, 20]], 1, { id: 'l', cap: 'butt' }).build();
  const two = [d.items.bottom!, d.items.top!];
  it.each([
    ['unite', 175, '123 C'],
    ['subtract', 75, '186 C'],
    ['intersect', 25, '186 C'],
    ['exclude', 150, '123 C'],
  ] as const)('%s', (op, a, code) => {
    const r = pathOperation(two, op, 'new');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.removed).toEqual(['bottom', 'top']);
    const out = r.value.upserts[0]!;
    expect(area(itemRegion(out))).toBeCloseTo(a, 6);
    expect(out.kind === 'enamel-fill' && out.color.code).toBe(code);
  });
  it('offset, outline stroke and make cut-out', () => {
    const grown = offsetPath([d.items.bottom!], 1, () => 'grown');
    expect(grown.ok && area(itemRegion(grown.value.upserts[0]!))).toBeCloseTo(144 - (4 - Math.PI), 1);
    const outlined = outlineStroke([d.items.l!]);
    expect(outlined.ok && outlined.value.upserts[0]).toMatchObject({ id: 'l', kind: 'metal-area' });
    expect(outlined.ok && area(itemRegion(outlined.value.upserts[0]!))).toBeCloseTo(10, 6);
    const hole = makeCutout([d.items.top!], () => 'hole');
    expect(hole.ok && hole.value).toMatchObject({ upserts: [{ id: 'hole', kind: 'cutout' }], removed: ['top'] });
    expect(pathOperation([d.items.bottom!], 'unite', 'x')).toEqual({ ok: false, reason: 'select two or more unlocked shapes' });
  });
});

describe('the clipboard', () => {
  it('a copy made here pastes back exactly, with new ids, groups kept together', () => {
    const d = doc();
    d.items.a!.group = 'g1';
    d.items.b!.group = 'g1';
    const pasted = itemsFromClipboard(clipboardSvg(d, ['a', 'b', 'l']));
    expect(pasted.ok && pasted.value.exact).toBe(true);
    if (!pasted.ok) return;
    expect(pasted.value.items).toEqual([d.items.a, d.items.b, d.items.l]);
    const placed = placePasted(d, pasted.value.items, 1, 1, 'p');
    expect(placed.map((it) => it.id)).toEqual(['a-p', 'b-p', 'l-p']);
    expect(new Set(placed.slice(0, 2).map((it) => it.group)).size).toBe(1);
    expect(placed[0]!.group).not.toBe('g1');
  });
  it('the same copy read by another editor (no Pinsmith attribute) imports as the same kinds and colours', () => {
    const d = doc();
    const svg = clipboardSvg(d, ['a', 'l']).replace(/ data-pinsmith-items="[^"]*"/, '');
    const pasted = itemsFromClipboard(svg);
    expect(pasted.ok && pasted.value.exact).toBe(false);
    if (!pasted.ok) return;
    expect(pasted.value.items.map((it) => [it.kind, it.kind === 'enamel-fill' ? it.color.code : it.kind === 'metal-line' ? it.width : '']))
      .toEqual([['enamel-fill', '186 C'], ['metal-line', 0.4]]);
  });
  it('art pasted from elsewhere brings no die line of its own; text that is not SVG is refused', () => {
    const r = itemsFromClipboard('<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm" viewBox="0 0 10 10"><rect width="4" height="4" fill="#C8102E"/></svg>');
    expect(r.ok && r.value.items.map((it) => it.kind)).toEqual(['enamel-fill']);
    expect(itemsFromClipboard('hello')).toEqual({ ok: false, reason: 'the clipboard holds no SVG art' });
  });
});
