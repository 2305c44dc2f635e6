import { Inflate } from 'fflate';
import { fail, ok, type Result } from '../result.ts';

// Reads one entry of an untrusted zip (a bundle dropped on the editor). Everything is judged from
// the central directory before a byte is inflated: entry count, names, declared sizes, the
// compression ratio and whether the declared compressed bytes are really in the file. The entry
// is then inflated in small steps and stopped at the first byte past its declared size or the
// cap, so a bomb costs a fraction of a second whatever it claims.

/** What a bundle zip may hold before we stop reading it: it is hostile until proven otherwise. */
export const ZIP_LIMITS = { bytes: 50 * 1024 * 1024, entries: 500, entryBytes: 20 * 1024 * 1024, totalBytes: 100 * 1024 * 1024 };
export type ZipLimits = typeof ZIP_LIMITS;

/** DEFLATE cannot do better than ~1032:1; an entry claiming more is lying about something. */
const MAX_RATIO = 1100;
/** Compressed bytes fed to the inflater at a time: at most ~1 MB comes out per step. */
const STEP = 1024;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const limitMb = (n: number) => `${+(n / 1048576).toFixed(2)} MB`;

class Reader {
  constructor(private readonly b: Uint8Array, private readonly v = new DataView(b.buffer, b.byteOffset, b.byteLength)) {}
  has = (at: number, n: number) => at >= 0 && at + n <= this.b.length;
  u16 = (at: number) => this.v.getUint16(at, true);
  u32 = (at: number) => this.v.getUint32(at, true);
  /** 64-bit sizes as numbers: exact below 2^53, which is all a file here can be. */
  u64 = (at: number) => this.v.getUint32(at, true) + this.v.getUint32(at + 4, true) * 2 ** 32;
  bytes = (at: number, n: number) => this.b.subarray(at, at + n);
}

/** The central directory's place and size, from the end record (zip64's when it says so). */
function findDirectory(r: Reader, length: number): Result<{ count: number; offset: number; size: number }> {
  const NOT_ZIP = 'Not a readable zip: it has no zip directory at its end (it may be cut short or not a zip at all).';
  let at = -1;
  for (let i = length - 22; i >= Math.max(0, length - 22 - 65535); i--) {
    if (r.u32(i) === EOCD) { at = i; break; }
  }
  if (at < 0) return fail(NOT_ZIP);
  let count = r.u16(at + 10);
  let size = r.u32(at + 12);
  let offset = r.u32(at + 16);
  if (at >= 20 && r.u32(at - 20) === EOCD64_LOCATOR) {
    const e64 = r.u64(at - 12);
    if (!r.has(e64, 56) || r.u32(e64) !== EOCD64) return fail('Not a readable zip: its zip64 directory record is missing or damaged.');
    count = r.u64(e64 + 32);
    size = r.u64(e64 + 40);
    offset = r.u64(e64 + 48);
  }
  if (!r.has(offset, size)) return fail(`Not a readable zip: its directory claims bytes the file does not have (it is ${mb(length)}).`);
  return ok({ count, offset, size });
}

function readEntries(r: Reader, dir: { count: number; offset: number; size: number }, limits: ZipLimits): Result<Entry[]> {
  const entries: Entry[] = [];
  let at = dir.offset;
  const end = dir.offset + dir.size;
  for (let n = 0; n < dir.count; n++) {
    if (!r.has(at, 46) || at + 46 > end || r.u32(at) !== CENTRAL) return fail('Not a readable zip: its directory is damaged.');
    const nameLen = r.u16(at + 28);
    const extraLen = r.u16(at + 30);
    const commentLen = r.u16(at + 32);
    if (!r.has(at + 46, nameLen + extraLen + commentLen)) return fail('Not a readable zip: its directory is damaged.');
    const e: Entry = {
      name: new TextDecoder().decode(r.bytes(at + 46, nameLen)),
      flags: r.u16(at + 8),
      method: r.u16(at + 10),
      crc: r.u32(at + 16),
      compressed: r.u32(at + 20),
      size: r.u32(at + 24),
      localOffset: r.u32(at + 42),
    };
    // Zip64: a field of all ones means "see the extra field", in this order.
    let x = at + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = r.u16(x);
      const len = r.u16(x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        const take = () => { const v = f + 8 <= x + 4 + len ? r.u64(f) : NaN; f += 8; return v; };
        if (e.size === 0xffffffff) e.size = take();
        if (e.compressed === 0xffffffff) e.compressed = take();
        if (e.localOffset === 0xffffffff) e.localOffset = take();
      }
      x += 4 + len;
    }
    if (![e.size, e.compressed, e.localOffset].every(Number.isFinite)) return fail('Not a readable zip: an entry\'s zip64 sizes are damaged.');
    entries.push(e);
    at = xEnd + commentLen;
    if (entries.length > limits.entries) break;
  }
  return ok(entries);
}

