import { describe, expect, it } from 'vitest';
import { barPin } from '../../../test/support/pins.ts';
import { pin, PMS } from '../../core/document/builders.ts';
import { createEditorStore } from '../store.ts';
import { createBucketTool } from './bucket.ts';
import { createPenTool } from './pen.ts';
import { createSelectTool } from './select.ts';
import { createShapeTool } from './shape.ts';
import { createEyedropperTool } from './eyedropper.ts';
import type { ToolContext } from './types.ts';

function setup() {
  const store = createEditorStore(barPin().build());
  const notes: string[] = [];
  let n = 0;
  const ctx: ToolContext = { store, color: () => PMS.yellow123, lineWidth: () => 0.4, notify: (m) => notes.push(m), newId: (p) => `${p}-new-${++n}` };
  return { store, ctx, notes };
}
const at = (x: number, y: number, itemId?: string, shift = false) => ({ at: { x, y }, shift, ...(itemId ? { itemId } : {}) });

describe('select tool', () => {
  it('idle → dragging → idle; a drag moves the item and is one undo step', () => {
    const { store, ctx } = setup();
    const tool = createSelectTool(ctx);
    expect(tool.state).toBe('idle');
    tool.down(at(5, 5, 'left'));
    expect(tool.state).toBe('dragging');
    expect(store.getState().selection).toEqual(['left']);
    for (let i = 1; i <= 5; i++) tool.move(at(5 + i * 0.2, 5));
    tool.up(at(6, 5));
    expect(tool.state).toBe('idle');
    const left = store.getState().doc.items.left!;
    expect(left.kind === 'enamel-fill' && left.path[0]!.segments[0]!.x).toBeCloseTo(1, 9);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    const back = store.getState().doc.items.left!;
    expect(back.kind === 'enamel-fill' && back.path[0]!.segments[0]!.x).toBe(0);
  });

  it('smart guides pull a dragged item into line with its neighbours, draw the guide, and let go with Alt', () => {
    const store = createEditorStore(pin('P', 30, 30).rectFill(0, 0, 4, 4, PMS.red186, { id: 'a' }).rectFill(10, 5, 4, 4, PMS.blue286, { id: 'b' }).build());
    const ctx: ToolContext = { store, color: () => PMS.yellow123, lineWidth: () => 0.4, notify: () => {}, newId: (p) => p, snapTolerance: () => 0.5 };
    const drag = (alt: boolean) => {
      const tool = createSelectTool(ctx);
      tool.down(at(12, 7, 'b'));
      // 0.3 mm below a's top edge: pulled up onto it.
      tool.move({ ...at(12, 2.3), alt });
      const guides = tool.guides!();
      tool.up(at(12, 2.3));
      const moved = store.getState().doc.items.b!;
      return { y: moved.kind === 'enamel-fill' ? moved.path[0]!.segments[0]!.y : NaN, guides };
    };
    const pulled = drag(false);
    expect(pulled.y).toBeCloseTo(0, 9);
    expect(pulled.guides).toEqual([{ axis: 'y', at: 0, from: 0, to: 14 }]);
    store.getState().undo();
    const free = drag(true);
    expect(free.y).toBeCloseTo(0.3, 9);
    expect(free.guides).toEqual([]);
  });

  it('shift-click adds to the selection; arrows nudge 0.1 mm, shift 1 mm; empty space clears', () => {
    const { store, ctx } = setup();
    const tool = createSelectTool(ctx);
    tool.down(at(5, 5, 'wall'));
    tool.up(at(5, 5));
    tool.down(at(5, 5, 'left', true));
    tool.up(at(5, 5));
    expect(store.getState().selection).toEqual(['wall', 'left']);
    tool.down(at(5, 5, 'left', true));
    tool.up(at(5, 5));
    expect(store.getState().selection).toEqual(['wall']);
    expect(tool.key('ArrowRight', false)).toBe(true);
    expect(tool.key('ArrowDown', true)).toBe(true);
    expect(tool.key('x', false)).toBe(false);
    const wall = store.getState().doc.items.wall!;
    expect(wall.kind === 'metal-line' && wall.path[0]!.segments[0]).toMatchObject({ x: 10.1, y: 1 });
    tool.down(at(50, 50));
    expect(store.getState().selection).toEqual([]);
  });
});

