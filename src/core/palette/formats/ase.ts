import { fail, ok, type Result } from '../../result.ts';
import type { PaletteEntry } from '../types.ts';
import { entryFromValues, MAX_CHART_ENTRIES } from './entry.ts';

// Adobe Swatch Exchange: "ASEF", version 1.0, then blocks (group start/end, colour), big-endian.
const COLOR = 0x0001;
const GROUP_START = 0xc001;
const GROUP_END = 0xc002;

function cmykToHex(c: number, m: number, y: number, k: number): string {
  const ch = (v: number) => Math.round(255 * (1 - Math.min(1, v)) * (1 - Math.min(1, k)));
  return `#${[ch(c), ch(m), ch(y)].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

export function parseAseChart(bytes: Uint8Array): Result<PaletteEntry[]> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (pos: number, n: number) => pos + n <= bytes.length;
  if (!need(0, 12) || String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) !== 'ASEF') {
    return fail('not an Adobe Swatch Exchange file (it must start with "ASEF")');
  }
  const major = dv.getUint16(4);
  if (major !== 1) return fail(`ASE version ${major} is not supported (version 1 is)`);
  const blocks = dv.getUint32(8);
  if (blocks > MAX_CHART_ENTRIES * 2) return fail(`the ASE file claims ${blocks} blocks; the limit is ${MAX_CHART_ENTRIES * 2}`);
  let pos = 12;
  const out: PaletteEntry[] = [];
  for (let b = 0; b < blocks; b++) {
    if (!need(pos, 6)) return fail(`the ASE file ends early (block ${b + 1} of ${blocks})`);
    const type = dv.getUint16(pos);
    const len = dv.getUint32(pos + 2);
    const start = pos + 6;
    if (!need(start, len)) return fail(`block ${b + 1} runs past the end of the ASE file`);
    pos = start + len;
    if (type === GROUP_END) continue;
    if (type !== COLOR && type !== GROUP_START) continue; // unknown blocks are skipped by length
    if (len < 2) return fail(`block ${b + 1} is too short`);
    const nameLen = dv.getUint16(start);
    if (2 + nameLen * 2 > len) return fail(`block ${b + 1} has a name longer than the block`);
    let name = '';
    for (let i = 0; i < nameLen; i++) {
      const c = dv.getUint16(start + 2 + i * 2);
      if (c !== 0) name += String.fromCharCode(c);
    }
    if (type === GROUP_START) continue;
    let p = start + 2 + nameLen * 2;
    if (p + 4 > pos) return fail(`colour "${name}" has no colour model`);
    const model = String.fromCharCode(bytes[p]!, bytes[p + 1]!, bytes[p + 2]!, bytes[p + 3]!);
    p += 4;
    const count = model === 'CMYK' ? 4 : model === 'Gray' ? 1 : 3;
    if (p + count * 4 > pos) return fail(`colour "${name}" is truncated`);
    const v = Array.from({ length: count }, (_, i) => dv.getFloat32(p + i * 4));
    let entry: PaletteEntry | string;
    const code = name.replace(/^PANTONE\s+/i, '') || `Colour ${out.length + 1}`;
    if (model === 'RGB ') {
      entry = entryFromValues(code, { hex: `#${v.map((x) => Math.round(Math.min(1, Math.max(0, x)) * 255).toString(16).padStart(2, '0')).join('')}` }, name);
    } else if (model === 'LAB ') {
      entry = entryFromValues(code, { lab: [v[0]! * 100, v[1]!, v[2]!] }, name);
    } else if (model === 'CMYK') {
      entry = entryFromValues(code, { hex: cmykToHex(v[0]!, v[1]!, v[2]!, v[3]!) }, name);
    } else if (model === 'Gray') {
      const g = Math.round((1 - Math.min(1, Math.max(0, v[0]!))) * 255).toString(16).padStart(2, '0');
      entry = entryFromValues(code, { hex: `#${g}${g}${g}` }, name);
    } else {
      return fail(`colour "${name}" uses an unknown colour model "${model}"`);
    }
    if (typeof entry === 'string') return fail(entry);
    out.push(entry);
  }
  if (!out.length) return fail('the ASE file has no colours');
  return ok(out);
}

/** ASE for Illustrator: Pantone entries as spot swatches (Lab when published, else RGB). */
export function writeAse(entries: readonly PaletteEntry[], groupName?: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  const block = (type: number, body: Uint8Array) => {
    const head = new Uint8Array(6);
    const dv = new DataView(head.buffer);
    dv.setUint16(0, type);
    dv.setUint32(2, body.length);
    chunks.push(head, body);
  };
  const nameBytes = (name: string) => {
    const b = new Uint8Array(2 + (name.length + 1) * 2);
    const dv = new DataView(b.buffer);
    dv.setUint16(0, name.length + 1);
    for (let i = 0; i < name.length; i++) dv.setUint16(2 + i * 2, name.charCodeAt(i));
    return b;
  };
  let blocks = 0;
  if (groupName) {
    block(GROUP_START, nameBytes(groupName));
    blocks++;
  }
  for (const e of entries) {
    const name = nameBytes(e.kind === 'pantone-c' || e.kind === 'pantone-u' ? `PANTONE ${e.code}` : e.code);
    const useLab = !!e.lab;
    const vals = useLab
      ? [e.lab![0] / 100, e.lab![1], e.lab![2]]
      : [1, 3, 5].map((i) => parseInt(e.hex.slice(i, i + 2), 16) / 255);
    const body = new Uint8Array(name.length + 4 + vals.length * 4 + 2);
    body.set(name, 0);
    const dv = new DataView(body.buffer);
    const model = useLab ? 'LAB ' : 'RGB ';
    for (let i = 0; i < 4; i++) body[name.length + i] = model.charCodeAt(i);
    vals.forEach((v, i) => dv.setFloat32(name.length + 4 + i * 4, v));
    dv.setUint16(body.length - 2, e.kind === 'stock' || e.kind === 'custom' ? 2 : 1);
    block(COLOR, body);
    blocks++;
  }
  if (groupName) {
    block(GROUP_END, new Uint8Array(0));
    blocks++;
  }
  const head = new Uint8Array(12);
  head.set([0x41, 0x53, 0x45, 0x46], 0);
  const dv = new DataView(head.buffer);
  dv.setUint16(4, 1);
  dv.setUint16(6, 0);
  dv.setUint32(8, blocks);
  const total = chunks.reduce((s, c) => s + c.length, 12);
  const out = new Uint8Array(total);
  out.set(head, 0);
  let off = 12;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
