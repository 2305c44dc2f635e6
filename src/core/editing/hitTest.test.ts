import { describe, expect, it } from 'vitest';
import { barPin } from '../../../test/support/pins.ts';
import { itemAt } from './hitTest.ts';

describe('itemAt', () => {
  const doc = barPin().build();
  it('picks enamel inside a fill, metal over enamel, and nothing outside', () => {
    expect(itemAt(doc, { x: 5, y: 5 }, 0.05)).toBe('left');
    expect(itemAt(doc, { x: 15, y: 5 }, 0.05)).toBe('right');
    expect(itemAt(doc, { x: 10.15, y: 5 }, 0.05)).toBe('wall');
    expect(itemAt(doc, { x: 10.3, y: 5 }, 0.05)).toBe('right');
    expect(itemAt(doc, { x: 22, y: 12 }, 0.05)).toBeUndefined();
  });
  it('skips hidden and locked items and never picks the die line', () => {
    const hidden = { ...doc, items: { ...doc.items, wall: { ...doc.items.wall!, hidden: true } } };
    expect(itemAt(hidden, { x: 10.1, y: 5 }, 0.05)).toBe('right');
    const locked = { ...doc, items: { ...doc.items, left: { ...doc.items.left!, locked: true } } };
    expect(itemAt(locked, { x: 5, y: 5 }, 0.05)).toBeUndefined();
  });
  it('honours the even-odd rule: the hole of a ring is not the ring', () => {
    const ring = barPin().build();
    ring.items.left = { id: 'left', kind: 'enamel-fill', fillRule: 'evenodd', color: { hex: '#C8102E', code: '186 C' }, finish: 'standard', path: [
      { closed: true, segments: [{ x: 1, y: 1 }, { x: 9, y: 1 }, { x: 9, y: 9 }, { x: 1, y: 9 }] },
      { closed: true, segments: [{ x: 3, y: 3 }, { x: 7, y: 3 }, { x: 7, y: 7 }, { x: 3, y: 7 }] },
    ] };
    expect(itemAt(ring, { x: 2, y: 5 }, 0.05)).toBe('left');
    expect(itemAt(ring, { x: 5, y: 5 }, 0.05)).toBeUndefined();
  });
});
