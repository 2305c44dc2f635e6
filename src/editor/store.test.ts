import { describe, expect, it } from 'vitest';
import { pin, PMS } from '../core/document/builders.ts';
import { createEditorStore } from './store.ts';

const doc = () => pin().circleOutline(15, 15, 12).line([[5, 15], [25, 15]], 0.4, { id: 'bar' }).rectFill(5, 5, 5, 5, PMS.red186, { id: 'red' }).build();

describe('editor store', () => {
  it('every edit goes through apply and can be undone and redone', () => {
    const s = createEditorStore(doc());
    s.getState().apply({ type: 'set-line-width', id: 'bar', width: 0.6 });
    expect(s.getState().doc.items.bar).toMatchObject({ width: 0.6 });
    s.getState().undo();
    expect(s.getState().doc.items.bar).toMatchObject({ width: 0.4 });
    s.getState().redo();
    expect(s.getState().doc.items.bar).toMatchObject({ width: 0.6 });
  });

  it('a whole drag is one undo entry', () => {
    const s = createEditorStore(doc());
    s.getState().beginGesture();
    for (let i = 0; i < 10; i++) s.getState().apply({ type: 'move-items', ids: ['red'], dx: 0.1, dy: 0 });
    s.getState().endGesture();
    expect(s.getState().past).toHaveLength(1);
    s.getState().undo();
    expect(s.getState().doc.items.red).toEqual(doc().items.red);
  });

  it('selection changes never clear redo; unchanged items keep their identity', () => {
    const s = createEditorStore(doc());
    const before = s.getState().doc;
    s.getState().apply({ type: 'set-fill-color', id: 'red', color: PMS.blue286 });
    expect(s.getState().doc.items.bar).toBe(before.items.bar);
    s.getState().undo();
    s.getState().select(['bar']);
    expect(s.getState().future).toHaveLength(1);
  });

  it('a no-op edit records nothing; loading is not undoable', () => {
    const s = createEditorStore(doc());
    s.getState().apply({ type: 'set-line-width', id: 'bar', width: 0.4 });
    s.getState().apply({ type: 'move-items', ids: ['red'], dx: 0, dy: 0 });
    expect(s.getState().past).toHaveLength(0);
    s.getState().load(pin('Other').build());
    expect(s.getState().past).toHaveLength(0);
    expect(s.getState().doc.name).toBe('Other');
  });
});

describe('hide and lock', () => {
  it('hidden items leave the checks; locked items do not move', () => {
    const s = createEditorStore(doc());
    s.getState().apply({ type: 'set-flags', id: 'red', locked: true });
    s.getState().apply({ type: 'move-items', ids: ['red', 'bar'], dx: 1, dy: 0 });
    expect(s.getState().doc.items.red).toMatchObject({ locked: true });
    const pathOf = (it: ReturnType<typeof doc>['items'][string] | undefined) => (it && it.kind === 'enamel-fill' ? it.path : undefined);
    expect(pathOf(s.getState().doc.items.red)).toEqual(pathOf(doc().items.red));
    s.getState().apply({ type: 'set-flags', id: 'red', hidden: true, locked: false });
    expect(s.getState().doc.items.red).toMatchObject({ hidden: true });
    expect('locked' in s.getState().doc.items.red!).toBe(false);
  });
});

describe('scale-design', () => {
  it('scales art, line widths, artboard and posts together, as one undo step', async () => {
    const { barPin } = await import('../../test/support/pins.ts');
    const store = createEditorStore(barPin().build());
    store.getState().apply({ type: 'scale-design', factor: 2 });
    const doc = store.getState().doc;
    expect(doc.artboard).toEqual({ width: 48, height: 28 });
    expect(doc.spec.posts).toEqual([{ x: 10, y: 10 }]);
    const wall = doc.items.wall!;
    expect(wall.kind === 'metal-line' && wall.width).toBeCloseTo(0.8);
    store.getState().undo();
    expect(store.getState().doc.artboard.width).toBe(24);
    store.getState().apply({ type: 'scale-design', factor: Number.NaN });
    expect(store.getState().past).toHaveLength(0);
  });
});

describe('read-only (another tab edits the pin)', () => {
  it('changes nothing: no command, no gesture, no undo or redo; loading still follows', async () => {
    const { createEditorStore } = await import('./store.ts');
    const { emptyDocument } = await import('../core/document/defaults.ts');
    const s = createEditorStore(emptyDocument('A'));
    s.getState().apply({ type: 'set-name', name: 'B' });
    s.getState().setReadOnly(true);
    const before = s.getState().doc;
    s.getState().apply({ type: 'set-name', name: 'C' });
    s.getState().beginGesture();
    s.getState().undo();
    expect(s.getState().doc).toBe(before);
    expect(s.getState().gestureStart).toBeNull();
    s.getState().load(emptyDocument('From the other tab'));
    expect(s.getState().doc.name).toBe('From the other tab');
    s.getState().setReadOnly(false);
    s.getState().apply({ type: 'set-name', name: 'D' });
    expect(s.getState().doc.name).toBe('D');
  });
});
