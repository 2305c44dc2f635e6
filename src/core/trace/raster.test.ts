import { encode } from 'fast-png';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { decodeRaster, resample } from './raster.ts';

const pixel = (r: { data: Uint8Array }, i: number) => [...r.data.slice(i * 4, i * 4 + 4)];

describe('decodeRaster', () => {
  it('reads every PNG layout as 8-bit RGBA: grey, grey+alpha, RGB, RGBA, 16-bit, palette', () => {
    const cases: Array<[Uint8Array, number[]]> = [
      [encode({ width: 1, height: 1, data: new Uint8Array([255]), channels: 1, depth: 8 }), [255, 255, 255, 255]],
      [encode({ width: 1, height: 1, data: new Uint8Array([100, 50]), channels: 2, depth: 8 }), [100, 100, 100, 50]],
      [encode({ width: 1, height: 1, data: new Uint8Array([10, 20, 30]), channels: 3, depth: 8 }), [10, 20, 30, 255]],
      [encode({ width: 1, height: 1, data: new Uint8Array([10, 20, 30, 40]), channels: 4, depth: 8 }), [10, 20, 30, 40]],
      [encode({ width: 1, height: 1, data: new Uint16Array([0xff00, 0x8000, 0x0100]), channels: 3, depth: 16 }), [255, 128, 1, 255]],
      [encode({ width: 1, height: 1, data: new Uint8Array([1]), channels: 1, depth: 8, palette: [[0, 0, 0], [200, 100, 50]] }), [200, 100, 50, 255]],
    ];
    for (const [bytes, want] of cases) {
      const r = decodeRaster(bytes);
      if (!r.ok) throw new Error(r.reason);
      expect(pixel(r.value, 0)).toEqual(want);
    }
  });

  it('reads a JPEG', () => {
    const data = new Uint8Array(16 * 16 * 4).fill(200);
    const r = decodeRaster(new Uint8Array(jpeg.encode({ data, width: 16, height: 16 }, 90).data));
    if (!r.ok) throw new Error(r.reason);
    expect([r.value.width, r.value.height]).toEqual([16, 16]);
    expect(Math.abs(r.value.data[0]! - 200)).toBeLessThan(4);
  });
});

describe('resample', () => {
  it('averages the area each pixel covers, transparency not darkening the colour beside it', () => {
    // 4 × 1: red, transparent, blue, blue → 2 × 1.
    const src = { width: 4, height: 1, data: new Uint8Array([255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 255, 255, 0, 0, 255, 255]) };
    const r = resample(src, 2);
    expect(pixel(r, 0)).toEqual([255, 0, 0, 128]);
    expect(pixel(r, 1)).toEqual([0, 0, 255, 255]);
  });
});