/** Reject what a bundle never holds, before inflating anything. */
function judge(entries: Entry[], fileBytes: number, limits: ZipLimits): string | undefined {
  if (entries.length > limits.entries) return `The zip has more than ${limits.entries} entries; a Pinsmith bundle has far fewer.`;
  const bad = entries.find((e) => /(^|[\\/])\.\.([\\/]|$)/.test(e.name) || /^([\\/]|[A-Za-z]:)/.test(e.name));
  if (bad) return `The zip has an entry that points outside it ("${bad.name}"); it was not opened.`;
  let total = 0;
  for (const e of entries) {
    if (e.compressed > fileBytes || e.localOffset + e.compressed > fileBytes) return `The zip says ${e.name} holds ${mb(e.compressed)} of packed data, more than the whole file (${mb(fileBytes)}); it is damaged or forged and was not opened.`;
    if (e.size > limits.entryBytes) return `${e.name} in the zip unpacks to ${mb(e.size)}; an entry may be at most ${limitMb(limits.entryBytes)}. It was not opened.`;
    if (e.size > Math.max(e.compressed, 1) * MAX_RATIO) return `${e.name} in the zip claims to unpack ${Math.round(e.size / Math.max(e.compressed, 1))} times larger than it is packed, which no real file does; it was not opened.`;
    total += e.size;
    if (total > limits.totalBytes) return `The zip unpacks to more than ${limitMb(limits.totalBytes)} in all; it was not opened.`;
  }
  return undefined;
}

let crcTable: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The entry's bytes, inflated in steps and stopped at the first byte beyond what it declared. */
function inflateEntry(r: Reader, e: Entry, limits: ZipLimits): Result<Uint8Array> {
  const damaged = `${e.name} in the zip is damaged`;
  if (!r.has(e.localOffset, 30) || r.u32(e.localOffset) !== LOCAL) return fail(`${damaged} (its header is missing).`);
  const start = e.localOffset + 30 + r.u16(e.localOffset + 26) + r.u16(e.localOffset + 28);
  if (!r.has(start, e.compressed)) return fail(`${damaged} (it is cut short).`);
  if (e.flags & 1) return fail(`${e.name} in the zip is encrypted; Pinsmith bundles never are.`);
  const packed = r.bytes(start, e.compressed);
  const cap = Math.min(e.size, limits.entryBytes);
  let out: Uint8Array;
  if (e.method === 0) {
    if (e.compressed !== e.size) return fail(`${damaged} (its sizes disagree).`);
    out = packed;
  } else if (e.method === 8) {
    const parts: Uint8Array[] = [];
    let got = 0;
    let over = false;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      got += chunk.length;
      if (got > cap) over = true;
      else parts.push(chunk);
      if (final) ended = true;
    });
    try {
      for (let i = 0; i < packed.length && !over && !ended; i += STEP) inflater.push(packed.subarray(i, i + STEP), i + STEP >= packed.length);
    } catch {
      return fail(`${damaged} (its compressed data does not decode).`);
    }
    if (over) {
      return fail(got > limits.entryBytes
        ? `${e.name} in the zip unpacks to more than ${limitMb(limits.entryBytes)} (an entry's limit); it was not opened.`
        : `${e.name} in the zip unpacks to more than the ${e.size} bytes it declares; it is damaged or forged and was not opened.`);
    }
    if (!ended || got !== e.size) return fail(`${damaged} (it unpacks to ${got} bytes, not the ${e.size} it declares).`);
    out = new Uint8Array(got);
    let o = 0;
    for (const p of parts) { out.set(p, o); o += p.length; }
  } else return fail(`${e.name} in the zip uses a compression Pinsmith does not read (method ${e.method}); bundles use deflate.`);
  if (crc32(out) !== e.crc) return fail(`${damaged} (its checksum does not match).`);
  return ok(out);
}

/**
 * One text entry of an untrusted zip, or the reason it was refused: oversized archives, too many
 * entries, names that climb out of the archive, two entries with the wanted name, sizes that lie,
 * entries that inflate past the limits.
 */
export function readZipText(bytes: Uint8Array, wanted: string, limits: ZipLimits = ZIP_LIMITS): Result<string> {
  if (bytes.length > limits.bytes) return fail(`The zip is ${mb(bytes.length)}; bundles up to ${limitMb(limits.bytes)} are opened.`);
  if (bytes.length < 22) return fail('Not a readable zip: it is too short to be one.');
  const r = new Reader(bytes);
  const dir = findDirectory(r, bytes.length);
  if (!dir.ok) return dir;
  if (dir.value.count > limits.entries) return fail(`The zip has ${dir.value.count} entries; a Pinsmith bundle has far fewer (limit ${limits.entries}).`);
  const entries = readEntries(r, dir.value, limits);
  if (!entries.ok) return entries;
  const refused = judge(entries.value, bytes.length, limits);
  if (refused) return fail(refused);
  const matching = entries.value.filter((e) => e.name === wanted);
  if (!matching.length) return fail(`The zip has no ${wanted}; it is not a Pinsmith bundle.`);
  if (matching.length > 1) return fail(`The zip has ${matching.length} entries named ${wanted}; a bundle has one, so it is not clear which to open.`);
  const data = inflateEntry(r, matching[0]!, limits);
  if (!data.ok) return data;
  const text = new TextDecoder('utf-8', { fatal: true });
  try {
    return ok(text.decode(data.value));
  } catch {
    return fail(`${wanted} in the zip is not UTF-8 text.`);
  }
}
