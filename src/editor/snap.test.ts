import { describe, expect, it } from 'vitest';
import { barPin } from '../../test/support/pins.ts';
import { snapPoint } from './snap.ts';

describe('snapping', () => {
  const doc = barPin().build();
  it('pulls onto a nearby line end before the grid', () => {
    expect(snapPoint(doc, { x: 10.2, y: 0.1 }, 0.5)).toEqual({ x: 10, y: 0 });
  });
  it('rounds to the grid when nothing is near', () => {
    expect(snapPoint(doc, { x: 5.26, y: 4.74 }, 0.5)).toEqual({ x: 5.5, y: 4.5 });
  });
  it('leaves the point alone with the grid off', () => {
    expect(snapPoint(doc, { x: 5.26, y: 4.74 }, null)).toEqual({ x: 5.26, y: 4.74 });
  });
  it('pulls each axis onto a ruler guide within reach, the other to the grid', () => {
    const withGuides = { ...doc, guides: { x: [5.37], y: [] } };
    expect(snapPoint(withGuides, { x: 5.2, y: 4.74 }, 0.5)).toEqual({ x: 5.37, y: 4.5 });
    expect(snapPoint(withGuides, { x: 6, y: 4.74 }, null)).toEqual({ x: 6, y: 4.74 });
  });
});
