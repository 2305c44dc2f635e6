import { describe, expect, it } from 'vitest';
import { pin, PMS } from '../core/document/builders.ts';
import { area, regionBounds } from '../core/geometry/index.ts';
import { itemRegion } from '../core/kinds/index.ts';
import { actionForKey, pasteText, runAction, type ActionEnv, type ActionId } from './actions.ts';
import { createEditorStore } from './store.ts';

const doc = () => pin('P', 30, 30).rectOutline(0, 0, 30, 30, 'die')
  .rectFill(2, 2, 4, 4, PMS.red186, { id: 'a' })
  .rectFill(4, 4, 4, 4, PMS.red186, { id: 'b' })
  .rectFill(20, 20, 4, 4, PMS.red186, { id: 'c' })
  .line([[2, 15], [12, 15]], 0.4, { id: 'l', cap: 'butt' })
  .build();

function setup(selection: string[]) {
  const store = createEditorStore(doc());
  const told: string[] = [];
  let n = 0;
  const env: ActionEnv = { store, newId: (p) => `${p}-${++n}`, tell: (t) => told.push(t), clipboard: { text: null } };
  store.getState().select(selection);
  const run = (id: ActionId) => runAction(id, env);
  return { store, env, told, run, doc: () => store.getState().doc };
}

/** The action changes the document in one undo step, and undo gives back the document before it. */
function oneStep(s: ReturnType<typeof setup>, id: ActionId) {
  const before = s.doc();
  const past = s.store.getState().past.length;
  s.run(id);
  expect(s.store.getState().past.length).toBe(past + 1);
  const after = s.doc();
  const selected = s.store.getState().selection;
  s.store.getState().undo();
  expect(s.doc()).toBe(before);
  s.store.getState().redo();
  s.store.getState().select(selected);
  return after;
}

