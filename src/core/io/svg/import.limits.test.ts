import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { area } from '../../geometry/index.ts';
import { itemRegion } from '../../kinds/index.ts';
import { importSvg } from './import.ts';

// Inputs that once ran past every budget (issue 15's fuzz reproducers), the import's own time
// budget, and the paint order under deep stacks: each answered at once, within the limits.

describe('inputs that ran past every budget (issue 15 fuzz reproducers)', () => {
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="30mm" height="30mm" viewBox="0 0 30 30">${body}</svg>`;

  it('a <use> fan-out of empty groups is refused by the elements it expands to (it walked 2^22 nodes)', () => {
    let defs = '<defs><g id="f0"/>';
    for (let i = 1; i <= 22; i++) defs += `<g id="f${i}"><use href="#f${i - 1}"/><use href="#f${i - 1}"/></g>`;
    const r = importSvg(svg(`${defs}</defs><circle cx="15" cy="15" r="10" fill="#C8102E"/><use href="#f22"/>`));
    expect(r).toEqual({ ok: false, error: 'the file expands to more than 200,000 elements (each <use> copy counts)' });
  });

  it('a 200-byte file with a round stroke 1e9 wide is refused at once (it took 13 s and ~1 GB)', () => {
    const r = importSvg(svg('<path d="M5 5 L25 25 L5 25" fill="none" stroke="#000" stroke-width="1e9" stroke-linecap="round"/>'));
    expect(r).toEqual({ ok: false, error: '<path> on line 1 has a stroke 1.0e+9 mm wide; strokes up to 1,000 mm are accepted (check the file\'s units)' });
  });

  it('a polygon whose edges swing across each other thousands of times is refused before the engine sees it', () => {
    const pts = Array.from({ length: 6000 }, (_, i) => `${(18 + 0.001 * Math.cos(i)).toFixed(3)},${(10 + 8 * Math.sin(i * 0.37)).toFixed(3)}`).join(' ');
    const r = importSvg(svg(`<polygon points="${pts}" fill="#C8102E"/>`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^<polygon> on line 1 crosses over itself too often to be a pin part \(more than 1,000,000 pairs/);
  });

  it('1,000 fills stacked on one spot are refused as shapes piled on shapes, in a moment (they took over 10 s)', () => {
    const fills = Array.from({ length: 1000 }, (_, i) => `<rect x="${5 + (i % 3) * 0.001}" y="5" width="20" height="20" fill="${i === 999 ? '#FFC72C' : '#C8102E'}"/>`).join('');
    const r = importSvg(svg(`<circle cx="15" cy="15" r="14" fill="none" stroke="#000" stroke-width="0.5"/>${fills}`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('The artwork has 1,001 shapes piled on one spot; the limit is 200 (shapes pasted over and over themselves do this): remove the copies.');
  });

  it('a 256-step expanded radial gradient (Illustrator: Expand › 256 objects) is not taken for a pile', () => {
    const rings = Array.from({ length: 256 }, (_, i) => `<circle cx="15" cy="15" r="${(12 - i * 0.045).toFixed(3)}" fill="#${(0x200000 + i * 0x10101).toString(16).slice(-6)}"/>`).join('');
    const r = importSvg(svg(rings));
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
  });
});

describe('import budget', () => {
  it('a drawing still being read when its time is up is refused with the reason, not waited on', () => {
    const sample = readFileSync(new URL('../../../../test/fixtures/samples/mountain-badge.svg', import.meta.url), 'utf8');
    expect(importSvg(sample, { budgetMs: 0 })).toEqual({ ok: false, error: expect.stringMatching(/^the drawing is too complex to import: it was still being read after 0 s/) });
    expect(importSvg(sample).ok).toBe(true);
  });
});

describe('paint order under a deep stack', () => {
  it('120 fills each offset a little (each still shows a sliver) keep exactly the area each shows', () => {
    const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="30mm" viewBox="0 0 40 30">${body}</svg>`;
    const fills = Array.from({ length: 120 }, (_, i) => `<rect x="${(5 + i * 0.01).toFixed(2)}" y="5" width="20" height="20" fill="#C8102E"/>`).join('');
    const r = importSvg(svg(fills));
    if (!r.ok) throw new Error(r.error);
    const enamel = r.doc.order.map((id) => r.doc.items[id]!).filter((it) => it.kind === 'enamel-fill');
    expect(enamel).toHaveLength(120);
    const areas = enamel.map((it) => area(itemRegion(it)));
    // Each lower fill shows a 0.01 × 20 mm strip; the top one shows whole.
    for (const a of areas.slice(0, -1)) expect(a).toBeCloseTo(0.2, 6);
    expect(areas[areas.length - 1]).toBeCloseTo(400, 6);
  });
});
