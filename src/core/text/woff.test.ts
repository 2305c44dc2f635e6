import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff.ts';
import fontkit from '@pdf-lib/fontkit';

const require = createRequire(import.meta.url);
const woff = new Uint8Array(readFileSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff')));

describe('woffToSfnt', () => {
  it('unpacks a WOFF into a TrueType font that parses with the same metrics', () => {
    const r = woffToSfnt(woff);
    if (!r.ok) throw new Error(r.reason);
    expect(new DataView(r.value.buffer).getUint32(0)).toBe(0x00010000);
    const a = fontkit.create(woff);
    const b = fontkit.create(r.value);
    expect(b.unitsPerEm).toBe(a.unitsPerEm);
    expect(b.numGlyphs).toBe(a.numGlyphs);
    expect(b.layout('PANTONE 186 C').glyphs.map((g) => g.id)).toEqual(a.layout('PANTONE 186 C').glyphs.map((g) => g.id));
  });
  it('passes other fonts through and reports a truncated WOFF', () => {
    const ttf = new Uint8Array([0, 1, 0, 0, 1, 2, 3]);
    expect(woffToSfnt(ttf)).toEqual({ ok: true, value: ttf });
    expect(woffToSfnt(woff.slice(0, 60))).toMatchObject({ ok: false });
  });
});
