import { unzlibSync } from 'fflate';
import { fail, ok, type Result } from '../result.ts';

const cache = new WeakMap<Uint8Array, Uint8Array>();

/**
 * WOFF 1 → plain TrueType/OpenType. fontkit inflates WOFF tables with a slow pure-JS inflater on
 * every embed (about half a second for Inter); unpacking once with fflate makes proofs fast.
 * Anything that is not WOFF comes back unchanged.
 */
export function woffToSfnt(woff: Uint8Array): Result<Uint8Array> {
  const hit = cache.get(woff);
  if (hit) return ok(hit);
  const dv = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.length < 44 || dv.getUint32(0) !== 0x774f4646) return ok(woff);
  const flavor = dv.getUint32(4);
  const numTables = dv.getUint16(12);
  if (44 + numTables * 20 > woff.length) return fail('The WOFF font is truncated.');
  const tables: Array<{ tag: number; checksum: number; data: Uint8Array }> = [];
  try {
    for (let i = 0; i < numTables; i++) {
      const e = 44 + i * 20;
      const tag = dv.getUint32(e);
      const offset = dv.getUint32(e + 4);
      const compLength = dv.getUint32(e + 8);
      const origLength = dv.getUint32(e + 12);
      const checksum = dv.getUint32(e + 16);
      if (offset + compLength > woff.length) return fail('The WOFF font has a table past its end.');
      const raw = woff.subarray(offset, offset + compLength);
      const data = compLength < origLength ? unzlibSync(raw) : raw;
      if (data.length !== origLength) return fail('A WOFF font table does not unpack to its stated size.');
      tables.push({ tag, checksum, data });
    }
  } catch (e) {
    return fail(`The WOFF font could not be unpacked: ${e instanceof Error ? e.message : String(e)}`);
  }
  tables.sort((a, b) => a.tag - b.tag);
  const pad = (n: number) => (n + 3) & ~3;
  const headerLen = 12 + numTables * 16;
  const out = new Uint8Array(headerLen + tables.reduce((s, t) => s + pad(t.data.length), 0));
  const o = new DataView(out.buffer);
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, pow2 * 16);
  o.setUint16(8, Math.log2(pow2));
  o.setUint16(10, numTables * 16 - pow2 * 16);
  let at = headerLen;
  tables.forEach((t, i) => {
    o.setUint32(12 + i * 16, t.tag);
    o.setUint32(16 + i * 16, t.checksum);
    o.setUint32(20 + i * 16, at);
    o.setUint32(24 + i * 16, t.data.length);
    out.set(t.data, at);
    at += pad(t.data.length);
  });
  cache.set(woff, out);
  return ok(out);
}
