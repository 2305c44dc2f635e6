import JSZip from 'jszip';

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
