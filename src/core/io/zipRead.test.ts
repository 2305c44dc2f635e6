import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../export/zip.ts';
import { readZipText } from './zipRead.ts';

// Hostile zips written byte by byte, so each can lie exactly as a forged archive does.

interface Raw {
  name: string;
  /** The bytes stored (already compressed for method 8). */
  data: Uint8Array;
  method?: number;
  /** Declared sizes; default: the truth. */
  size?: number;
  compressed?: number;
  crc?: number;
  zip64?: boolean;
}

function le(n: number, bytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes; i++) out.push(i < 4 ? (n >>> (8 * i)) & 0xff : Math.floor(n / 2 ** (8 * i)) & 0xff);
  return out;
}

function rawZip(entries: Raw[], declaredCount?: number): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const blobs: Uint8Array[] = [];
  let written = 0;
  const flush = () => { blobs.push(new Uint8Array(parts)); written += parts.length; parts.length = 0; };
  for (const e of entries) {
    const name = [...new TextEncoder().encode(e.name)];
    const size = e.size ?? e.data.length;
    const compressed = e.compressed ?? e.data.length;
    const offset = written + parts.length;
    const extra = e.zip64 ? [...le(1, 2), ...le(24, 2), ...le(size, 8), ...le(compressed, 8), ...le(offset, 8)] : [];
    const [s32, c32, o32] = e.zip64 ? [0xffffffff, 0xffffffff, 0xffffffff] : [size, compressed, offset];
    parts.push(...le(0x04034b50, 4), ...le(20, 2), ...le(0, 2), ...le(e.method ?? 8, 2), ...le(0, 4), ...le(e.crc ?? 0, 4), ...le(c32, 4), ...le(s32, 4), ...le(name.length, 2), ...le(0, 2), ...name);
    flush();
    blobs.push(e.data);
    written += e.data.length;
    central.push(...le(0x02014b50, 4), ...le(20, 2), ...le(20, 2), ...le(0, 2), ...le(e.method ?? 8, 2), ...le(0, 4), ...le(e.crc ?? 0, 4), ...le(c32, 4), ...le(s32, 4),
      ...le(name.length, 2), ...le(extra.length, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(o32, 4), ...name, ...extra);
  }
  flush();
  const cdOffset = written;
  const count = declaredCount ?? entries.length;
  const z64 = entries.some((e) => e.zip64) || count > 0xffff;
  const tail: number[] = [];
  if (z64) {
    const e64 = cdOffset + central.length;
    tail.push(...le(0x06064b50, 4), ...le(44, 8), ...le(45, 2), ...le(45, 2), ...le(0, 4), ...le(0, 4), ...le(count, 8), ...le(count, 8), ...le(central.length, 8), ...le(cdOffset, 8));
    tail.push(...le(0x07064b50, 4), ...le(0, 4), ...le(e64, 8), ...le(1, 4));
  }
  tail.push(...le(0x06054b50, 4), ...le(0, 2), ...le(0, 2), ...le(Math.min(count, 0xffff), 2), ...le(Math.min(count, 0xffff), 2), ...le(central.length, 4), ...le(cdOffset, 4), ...le(0, 2));
  blobs.push(new Uint8Array([...central, ...tail]));
  const out = new Uint8Array(blobs.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of blobs) { out.set(b, o); o += b.length; }
  return out;
}

const zeros = (n: number) => deflateSync(new Uint8Array(n), { level: 9 });

