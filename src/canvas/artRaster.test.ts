// @vitest-environment jsdom
import 'vitest-canvas-mock';
import { describe, expect, it } from 'vitest';
import { pin, PMS } from '../core/document/builders.ts';
import type { Item, PinDocument } from '../core/document/types.ts';
import { changedBoxes, createArtRaster } from './artRaster.ts';

const mosaic = (): PinDocument => {
  const b = pin('Grid', 42, 42).rectOutline(0, 0, 42, 42, 'die');
  for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) b.rectFill(1 + i * 2, 1 + j * 2, 2, 2, (i + j) % 2 ? PMS.red186 : PMS.sky291, { id: `c${i}-${j}` });
  return b.build();
};
const itemsOf = (d: PinDocument): Item[] => d.order.map((id) => d.items[id]!);
const moved = (items: Item[], id: string, dx: number): Item[] => items.map((it) => (it.id !== id || it.kind === 'text' ? it
  : { ...it, path: it.path.map((sp) => ({ ...sp, segments: sp.segments.map((s) => ({ ...s, x: s.x + dx })) })) } as Item));
const metal = { stops: [0, '#C9A227', 1, '#F5E6A8'], bounds: { minX: 0, minY: 0, maxX: 42, maxY: 42 } };
const view = { scale: 10, x: 20, y: 20, width: 460, height: 460, pixelRatio: 1, outlineBlur: 1.2 };

describe('art bitmap', () => {
  it('repaints only where an item was lifted, moved or dropped', () => {
    const raster = createArtRaster();
    const items = itemsOf(mosaic());
    expect(raster.paint(items, metal, view)).toBe('full');
    expect(raster.paint(items, metal, view)).toBe('none');
    const lifted = items.filter((it) => it.id !== 'c5-5');
    expect(raster.paint(lifted, metal, view)).toBe('partial');
    const ctx = raster.canvas.getContext('2d')! as unknown as { __getEvents(): Array<{ type: string; props: Record<string, number> }>; __clearEvents(): void };
    ctx.__clearEvents();
    expect(raster.paint(moved(items, 'c5-5', 0.5), metal, view)).toBe('partial');
    // The dropped cell's box (about 25 px wide at 10 px/mm) is cleared, not the 460 px bitmap.
    const clears = ctx.__getEvents().filter((e) => e.type === 'clearRect');
    expect(clears.length).toBeGreaterThan(0);
    for (const c of clears) expect(c.props.width).toBeLessThan(60);
  });
  it('repaints everything for a new camera, a new z-order or a changed die line', () => {
    const raster = createArtRaster();
    const items = itemsOf(mosaic());
    raster.paint(items, metal, view);
    expect(raster.paint(items, metal, { ...view, x: 30 })).toBe('full');
    const reordered = [...items.slice(0, 3), items[4]!, items[3]!, ...items.slice(5)];
    expect(changedBoxes(items, reordered)).toContain('all');
    expect(raster.paint(reordered, metal, { ...view, x: 30 })).toBe('full');
    expect(changedBoxes(items, moved(items, 'die', 1))).toContain('all');
    expect(changedBoxes(items, moved(items, 'c1-1', 1))).not.toContain('all');
  });
});
