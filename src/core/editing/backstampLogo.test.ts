import { describe, expect, it } from 'vitest';
import { logoFromSvg } from './backstampLogo.ts';

describe('logoFromSvg', () => {
  it('makes one silhouette of fills and strokes, scaled to the width, origin at its top left', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="20mm" viewBox="0 0 40 20"><rect x="10" y="5" width="10" height="10" fill="#000"/><line x1="20" y1="10" x2="30" y2="10" stroke="#000" stroke-width="2"/></svg>';
    const r = logoFromSvg(svg, 8);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.widthMm).toBe(8);
    expect(r.value.heightMm).toBeCloseTo(8 * (10 / 20), 1);
    const xs = r.value.path.flatMap((sp) => sp.segments.map((s) => s.x));
    expect(Math.min(...xs)).toBeCloseTo(0, 6);
    expect(Math.max(...xs)).toBeCloseTo(8, 6);
  });
  it('explains an empty or broken logo', () => {
    expect(logoFromSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', 8)).toMatchObject({ ok: false });
    expect(logoFromSvg('<svg><g></svg>', 8)).toMatchObject({ ok: false, reason: expect.stringContaining('could not be read') });
  });
});
