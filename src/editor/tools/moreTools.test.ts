import { describe, expect, it } from 'vitest';
import { barPin } from '../../../test/support/pins.ts';
import { PMS } from '../../core/document/builders.ts';
import type { Item } from '../../core/document/types.ts';
import { createEditorStore } from '../store.ts';
import { createSelectTool } from './select.ts';
import { createDirectSelectTool } from './direct.ts';
import { createBrushTool } from './brush.ts';
import { createShapeTool } from './shape.ts';
import { createHandTool, createZoomTool } from './navigate.ts';
import { createTextTool } from './text.ts';
import type { ToolContext } from './types.ts';

function setup() {
  const store = createEditorStore(barPin().build());
  let n = 0;
  const views: string[] = [];
  const texts: Array<{ x: number; y: number }> = [];
  const ctx: ToolContext = {
    store, color: () => PMS.yellow123, lineWidth: () => 0.4, notify: () => {}, newId: (p) => `${p}-new-${++n}`, corners: () => 5,
    view: { panByMm: (dx, dy) => views.push(`pan ${dx} ${dy}`), zoomAbout: (f, p) => views.push(`zoom ${f} ${p.x} ${p.y}`) },
    placeText: (p) => texts.push(p),
  };
  return { store, ctx, views, texts };
}
const at = (x: number, y: number, extra: { itemId?: string; shift?: boolean; handle?: string; alt?: boolean } = {}) => ({ at: { x, y }, shift: false, ...extra });
const segs = (it: Item | undefined) => (it && it.kind !== 'text' ? it.path[0]!.segments : []);

describe('select tool: marquee, scale, rotate', () => {
  it('a drag on empty space selects what the marquee touches, but not the die line around it', () => {
    const { store, ctx } = setup();
    const tool = createSelectTool(ctx);
    tool.down(at(9, -1));
    expect(tool.state).toBe('marquee');
    tool.move(at(11, 3));
    expect(tool.marquee?.()).toEqual({ minX: 9, minY: -1, maxX: 11, maxY: 3 });
    tool.up(at(11, 3));
    expect(store.getState().selection).toEqual(expect.arrayContaining(['wall', 'left', 'right']));
    expect(store.getState().selection).not.toContain('die');
    expect(store.getState().past).toHaveLength(0);
  });

  it('dragging a corner handle scales about the opposite corner, widths too, as one undo step', () => {
    const { store, ctx } = setup();
    store.getState().select(['left']);
    const tool = createSelectTool(ctx);
    tool.down(at(10, 10, { handle: 'se' }));
    expect(tool.state).toBe('scaling');
    tool.move(at(15, 12));
    tool.move(at(20, 20));
    tool.up(at(20, 20));
    const s = segs(store.getState().doc.items.left);
    const xs = s.map((p) => p.x);
    const ys = s.map((p) => p.y);
    expect(Math.min(...xs)).toBeCloseTo(0);
    expect(Math.max(...xs)).toBeCloseTo(20);
    expect(Math.max(...ys)).toBeCloseTo(20);
    expect(store.getState().past).toHaveLength(1);
  });

  it('shift keeps proportions; the rotate handle turns about the centre in 15° steps with shift', () => {
    const { store, ctx } = setup();
    store.getState().select(['wall']);
    const tool = createSelectTool(ctx);
    // The wall runs (10,0)–(10,10); its box centre is (10,5).
    tool.down(at(10, -2, { handle: 'rotate' }));
    expect(tool.state).toBe('rotating');
    tool.move(at(17, 5.3, { shift: true }));
    tool.up(at(17, 5.3));
    const s = segs(store.getState().doc.items.wall);
    expect(s[0]!.x).toBeCloseTo(15);
    expect(s[0]!.y).toBeCloseTo(5);
    const w = store.getState().doc.items.wall;
    expect(w?.kind === 'metal-line' && w.width).toBeCloseTo(0.4);
  });
});

