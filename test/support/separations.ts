import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The proof's separations as a RIP makes them: Ghostscript's tiffsep writes one grey TIFF per
// plate (process and each spot colour by name), with overprint simulated. Tests read the plates.

export interface Plate {
  width: number;
  height: number;
  /** Ink coverage 0..1 at a pixel. */
  ink(px: number, py: number): number;
}

/** A plain 8-bit uncompressed TIFF as tiffsep writes it (strips, either byte order). */
export function readGreyTiff(b: Buffer): Plate {
  const le = b.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const ifd = u32(4);
  const tags = new Map<number, number[]>();
  for (let i = 0; i < u16(ifd); i++) {
    const e = ifd + 2 + i * 12;
    const type = u16(e + 2);
    const count = u32(e + 4);
    const size = type === 3 ? 2 : 4;
    const at = count * size > 4 ? u32(e + 8) : e + 8;
    tags.set(u16(e), Array.from({ length: count }, (_, j) => (type === 3 ? u16(at + j * 2) : u32(at + j * 4))));
  }
  const tag = (t: number) => tags.get(t) ?? [];
  const [width, height] = [tag(256)[0]!, tag(257)[0]!];
  if (tag(258)[0] !== 8 || tag(259)[0] !== 1) throw new Error('expected an 8-bit uncompressed TIFF');
  const blackIsZero = tag(262)[0] === 1;
  const pixels = Buffer.concat(tag(273).map((off, i) => b.subarray(off, off + tag(279)[i]!)));
  return {
    width, height,
    ink(px, py) {
      const x = Math.round(px);
      const y = Math.round(py);
      if (x < 0 || y < 0 || x >= width || y >= height) return 0;
      const v = pixels[y * width + x]! / 255;
      return blackIsZero ? 1 - v : v;
    },
  };
}

export const GS = process.env.GS_PATH ?? 'gs';

/** Every plate of one page (the first unless said) of a PDF at `dpi`, by colorant name ("Cyan", "PANTONE 186 C", …). */
export function separations(pdf: Uint8Array, dpi: number, page = 1): Map<string, Plate> {
  const dir = mkdtempSync(join(tmpdir(), 'pinsmith-sep-'));
  try {
    writeFileSync(join(dir, 'proof.pdf'), pdf);
    const r = spawnSync(GS, ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=tiffsep', `-r${dpi}`, '-sCompression=none', `-dFirstPage=${page}`, `-dLastPage=${page}`,
      `-sOutputFile=${join(dir, 'sep.tif')}`, join(dir, 'proof.pdf')], { encoding: 'utf8', timeout: 180_000 });
    if (r.error || r.status !== 0) throw new Error(`Ghostscript (${GS}) could not separate the proof: ${r.error?.message ?? r.stderr}. .ci/run installs it (apt-get install ghostscript).`);
    const plates = new Map<string, Plate>();
    for (const f of readdirSync(dir)) {
      const m = /^sep\((.+)\)\.tif$/.exec(f);
      if (m) plates.set(m[1]!, readGreyTiff(readFileSync(join(dir, f))));
    }
    return plates;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PPM (P6), as pdftoppm and Ghostscript's ppmraw write it. */
export function readPpm(b: Buffer): { width: number; height: number; hex(px: number, py: number): string } {
  let i = 0;
  const token = () => {
    for (;;) {
      while (/\s/.test(String.fromCharCode(b[i]!))) i++;
      if (b[i] === 0x23) { while (b[i] !== 0x0a) i++; continue; }
      break;
    }
    let s = '';
    while (!/\s/.test(String.fromCharCode(b[i]!))) s += String.fromCharCode(b[i++]!);
    return s;
  };
  if (token() !== 'P6') throw new Error('not a binary PPM');
  const width = Number(token());
  const height = Number(token());
  token();
  const start = i + 1;
  return {
    width, height,
    hex(px, py) {
      const o = start + (Math.round(py) * width + Math.round(px)) * 3;
      return `#${[b[o]!, b[o + 1]!, b[o + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
    },
  };
}

/** A page of a PDF (the first unless said) rendered to RGB by a viewer's engine: poppler (pdftoppm) or Ghostscript. */
export function renderPage(pdf: Uint8Array, dpi: number, engine: 'poppler' | 'ghostscript', page = 1): ReturnType<typeof readPpm> {
  const dir = mkdtempSync(join(tmpdir(), 'pinsmith-render-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), pdf);
    const r = engine === 'poppler'
      ? spawnSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'p.pdf'), join(dir, 'out')], { encoding: 'utf8', timeout: 180_000 })
      : spawnSync(GS, ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=ppmraw', `-r${dpi}`, `-dFirstPage=${page}`, `-dLastPage=${page}`, `-sOutputFile=${join(dir, 'out.ppm')}`, join(dir, 'p.pdf')], { encoding: 'utf8', timeout: 180_000 });
    if (r.error || r.status !== 0) throw new Error(`${engine} could not render the proof: ${r.error?.message ?? r.stderr}. .ci/run installs poppler-utils and ghostscript.`);
    return readPpm(readFileSync(join(dir, 'out.ppm')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