describe('pen tool', () => {
  it('idle → drawing → idle; Enter makes a metal line of the current width', () => {
    const { store, ctx } = setup();
    const tool = createPenTool(ctx);
    tool.down(at(2, 2));
    expect(tool.state).toBe('drawing');
    tool.down(at(8, 2));
    tool.move(at(8, 8));
    expect(tool.preview()).toHaveLength(3);
    expect(tool.key('Enter', false)).toBe(true);
    expect(tool.state).toBe('idle');
    expect(store.getState().doc.items['line-new-1']).toMatchObject({ kind: 'metal-line', width: 0.4, cap: 'round' });
    expect(store.getState().past).toHaveLength(1);
  });

  it('Esc cancels without an undo entry; clicking the first point closes the shape', () => {
    const { store, ctx } = setup();
    const tool = createPenTool(ctx);
    tool.down(at(2, 2));
    tool.key('Escape', false);
    expect(tool.state).toBe('idle');
    expect(store.getState().past).toHaveLength(0);
    for (const [x, y] of [[2, 2], [6, 2], [6, 6], [2.1, 2.1]] as const) tool.down(at(x, y));
    expect(tool.state).toBe('idle');
    const line = Object.values(store.getState().doc.items).find((i) => i.id.startsWith('line-new'));
    expect(line?.kind === 'metal-line' && line.path[0]!.closed).toBe(true);
  });
});

describe('bucket tool', () => {
  it('fills a closed cell in the current colour; clicking metal explains and changes nothing', () => {
    const { store, ctx, notes } = setup();
    const tool = createBucketTool(ctx);
    tool.down(at(15, 5));
    expect(store.getState().doc.items['fill-new-1']).toMatchObject({ kind: 'enamel-fill', color: { code: '123 C' } });
    expect(store.getState().doc.items.right).toBeUndefined();
    expect(store.getState().past).toHaveLength(1);
    const before = store.getState().doc;
    tool.down(at(10, 5));
    expect(notes[0]).toMatch(/raised metal/);
    expect(store.getState().doc).toBe(before);
  });
});

describe('rectangle and ellipse tools', () => {
  it('idle → dragging → idle; a drag makes a closed metal line; a click makes nothing', () => {
    const { store, ctx } = setup();
    const rect = createShapeTool(ctx, 'rectangle');
    rect.down(at(2, 2));
    expect(rect.state).toBe('dragging');
    rect.move(at(6, 5));
    expect(rect.preview().length).toBeGreaterThan(4);
    rect.up(at(6, 5));
    expect(rect.state).toBe('idle');
    const made = store.getState().doc.items['rect-new-1'];
    expect(made?.kind === 'metal-line' && made.path[0]!.closed).toBe(true);
    const ellipse = createShapeTool(ctx, 'ellipse');
    ellipse.down(at(5, 5));
    ellipse.up(at(5.01, 5.01));
    expect(Object.keys(store.getState().doc.items).filter((k) => k.startsWith('ellipse'))).toEqual([]);
  });

  it('shift keeps it square', () => {
    const { store, ctx } = setup();
    const ellipse = createShapeTool(ctx, 'ellipse');
    ellipse.down(at(2, 2, undefined, true));
    ellipse.up(at(6, 3, undefined, true));
    const made = store.getState().doc.items['ellipse-new-1'];
    const xs = made?.kind === 'metal-line' ? made.path[0]!.segments.map((s) => s.x) : [];
    const ys = made?.kind === 'metal-line' ? made.path[0]!.segments.map((s) => s.y) : [];
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(Math.max(...ys) - Math.min(...ys), 9);
  });
});

describe('eyedropper', () => {
  it('picks up a fill colour; metal gives a hint', () => {
    const { ctx, notes } = setup();
    const picked: unknown[] = [];
    const tool = createEyedropperTool({ ...ctx, setColor: (c) => picked.push(c) });
    tool.down(at(15, 5, 'right'));
    expect(picked).toEqual([PMS.blue286]);
    tool.down(at(10, 5, 'wall'));
    expect(notes[0]).toMatch(/enamel fill/);
  });
});

describe('duplicate', () => {
  it('copies items 1 mm down-right as one undo step, with new ids', () => {
    const { store } = setup();
    store.getState().apply({ type: 'duplicate-items', ids: ['wall', 'left'], newIds: ['w2', 'l2'], dx: 1, dy: 1 });
    const w2 = store.getState().doc.items.w2!;
    expect(w2.kind === 'metal-line' && w2.path[0]!.segments[0]).toMatchObject({ x: 11, y: 1 });
    expect(store.getState().doc.order.slice(-2)).toEqual(['w2', 'l2']);
    store.getState().undo();
    expect(store.getState().doc.items.w2).toBeUndefined();
  });
});

describe('cut-out tool', () => {
  it('drags an ellipse that becomes a through-hole', () => {
    const { store, ctx } = setup();
    const tool = createShapeTool(ctx, 'ellipse', 'cutout');
    expect(tool.id).toBe('cutout');
    tool.down(at(4, 4));
    tool.up(at(6, 6));
    expect(store.getState().doc.items['cutout-new-1']).toMatchObject({ kind: 'cutout' });
  });
});
