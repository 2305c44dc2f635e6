// The proof as a factory's RIP separates it (Ghostscript tiffsep): every enamel colour on a named
// spot plate of its own (a custom colour too, never on the process plates), a hole empty on every
// plate, callouts and the cut line knocking nothing out of the art.
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleAssets } from '../src/cli/assets.ts';
import { buildBundle, type Bundle } from '../src/core/export/bundle.ts';
import { calloutPlacements } from '../src/core/export/callouts.ts';
import { CALLOUT_R, proofViews } from '../src/core/export/proofPdf.ts';
import { toPt, type View } from '../src/core/export/proofArt.ts';
import { renderPage, separations, type Plate } from './support/separations.ts';
import { deltaEHex } from '../src/core/palette/palette.ts';
import { badgeWithHoleAndCustomSun } from './support/pins.ts';

const DPI = 200;

let bundle: Bundle;
let plates: Map<string, Plate>;
let H: number;
const at = (v: View, x: number, y: number) => {
  const p = toPt(v, x, y);
  return { px: (p.x * DPI) / 72, py: ((H - p.y) * DPI) / 72 };
};
const inkAt = (plate: string, v: View, x: number, y: number) => {
  const q = at(v, x, y);
  const p = plates.get(plate);
  if (!p) throw new Error(`no plate named "${plate}" (plates: ${[...plates.keys()].join(', ')})`);
  return p.ink(q.px, q.py);
};

beforeAll(async () => {
  const r = await buildBundle(badgeWithHoleAndCustomSun(), await nodeBundleAssets(), { date: '2026-11-30' });
  if (!r.ok) throw new Error(r.reason);
  bundle = r.value;
  plates = separations(bundle.pdf, DPI);
  H = proofViews(bundle.facts).size[1];
}, 180_000);

describe('proof.pdf separations', () => {
  it('gives each enamel colour its own named spot plate, a custom colour too (matched to its nearest PMS code)', () => {
    const names = [...plates.keys()];
    for (const n of ['PANTONE 7727 C', 'PANTONE 291 C', 'PANTONE 362 C', 'PANTONE 2040 C', 'Metal gold', 'CutContour']) expect(names).toContain(n);
    const sun = bundle.facts.colours.find((c) => c.color.hex === '#E0115F')!;
    expect(sun.label).toBe('custom #E0115F → matched to PMS 2040 C, ΔE 1.3');
    const { big } = proofViews(bundle.facts);
    expect(inkAt('PANTONE 2040 C', big, 8, 5)).toBe(1);
    // Nothing of the custom colour lands on the process plates.
    for (const process of ['Cyan', 'Magenta', 'Yellow', 'Black']) expect(inkAt(process, big, 7.2, 4.6)).toBe(0);
  });

  it('leaves the hole empty on every plate, in both front views; the sky around it is inked', () => {
    const { big, actual } = proofViews(bundle.facts);
    for (const v of [big, actual]) {
      for (const [name, plate] of plates) {
        const q = at(v, 17, 6);
        expect(plate.ink(q.px, q.py), `${name} at the hole's centre`).toBe(0);
      }
    }
    for (const [x, y] of [[17.9, 6], [16.2, 6.4], [17, 5.1]]) for (const [name] of plates) expect(inkAt(name, big, x!, y!), `${name} inside the hole`).toBe(0);
    expect(inkAt('PANTONE 291 C', big, 17, 3.5)).toBe(1);
    expect(inkAt('PANTONE 291 C', big, 19.5, 6)).toBe(1);
  });

  it('callouts and the cut line overprint: the art plates under them keep their ink', () => {
    const { big } = proofViews(bundle.facts);
    const placed = calloutPlacements(bundle.facts.colours, big.k, CALLOUT_R, 0, (q) => toPt(big, q.x, q.y));
    expect(placed.filter((c) => c.inside).length).toBeGreaterThan(0);
    for (const c of placed.filter((p) => p.inside)) {
      const colour = bundle.facts.colours.find((x) => x.n === c.n)!;
      expect(inkAt(colour.spotName, big, c.at.x, c.at.y), `${colour.spotName} under its callout`).toBe(1);
    }
    // On the die line itself the metal plate is inked: the CutContour stroke knocks out nothing.
    for (let a = 0; a < 6; a++) {
      const t = (a / 6) * 2 * Math.PI;
      expect(inkAt('Metal gold', big, 12.5 + 12.49 * Math.cos(t), 12.5 + 12.49 * Math.sin(t)), `metal at the die line, ${a * 60}°`).toBe(1);
      expect(inkAt('CutContour', big, 12.5 + 12.5 * Math.cos(t), 12.5 + 12.5 * Math.sin(t))).toBeGreaterThan(0);
    }
  });
});

describe('proof.pdf as viewers draw it', () => {
  it('shows every colour as itself in poppler and Ghostscript (the output intent must not shift them)', () => {
    const { big } = proofViews(bundle.facts);
    const points: Array<[string, number, number]> = [['PANTONE 291 C', 20, 4], ['PANTONE 7727 C', 12, 14], ['PANTONE 362 C', 6, 20.5], ['PANTONE 2040 C', 7.2, 4.6]];
    for (const engine of ['poppler', 'ghostscript'] as const) {
      const page = renderPage(bundle.pdf, 100, engine);
      for (const [name, x, y] of points) {
        const c = bundle.facts.colours.find((k) => k.spotName === name)!;
        const p = toPt(big, x, y);
        const seen = page.hex((p.x * 100) / 72, ((H - p.y) * 100) / 72);
        expect(deltaEHex(seen, c.inkHex), `${engine}: ${name} drawn ${seen}, is ${c.inkHex}`).toBeLessThan(3);
      }
    }
  }, 180_000);
});
