import { decode as decodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { fail, ok, type Result } from '../result.ts';

// A drawing to trace, as 8-bit RGBA. PNG (any bit depth, palette, grey, alpha; fast-png) and JPEG
// (baseline and progressive; jpeg-js), read in pure JavaScript so the same code runs in the
// editor's Worker and in the CLI. What is too big to trace is refused before it is decoded.

export interface Raster {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8Array;
}

export const TRACE_LIMITS = {
  /** File size: a 6000 px scan as PNG is ~40 MB at most. */
  bytes: 50 * 1024 * 1024,
  /** Pixels: 36 MP (6000 × 6000) decodes to 144 MB of RGBA. */
  pixels: 36_000_000,
  /** Longest side in pixels. */
  side: 12_000,
} as const;

export const isPng = (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
export const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** The image size from the file's header, without decoding it. */
function headerSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (isPng(b) && b.length >= 24) {
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return { width: v.getUint32(16), height: v.getUint32(20) };
  }
  if (isJpeg(b)) {
    // Walk the markers to the first start-of-frame.
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) { i++; continue; }
      const m = b[i + 1]!;
      const len = (b[i + 2]! << 8) | b[i + 3]!;
      if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]! };
      i += 2 + len;
    }
  }
  return undefined;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Whether a file can be traced, from its size and header alone (what the browser's own decoder
 * is then trusted with): a PNG or JPEG within TRACE_LIMITS.
 */
export function traceableImage(bytes: Uint8Array, name = 'the image'): Result<{ width: number; height: number }> {
  if (bytes.length > TRACE_LIMITS.bytes) return fail(`${name} is ${mb(bytes.length)}; drawings up to ${mb(TRACE_LIMITS.bytes)} can be traced. Export it smaller (about 2000–4000 px is plenty for a pin).`);
  if (!isPng(bytes) && !isJpeg(bytes)) return fail(`${name} is not a PNG or JPEG image: save the drawing as PNG or JPEG to trace it.`);
  const size = headerSize(bytes);
  if (!size || !(size.width > 0 && size.height > 0)) return fail(`${name} is damaged: its size cannot be read.`);
  if (Math.max(size.width, size.height) > TRACE_LIMITS.side || size.width * size.height > TRACE_LIMITS.pixels) {
    return fail(`${name} is ${size.width} × ${size.height} px; drawings up to ${TRACE_LIMITS.pixels / 1e6} megapixels (and ${TRACE_LIMITS.side} px a side) can be traced. Scale it down first (about 2000–4000 px is plenty for a pin).`);
  }
  return ok(size);
}

/** Decodes a PNG or JPEG drawing, or says why it cannot be traced. Never throws. */
export function decodeRaster(bytes: Uint8Array, name = 'the image'): Result<Raster> {
  const can = traceableImage(bytes, name);
  if (!can.ok) return can;
  try {
    if (isPng(bytes)) {
      const png = decodePng(bytes);
      return ok(toRgba8(png.width, png.height, png.data, png.channels, png.depth, png.palette));
    }
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512, maxResolutionInMP: TRACE_LIMITS.pixels / 1e6 });
    return ok({ width: img.width, height: img.height, data: img.data });
  } catch (e) {
    return fail(`${name} is damaged and cannot be read (${e instanceof Error ? e.message.replace(/[.\s]+$/, '') : 'unreadable data'}).`);
  }
}

/** Any PNG layout as 8-bit RGBA (the common 8-bit RGBA file as it is). */
function toRgba8(width: number, height: number, data: ArrayLike<number>, channels: number, depth: number, palette?: ArrayLike<ArrayLike<number>>): Raster {
  const n = width * height;
  if (!palette && depth === 8 && channels === 4 && data instanceof Uint8Array) return { width, height, data };
  const out = new Uint8Array(n * 4);
  if (palette) {
    for (let i = 0; i < n; i++) {
      const c = palette[data[i]!] ?? [0, 0, 0];
      out[i * 4] = c[0]!; out[i * 4 + 1] = c[1]!; out[i * 4 + 2] = c[2]!; out[i * 4 + 3] = c.length > 3 ? c[3]! : 255;
    }
    return { width, height, data: out };
  }
  // 16-bit samples keep their high byte; 1-, 2- and 4-bit grey is stretched to 0–255.
  const div = depth === 16 ? 256 : 1;
  const mul = depth < 8 ? 255 / (2 ** depth - 1) : 1;
  for (let i = 0; i < n; i++) {
    const s = i * channels;
    const o = i * 4;
    if (channels >= 3) {
      out[o] = Math.floor(data[s]! / div) * mul; out[o + 1] = Math.floor(data[s + 1]! / div) * mul; out[o + 2] = Math.floor(data[s + 2]! / div) * mul;
      out[o + 3] = channels === 4 ? Math.floor(data[s + 3]! / div) * mul : 255;
    } else {
      const g = Math.round(Math.floor(data[s]! / div) * mul);
      out[o] = g; out[o + 1] = g; out[o + 2] = g;
      out[o + 3] = channels === 2 ? Math.floor(data[s + 1]! / div) * mul : 255;
    }
  }
  return { width, height, data: out };
}

/**
 * The drawing at a working size (longest side `maxSide`), each pixel the average of the area it
 * covers (alpha-weighted, so a transparent edge does not darken the colour next to it).
 */
export function resample(r: Raster, maxSide: number): Raster {
  const k = Math.min(1, maxSide / Math.max(r.width, r.height));
  if (k === 1) return r;
  const w = Math.max(1, Math.round(r.width * k));
  const h = Math.max(1, Math.round(r.height * k));
  const out = new Uint8Array(w * h * 4);
  const sx = r.width / w;
  const sy = r.height / h;
  const acc = new Float64Array(5);
  for (let y = 0; y < h; y++) {
    const y0 = y * sy;
    const y1 = y0 + sy;
    for (let x = 0; x < w; x++) {
      const x0 = x * sx;
      const x1 = x0 + sx;
      acc.fill(0);
      for (let yy = Math.floor(y0); yy < Math.min(r.height, Math.ceil(y1)); yy++) {
        const wy = Math.min(y1, yy + 1) - Math.max(y0, yy);
        for (let xx = Math.floor(x0); xx < Math.min(r.width, Math.ceil(x1)); xx++) {
          const wgt = wy * (Math.min(x1, xx + 1) - Math.max(x0, xx));
          const i = (yy * r.width + xx) * 4;
          const a = (r.data[i + 3]! / 255) * wgt;
          acc[0]! += r.data[i]! * a; acc[1]! += r.data[i + 1]! * a; acc[2]! += r.data[i + 2]! * a;
          acc[3]! += a; acc[4]! += wgt;
        }
      }
      const o = (y * w + x) * 4;
      const a = acc[3]!;
      out[o] = a ? Math.round(acc[0]! / a) : 255; out[o + 1] = a ? Math.round(acc[1]! / a) : 255; out[o + 2] = a ? Math.round(acc[2]! / a) : 255;
      out[o + 3] = Math.round((a / acc[4]!) * 255);
    }
  }
  return { width: w, height: h, data: out };
}