describe('direct select tool', () => {
  it('click selects a shape; dragging an anchor moves only that point; one undo step', () => {
    const { store, ctx } = setup();
    const tool = createDirectSelectTool(ctx);
    tool.down(at(5, 5, { itemId: 'left' }));
    tool.up(at(5, 5));
    expect(store.getState().selection).toEqual(['left']);
    const before = segs(store.getState().doc.items.left);
    tool.down(at(0, 0, { handle: '0:0:anchor' }));
    expect(tool.state).toBe('dragging-point');
    tool.move(at(-1, -1));
    tool.move(at(-2, -2));
    tool.up(at(-2, -2));
    const after = segs(store.getState().doc.items.left);
    expect(after[0]).toMatchObject({ x: -2, y: -2 });
    expect(after[1]).toEqual(before[1]);
    expect(store.getState().past).toHaveLength(1);
  });
});

describe('brush tool', () => {
  it('a freehand stroke becomes one smooth bézier metal line with far fewer points', () => {
    const { store, ctx } = setup();
    const tool = createBrushTool(ctx);
    tool.down(at(1, 5));
    for (let i = 1; i <= 100; i++) tool.move(at(1 + i * 0.18, 5 + Math.sin(i / 10) * 2 + (i % 2 ? 0.02 : -0.02)));
    expect(tool.state).toBe('drawing');
    tool.up(at(19, 5));
    const line = store.getState().doc.items['brush-new-1'];
    expect(line).toMatchObject({ kind: 'metal-line', width: 0.4 });
    expect(segs(line).length).toBeLessThan(25);
    expect(segs(line).some((s) => s.hout)).toBe(true);
  });
  it('a stroke that ends where it began is closed', () => {
    const { store, ctx } = setup();
    const tool = createBrushTool(ctx);
    tool.down(at(10, 2));
    for (let i = 1; i < 40; i++) tool.move(at(10 + 3 * Math.sin((i / 40) * 2 * Math.PI), 5 - 3 * Math.cos((i / 40) * 2 * Math.PI)));
    tool.up(at(10.1, 2.05));
    const line = store.getState().doc.items['brush-new-1'];
    expect(line?.kind === 'metal-line' && line.path[0]!.closed).toBe(true);
  });
});

describe('polygon and star tools', () => {
  it('drag from the centre makes a closed metal star with the set number of points', () => {
    const { store, ctx } = setup();
    const tool = createShapeTool(ctx, 'star');
    tool.down(at(10, 5));
    tool.move(at(10, 1));
    expect(tool.preview().length).toBeGreaterThan(10);
    tool.up(at(10, 1));
    const star = store.getState().doc.items['star-new-1'];
    expect(star?.kind === 'metal-line' && star.path[0]!.closed).toBe(true);
    expect(segs(star)).toHaveLength(10);
    expect(segs(star)[0]).toMatchObject({ x: 10, y: 1 });
  });
  it('polygon uses the corner count', () => {
    const { store, ctx } = setup();
    const tool = createShapeTool(ctx, 'polygon');
    tool.down(at(5, 5));
    tool.up(at(8, 5));
    expect(segs(store.getState().doc.items['polygon-new-1'])).toHaveLength(5);
  });
});

describe('hand, zoom and text tools', () => {
  it('hand pans by how far the grabbed point moved; zoom doubles, alt halves', () => {
    const { ctx, views } = setup();
    const hand = createHandTool(ctx);
    hand.down(at(5, 5));
    expect(hand.state).toBe('panning');
    hand.move(at(6, 4));
    hand.up(at(6, 4));
    expect(hand.state).toBe('idle');
    const zoom = createZoomTool(ctx);
    zoom.down(at(3, 4));
    zoom.down(at(3, 4, { alt: true }));
    expect(views).toEqual(['pan 1 -1', 'zoom 2 3 4', 'zoom 0.5 3 4']);
  });
  it('text opens the form at the clicked point', () => {
    const { ctx, texts } = setup();
    createTextTool(ctx).down(at(4, 6));
    expect(texts).toEqual([{ x: 4, y: 6 }]);
  });
});
