import { describe, expect, it } from 'vitest';
import { pin, PMS } from './builders.ts';
import { applyPatch, diffDocuments } from './patch.ts';

describe('document patches', () => {
  it('carry only what changed and rebuild the next version exactly', () => {
    const a = pin().circleOutline(15, 15, 12).line([[5, 15], [25, 15]], 0.4, { id: 'bar' }).rectFill(5, 5, 5, 5, PMS.red186, { id: 'red' }).build();
    const bar = a.items.bar!;
    if (bar.kind !== 'metal-line') throw new Error('bar is a line');
    const { red: _red, ...kept } = a.items;
    const b = { ...a, items: { ...kept, bar: { ...bar, width: 0.6 } }, order: a.order.filter((id) => id !== 'red') };
    const patch = diffDocuments(a, b);
    expect(patch.upserts.map((i) => i.id)).toEqual(['bar']);
    expect(patch.removed).toEqual(['red']);
    const copy = structuredClone(a);
    const rebuilt = applyPatch(copy, structuredClone(patch));
    expect(rebuilt).toEqual(b);
    expect(rebuilt.items['outline-1']).toBe(copy.items['outline-1']);
  });
});
