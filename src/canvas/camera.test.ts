import { describe, expect, it } from 'vitest';
import { fitCamera, PX_PER_MM_AT_100, wheelZoomFactor, zoomAt } from './camera.ts';

describe('camera', () => {
  it('fits a pin in the view with a margin, centred', () => {
    const cam = fitCamera({ minX: 0, minY: 0, maxX: 25, maxY: 25 }, 500, 300, 25);
    const scale = cam.zoom * PX_PER_MM_AT_100;
    expect(scale).toBeCloseTo(10, 9);
    expect(cam.x + 12.5 * scale).toBeCloseTo(250, 9);
    expect(cam.y + 12.5 * scale).toBeCloseTo(150, 9);
  });

  it('zooming about a point keeps that point still', () => {
    const cam = { zoom: 1, x: 10, y: 20 };
    const z = zoomAt(cam, 2, 100, 100);
    const mmBefore = (100 - cam.x) / (cam.zoom * PX_PER_MM_AT_100);
    const mmAfter = (100 - z.x) / (z.zoom * PX_PER_MM_AT_100);
    expect(mmAfter).toBeCloseTo(mmBefore, 9);
  });
});

describe('wheelZoomFactor', () => {
  it('zooms 15 % per mouse notch and in proportion for a pinch', () => {
    expect(wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(1.15);
    expect(wheelZoomFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(1 / 1.15);
    const pinch = wheelZoomFactor({ deltaY: -5, deltaMode: 0, ctrlKey: true });
    expect(pinch).toBeGreaterThan(1);
    expect(pinch).toBeLessThan(1.06);
    expect(wheelZoomFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(1.15 ** 0.99, 2);
  });
});