describe('editor actions: each one undo step, with its document result', () => {
  it('select all leaves locked and hidden items out; inverse flips the selection', () => {
    const s = setup(['a']);
    s.store.getState().apply({ type: 'set-flags', id: 'c', locked: true });
    s.run('select-all');
    expect(s.store.getState().selection).toEqual(['die', 'a', 'b', 'l']);
    s.store.getState().select(['a']);
    s.run('select-inverse');
    expect(s.store.getState().selection).toEqual(['die', 'b', 'l']);
  });
  it('group, then ungroup', () => {
    const s = setup(['a', 'b']);
    const grouped = oneStep(s, 'group');
    expect(grouped.items.a!.group).toBe('group-1');
    expect(grouped.items.b!.group).toBe('group-1');
    const ungrouped = oneStep(s, 'ungroup');
    expect(ungrouped.items.a!.group).toBeUndefined();
  });
  it('duplicating a group makes a new group of the copies', () => {
    const s = setup(['a', 'b']);
    s.run('group');
    oneStep(s, 'duplicate');
    const copies = s.store.getState().selection.map((id) => s.doc().items[id]!);
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map((c) => c.group)).size).toBe(1);
    expect(copies[0]!.group).not.toBe('group-1');
  });
  it('ruler guides are saved with the pin, sorted, one undo step; none left drops the field', () => {
    const s = setup([]);
    s.store.getState().apply({ type: 'set-guides', x: [12.5, 3], y: [7] });
    expect(s.doc().guides).toEqual({ x: [3, 12.5], y: [7] });
    s.store.getState().apply({ type: 'set-guides', x: [], y: [] });
    expect(s.doc().guides).toBeUndefined();
    s.store.getState().undo();
    expect(s.doc().guides).toEqual({ x: [3, 12.5], y: [7] });
  });
  it('place above (a drag in the layers panel)', () => {
    const s = setup([]);
    s.store.getState().apply({ type: 'place-above', ids: ['a'], target: 'c' });
    expect(s.doc().order).toEqual(['die', 'b', 'c', 'a', 'l']);
    s.store.getState().apply({ type: 'place-above', ids: ['a'], target: 'a' });
    expect(s.store.getState().past).toHaveLength(1);
  });
  it('arrange', () => {
    const s = setup(['a']);
    expect(oneStep(s, 'bring-to-front').order).toEqual(['die', 'b', 'c', 'l', 'a']);
    expect(oneStep(s, 'send-to-back').order).toEqual(['a', 'die', 'b', 'c', 'l']);
  });
  it('align and distribute', () => {
    const s = setup(['a', 'b', 'c']);
    const left = oneStep(s, 'align-left');
    expect(['a', 'b', 'c'].map((id) => regionBounds(itemRegion(left.items[id]!)).minX)).toEqual([2, 2, 2]);
    // One item aligns to the die line.
    const single = setup(['a']);
    const centred = regionBounds(itemRegion(oneStep(single, 'align-center-x').items.a!));
    expect((centred.minX + centred.maxX) / 2).toBeCloseTo(15, 9);
    const d = setup(['a', 'b', 'c']);
    const spread = oneStep(d, 'distribute-y');
    // a spans y 2..6 and c 20..24: 22 mm less 12 mm of shapes leaves two gaps of 5; b goes to 11..15.
    expect(regionBounds(itemRegion(spread.items.b!)).minY).toBeCloseTo(11, 9);
  });
  it('align to the artboard or to a key object, as chosen; the choice cycles', () => {
    const s = setup(['b', 'c']);
    s.env.alignTo = { to: 'selection' };
    s.run('align-to');
    expect(s.env.alignTo.to).toBe('die');
    s.run('align-to');
    expect(s.env.alignTo.to).toBe('artboard');
    const right = oneStep(s, 'align-right');
    expect(['b', 'c'].map((id) => regionBounds(itemRegion(right.items[id]!)).maxX)).toEqual([30, 30]);
    const k = setup(['c', 'a']);
    k.env.alignTo = { to: 'key' };
    const keyBefore = k.doc().items.c;
    const keyed = oneStep(k, 'align-top');
    // c is the key object: a moves to c's top (20); c stays.
    expect(regionBounds(itemRegion(keyed.items.a!)).minY).toBeCloseTo(20, 9);
    expect(keyed.items.c).toBe(keyBefore);
  });
  it('offset path asks the distance, makes a new shape beside the old; cancelled, nothing', async () => {
    const s = setup(['c']);
    const answers = ['1', null];
    s.env.askNumber = async () => answers.shift() ?? null;
    s.run('offset-path');
    await new Promise((r) => setTimeout(r, 0));
    expect(s.doc().order).toHaveLength(6);
    expect(area(itemRegion(s.doc().items[s.store.getState().selection[0]!]!))).toBeCloseTo(36 - (4 - Math.PI), 1);
    s.run('offset-path');
    await new Promise((r) => setTimeout(r, 0));
    expect(s.doc().order).toHaveLength(6);
  });
  it('hiding or locking a grouped item does its whole group, one undo step', () => {
    const s = setup(['a', 'b']);
    s.run('group');
    s.store.getState().apply({ type: 'set-flags-many', ids: ['a', 'b'], locked: true });
    expect([s.doc().items.a!.locked, s.doc().items.b!.locked]).toEqual([true, true]);
    s.store.getState().undo();
    expect(s.doc().items.a!.locked).toBeUndefined();
  });
  it('unite, subtract, intersect and exclude make one item of the selection', () => {
    for (const [id, a] of [['unite', 28], ['subtract', 12], ['intersect', 4], ['exclude', 24]] as const) {
      const s = setup(['a', 'b']);
      const out = oneStep(s, id);
      expect(out.items.a).toBeUndefined();
      const made = s.store.getState().selection.map((k) => out.items[k]!);
      expect(made).toHaveLength(1);
      expect(area(itemRegion(made[0]!))).toBeCloseTo(a, 6);
    }
  });
  it('outline stroke and make cut-out', () => {
    const s = setup(['l']);
    expect(oneStep(s, 'outline-stroke').items.l!.kind).toBe('metal-area');
    const c = setup(['c']);
    const cut = oneStep(c, 'make-cutout');
    expect(Object.values(cut.items).filter((it) => it.kind === 'cutout')).toHaveLength(1);
  });
  it('says why when it cannot: grouping one item, uniting one shape', () => {
    const s = setup(['a']);
    s.run('group');
    s.run('unite');
    expect(s.told).toEqual(['select two or more items to group', 'select two or more unlocked shapes']);
    expect(s.store.getState().past).toHaveLength(0);
  });
  it('copy then paste, and paste in place, each one step', async () => {
    const s = setup(['a', 'l']);
    s.run('copy');
    await pasteText(s.env, s.env.clipboard.text, false);
    expect(s.store.getState().past).toHaveLength(1);
    expect(s.doc().order).toHaveLength(7);
    await pasteText(s.env, s.env.clipboard.text, true);
    const placed = s.store.getState().selection.map((id) => s.doc().items[id]!);
    expect(itemRegion(placed[0]!)).toEqual(itemRegion(s.doc().items.a!));
    s.store.getState().undo();
    s.store.getState().undo();
    expect(s.doc().order).toHaveLength(5);
  });
  it('a paste that would make the pin one that cannot be reopened is refused, and the pin stays', async () => {
    const s = setup([]);
    const far = { ...s.doc().items.a!, id: 'far', path: [{ closed: true, segments: [{ x: 0, y: 0 }, { x: 1e9, y: 0 }, { x: 1e9, y: 1 }] }] };
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" data-pinsmith-items="${JSON.stringify([far]).replace(/"/g, '&quot;')}"/>`;
    const before = s.doc();
    await pasteText(s.env, svg, true);
    expect(s.doc()).toBe(before);
    expect(s.told[0]).toMatch(/^could not paste: the pin would not be valid with it: /);
  });
  it('keys as in Illustrator', () => {
    const k = (key: string, shift = false) => actionForKey({ key, ctrl: true, shift, alt: false });
    expect(k('y')).toBe('outline-view');
    expect([k('a'), k('A', true), k('g'), k('G', true), k(']'), k('}', true), k('['), k('{', true), k('0'), k('1'), k('='), k('-'), k('V', true)])
      .toEqual(['select-all', 'deselect', 'group', 'ungroup', 'bring-forward', 'bring-to-front', 'send-backward', 'send-to-back', 'zoom-fit', 'zoom-100', 'zoom-in', 'zoom-out', 'paste-in-place']);
  });
});

describe('stroke panel', () => {
  it('caps, corners and miter limit of a metal line, one undo step each; a bad limit is not taken', () => {
    const s = setup([]);
    s.store.getState().apply({ type: 'set-stroke', id: 'l', cap: 'round', join: 'bevel' });
    expect(s.doc().items.l).toMatchObject({ cap: 'round', join: 'bevel' });
    s.store.getState().apply({ type: 'set-stroke', id: 'l', miterLimit: 0.5 });
    expect(s.store.getState().past).toHaveLength(1);
    s.store.getState().apply({ type: 'set-stroke', id: 'l', join: 'miter', miterLimit: 10 });
    expect(s.doc().items.l).toMatchObject({ join: 'miter', miterLimit: 10 });
    s.store.getState().undo();
    expect(s.doc().items.l).toMatchObject({ cap: 'round', join: 'bevel' });
  });
});
