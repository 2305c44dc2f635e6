import JSZip from 'jszip';
import { fail, ok, type Result } from '../result.ts';

interface ZipStream {
  on(ev: 'data', fn: (chunk: Uint8Array) => void): ZipStream;
  on(ev: 'error', fn: (e: unknown) => void): ZipStream;
  on(ev: 'end', fn: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/** Every entry carries this date, so the same design gives a byte-identical zip. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

export interface ZipEntry {
  path: string;
  data: string | Uint8Array;
}

/** Entries in the given order, fixed dates, fixed compression: deterministic bytes. */
export async function writeZip(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const e of entries) {
    // PDF streams and PNGs are compressed already: storing them saves time and loses nothing.
    const stored = /\.(png|pdf)$/i.test(e.path);
    zip.file(e.path, e.data, { date: FIXED_DATE, createFolders: false, binary: typeof e.data !== 'string', ...(stored ? { compression: 'STORE' as const } : {}) });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

/** What a bundle zip may hold before we stop reading it: it is hostile until proven otherwise. */
export const ZIP_LIMITS = { bytes: 50 * 1024 * 1024, entries: 500, entryBytes: 20 * 1024 * 1024, totalBytes: 100 * 1024 * 1024 };

/**
 * Read one text entry of an untrusted zip. Refuses oversized archives, too many entries, entry
 * names that climb out of the archive (../, absolute paths, drive letters) and entries that
 * inflate past the limits (zip bombs), each with a reason a person can act on.
 */
export async function readZipText(bytes: Uint8Array, wanted: string, limits = ZIP_LIMITS): Promise<Result<string>> {
  if (bytes.length > limits.bytes) return fail(`The zip is ${(bytes.length / 1048576).toFixed(1)} MB; bundles up to ${limits.bytes / 1048576} MB are opened.`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    return fail(`Not a readable zip: ${e instanceof Error ? e.message : String(e)}`);
  }
  const names = Object.keys(zip.files);
  if (names.length > limits.entries) return fail(`The zip has ${names.length} entries; a Pinsmith bundle has far fewer (limit ${limits.entries}).`);
  // jszip quietly rewrites "../x" to "x"; the name as stored is what tells of an attack.
  const stored = names.map((n) => (zip.files[n] as unknown as { unsafeOriginalName?: string }).unsafeOriginalName ?? n);
  const bad = stored.find((n) => /(^|[\\/])\.\.([\\/]|$)/.test(n) || /^([\\/]|[A-Za-z]:)/.test(n));
  if (bad) return fail(`The zip has an entry that points outside it ("${bad}"); it was not opened.`);
  let total = 0;
  for (const n of names) {
    // jszip keeps the declared uncompressed size; a bomb declares little and inflates a lot, so
    // the entry we read is also measured as it inflates below.
    const size = (zip.files[n] as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
    if (size > limits.entryBytes || total > limits.totalBytes) return fail(`The zip unpacks to more than ${limits.totalBytes / 1048576} MB; it was not opened.`);
  }
  const entry = zip.file(wanted);
  if (!entry) return fail(`The zip has no ${wanted}; it is not a Pinsmith bundle.`);
  let text = '';
  let read = 0;
  let tooBig = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const decoder = new TextDecoder();
      // jszip's streaming reader (untyped): lets us stop an entry that inflates past the limit.
      const stream = (entry as unknown as { internalStream(t: 'uint8array'): ZipStream }).internalStream('uint8array');
      stream.on('data', (chunk: Uint8Array) => {
        read += chunk.length;
        if (read > limits.entryBytes) {
          tooBig = true;
          stream.pause();
          resolve();
          return;
        }
        text += decoder.decode(chunk, { stream: true });
      }).on('error', reject).on('end', () => {
        text += decoder.decode();
        resolve();
      }).resume();
    });
  } catch (e) {
    return fail(`${wanted} in the zip is damaged: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (tooBig) return fail(`${wanted} unpacks to more than ${limits.entryBytes / 1048576} MB; it was not opened.`);
  return ok(text);
}
