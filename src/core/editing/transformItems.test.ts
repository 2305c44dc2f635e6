import { describe, expect, it } from 'vitest';
import type { Item } from '../document/types.ts';
import { ellipsePath, rotate, scale } from '../geometry/index.ts';
import { moveAnchor, transformItem } from './transformItems.ts';

const line: Item = { id: 'l', kind: 'metal-line', path: [{ closed: false, segments: [{ x: 0, y: 0 }, { x: 10, y: 0 }] }], width: 0.4, cap: 'round', join: 'round' };

describe('transformItem', () => {
  it('scales line width with the art', () => {
    const t = transformItem(line, scale(0.5));
    expect(t.kind === 'metal-line' && t.width).toBeCloseTo(0.2);
    expect(t.kind === 'metal-line' && t.path[0]!.segments[1]).toEqual({ x: 5, y: 0 });
  });
  it('rotates without changing width', () => {
    const t = transformItem(line, rotate(90));
    if (t.kind !== 'metal-line') throw new Error('kind');
    expect(t.width).toBeCloseTo(0.4);
    expect(t.path[0]!.segments[1]!.x).toBeCloseTo(0);
    expect(t.path[0]!.segments[1]!.y).toBeCloseTo(10);
  });
  it('moves text position and cap height with the art', () => {
    const text: Item = { id: 't', kind: 'text', text: 'A', font: 'F', size: 2, x: 1, y: 1, mode: 'raised-metal', outlines: [] };
    const t = transformItem(text, scale(2));
    expect(t).toMatchObject({ x: 2, y: 2, size: 4 });
  });
});

describe('moveAnchor', () => {
  const circle = ellipsePath(0, 0, 5);
  it('moves an anchor and keeps its handles', () => {
    const p = moveAnchor(circle, 0, 0, 'anchor', { x: 7, y: 0 });
    expect(p[0]!.segments[0]).toMatchObject({ x: 7, y: 0, hin: circle[0]!.segments[0]!.hin });
    expect(p[0]!.segments[1]).toBe(circle[0]!.segments[1]);
  });
  it('turns the opposite handle of a smooth anchor, keeping its length', () => {
    const p = moveAnchor(circle, 0, 0, 'hout', { x: 5 + 3, y: 3 });
    const s = p[0]!.segments[0]!;
    expect(s.hout).toEqual({ x: 3, y: 3 });
    const len = Math.hypot(circle[0]!.segments[0]!.hin!.x, circle[0]!.segments[0]!.hin!.y);
    expect(s.hin!.x).toBeCloseTo(-len / Math.SQRT2);
    expect(s.hin!.y).toBeCloseTo(-len / Math.SQRT2);
  });
  it('leaves the path alone for an index that does not exist', () => {
    expect(moveAnchor(circle, 3, 0, 'anchor', { x: 0, y: 0 })).toBe(circle);
  });
});