describe('readZipText refuses hostile zips from their directory, before inflating', () => {
  it('an honest 10 GB zip64 bomb (declared size) is refused, naming the size and the limit', () => {
    // The packed bytes are really there (10 MB); only what they would unpack to is too much.
    const bomb = rawZip([{ name: 'design.pin.json', data: new Uint8Array(10 * 1024 * 1024), size: 10 * 1024 ** 3, zip64: true }]);
    const r = readZipText(bomb, 'design.pin.json');
    expect(r).toEqual({ ok: false, reason: 'design.pin.json in the zip unpacks to 10240.0 MB; an entry may be at most 20 MB. It was not opened.' });
  });

  it('a zip64 entry claiming more packed bytes than the file holds is refused as forged', () => {
    const forged = rawZip([{ name: 'design.pin.json', data: zeros(1000), size: 1000, compressed: 11 * 1024 ** 3, zip64: true }]);
    expect(readZipText(forged, 'design.pin.json')).toMatchObject({ ok: false, reason: expect.stringMatching(/claims|more than the whole file/) });
  });

  it('a bomb that lies about its size is stopped at the first byte past what it declared', () => {
    // 25 MB of zeros packed to ~25 KB, declared as 1,000 bytes.
    const liar = rawZip([{ name: 'design.pin.json', data: zeros(25 * 1024 * 1024), size: 1000 }]);
    expect(liar.length).toBeLessThan(100_000);
    expect(readZipText(liar, 'design.pin.json')).toEqual({ ok: false, reason: 'design.pin.json in the zip unpacks to more than the 1000 bytes it declares; it is damaged or forged and was not opened.' });
  });

  it('a 25 MB entry is reported as 25 MB against the 20 MB entry limit (not "more than 100 MB")', () => {
    const big = rawZip([{ name: 'design.pin.json', data: zeros(25 * 1024 * 1024), size: 25 * 1024 * 1024 }]);
    expect(readZipText(big, 'design.pin.json')).toEqual({ ok: false, reason: 'design.pin.json in the zip unpacks to 25.0 MB; an entry may be at most 20 MB. It was not opened.' });
  });

  it('a size no deflate stream reaches is refused from the ratio', () => {
    const r = readZipText(rawZip([{ name: 'design.pin.json', data: zeros(1000), size: 5 * 1024 * 1024 }]), 'design.pin.json');
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/times larger than it is packed/) });
  });

  it('10,000 entries are refused from the count in the directory', () => {
    const r = readZipText(rawZip([{ name: 'a.txt', data: new Uint8Array(1), method: 0 }], 10_000), 'design.pin.json');
    expect(r).toEqual({ ok: false, reason: 'The zip has 10000 entries; a Pinsmith bundle has far fewer (limit 500).' });
  });

  it('two design.pin.json entries are refused instead of silently taking the last', async () => {
    const twice = await writeZip([{ path: 'design.pin.json', data: '{"a":1}' }, { path: 'design.pin.json', data: '{"a":2}' }]);
    const r = readZipText(twice, 'design.pin.json');
    // jszip's writer keeps one of two equal paths; the byte-level writer keeps both, as a forged zip can.
    const forged = rawZip([{ name: 'design.pin.json', data: new TextEncoder().encode('{"a":1}'), method: 0 }, { name: 'design.pin.json', data: new TextEncoder().encode('{"a":2}'), method: 0 }]);
    expect(readZipText(forged, 'design.pin.json')).toEqual({ ok: false, reason: 'The zip has 2 entries named design.pin.json; a bundle has one, so it is not clear which to open.' });
    expect(r.ok).toBe(true);
  });

  it('damage is named: a wrong checksum, data cut short, an unknown method, text that is not UTF-8', () => {
    const text = new TextEncoder().encode('{"schemaVersion":1}');
    expect(readZipText(rawZip([{ name: 'design.pin.json', data: text, method: 0, crc: 1234 }]), 'design.pin.json')).toMatchObject({ ok: false, reason: expect.stringContaining('checksum') });
    expect(readZipText(rawZip([{ name: 'design.pin.json', data: text, method: 12 }]), 'design.pin.json')).toMatchObject({ ok: false, reason: expect.stringContaining('method 12') });
    const cut = rawZip([{ name: 'design.pin.json', data: text, method: 0 }]).subarray(0, 40);
    expect(readZipText(cut, 'design.pin.json')).toMatchObject({ ok: false, reason: expect.stringContaining('Not a readable zip') });
  });

  it('reads what the bundle writer wrote, and its messages never name a library or a URL', async () => {
    const design = JSON.stringify({ schemaVersion: 1, name: 'x'.repeat(5000) });
    const zip = await writeZip([{ path: 'README.txt', data: 'hi' }, { path: 'design.pin.json', data: design }, { path: 'proof.png', data: new Uint8Array(100) }]);
    expect(readZipText(zip, 'design.pin.json')).toEqual({ ok: true, value: design });
    for (const junk of [new Uint8Array(0), new TextEncoder().encode('PK\x03\x04 nothing else'), zip.subarray(0, zip.length - 5)]) {
      const r = readZipText(junk, 'design.pin.json');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).not.toMatch(/jszip|fflate|https?:|Error:/i);
    }
  });
});
