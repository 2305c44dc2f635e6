import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckSession, runChecks } from '../src/core/checks/index.ts';
import type { Item, PinDocument } from '../src/core/document/types.ts';
import { importSvg } from '../src/core/io/svg/import.ts';
import { generatePinSvg } from '../bench/generate.ts';

// Live checking re-computes only tiles near an edit. These properties hold it to the full check:
// after any sequence of edits, the incremental report equals a fresh full report.

function basePin(seed: number, cells: number): PinDocument {
  const r = importSvg(generatePinSvg(seed, cells));
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}

type Edit =
  | { kind: 'move'; pick: number; dx: number; dy: number }
  | { kind: 'width'; pick: number; width: number }
  | { kind: 'color'; pick: number; hex: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'add-line'; x: number; y: number; len: number; width: number }
  | { kind: 'hide'; pick: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), dx: fc.double({ min: -3, max: 3, noNaN: true }), dy: fc.double({ min: -3, max: 3, noNaN: true }) }),
  fc.record({ kind: fc.constant('width' as const), pick: fc.nat(), width: fc.double({ min: 0.05, max: 1.5, noNaN: true }) }),
  fc.record({ kind: fc.constant('color' as const), pick: fc.nat(), hex: fc.constantFrom('#C8102E', '#0032A0', '#FFFFFF', '#55AA33') }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add-line' as const), x: fc.double({ min: 0, max: 30, noNaN: true }), y: fc.double({ min: 0, max: 30, noNaN: true }), len: fc.double({ min: 0.5, max: 12, noNaN: true }), width: fc.double({ min: 0.1, max: 0.8, noNaN: true }) }),
  fc.record({ kind: fc.constant('hide' as const), pick: fc.nat() }),
);

/** An immutable update, as the editor makes it: only the touched item is a new object. */
function apply(doc: PinDocument, e: Edit, n: number): PinDocument {
  const ids = doc.order.filter((id) => doc.items[id]!.kind !== 'outline');
  if (!ids.length && e.kind !== 'add-line') return doc;
  const id = ids[('pick' in e ? e.pick : 0) % Math.max(1, ids.length)]!;
  const items = { ...doc.items };
  const it = items[id]!;
  switch (e.kind) {
    case 'move': {
      if (it.kind === 'text') return doc;
      const path = it.path.map((sp) => ({ closed: sp.closed, segments: sp.segments.map((s) => ({ ...s, x: s.x + e.dx, y: s.y + e.dy })) }));
      items[id] = { ...it, path } as Item;
      return { ...doc, items };
    }
    case 'width':
      if (it.kind !== 'metal-line') return doc;
      items[id] = { ...it, width: e.width };
      return { ...doc, items };
    case 'color':
      if (it.kind !== 'enamel-fill') return doc;
      items[id] = { ...it, color: { hex: e.hex } };
      return { ...doc, items };
    case 'delete':
      delete items[id];
      return { ...doc, items, order: doc.order.filter((x) => x !== id) };
    case 'hide':
      items[id] = { ...it, hidden: !it.hidden };
      return { ...doc, items };
    case 'add-line': {
      const nid = `added-${n}`;
      items[nid] = { id: nid, kind: 'metal-line', path: [{ closed: false, segments: [{ x: e.x, y: e.y }, { x: e.x + e.len, y: e.y + e.len / 3 }] }], width: e.width, cap: 'round', join: 'round' };
      return { ...doc, items, order: [...doc.order, nid] };
    }
  }
}

const strip = (r: ReturnType<typeof runChecks>) => (r.ok ? r.report : r);

describe('incremental checking equals a full check', () => {
  it('after random edit sequences on generated pins', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (seed, edits) => {
      let doc = basePin(seed, 12);
      const session = new CheckSession();
      session.run(doc);
      edits.forEach((e, n) => {
        doc = apply(doc, e, n);
        const live = session.run(doc);
        const full = runChecks(doc);
        expect(strip(live)).toEqual(strip(full));
      });
    }), { numRuns: 15 });
  });

  it('recomputes only the tiles near the edit', () => {
    const doc = basePin(7, 400);
    const session = new CheckSession();
    session.run(doc);
    const before = session.cache.tilesComputed;
    // One enamel cell in the middle of a 400-cell mosaic changes colour.
    const cells = doc.order.filter((id) => doc.items[id]!.kind === 'enamel-fill');
    const cell = cells[Math.floor(cells.length / 2)]!;
    const edited = apply(doc, { kind: 'color', pick: doc.order.filter((id) => doc.items[id]!.kind !== 'outline').indexOf(cell), hex: '#55AA33' }, 0);
    session.run(edited);
    const redone = session.cache.tilesComputed - before;
    expect(redone).toBeGreaterThan(0);
    expect(redone).toBeLessThan(before / 2);
  });
});
