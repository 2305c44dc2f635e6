import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/core/checks/index.ts';
import { pin, PMS } from '../src/core/document/builders.ts';
import { loadPinFile, savePinFile } from '../src/core/io/pinFile.ts';
import { importSvg } from '../src/core/io/svg/import.ts';

// Every input ends in a document or a clear error: never an exception, never a hang, never NaN.

const SAMPLE = readFileSync(new URL('./fixtures/samples/mountain-badge-problems.svg', import.meta.url), 'utf8');
const FIXTURE = readFileSync(new URL('./fixtures/svg/illustrator-badge.svg', import.meta.url), 'utf8');

function mangle(text: string, edits: Array<{ at: number; del: number; ins: string }>): string {
  let t = text;
  for (const e of edits) {
    const at = Math.floor(e.at * t.length);
    t = t.slice(0, at) + e.ins + t.slice(at + e.del);
  }
  return t;
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat(12),
  ins: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('<', '>', '"', '/>', '<g>', '</g>', 'NaN', '1e999', '-', '.', 'a1 1 0 1', 'url(#x)', '&x;', 'transform="skewX(89.9999)"', 'width="0"', '<use href="#outline"/>')),
});

const tokens = fc.constantFrom('M', 'L', 'C', 'Q', 'A', 'Z', 'H', 'V', 'm', 'a', 'z', ' ', ',', '0', '1', '-2.5', '.5', '1e3', '1e-9', '00', 'NaN', 'Infinity', '1e308');
const pathData = fc.array(tokens, { maxLength: 40 }).map((t) => t.join(' '));
const shape = fc.oneof(
  pathData.map((d) => `<path d="${d}" fill="#C8102E" stroke="#000" stroke-width="0.3"/>`),
  fc.tuple(fc.double({ min: -1e6, max: 1e6 }), fc.double({ min: -10, max: 50 }), fc.double({ min: -10, max: 50 })).map(([r, cx, cy]) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#FFC72C"/>`),
  fc.array(fc.double({ min: -1e9, max: 1e9 }), { maxLength: 9 }).map((n) => `<polyline points="${n.join(',')}" stroke="#000" fill="none" stroke-width="0.2"/>`),
  fc.tuple(fc.constantFrom('matrix(0 0 0 0 0 0)', 'scale(0)', 'scale(1e-12)', 'rotate(45)', 'skewX(90)', 'translate(1e9)', 'scale(-1 1)', 'garbage(1)'), pathData).map(([t, d]) => `<path transform="${t}" d="M1 1 L5 5 ${d}" stroke="#000" stroke-width="1"/>`),
);
const layer = fc.constantFrom('', 'id="metal"', 'id="enamel"', 'id="outline"');
const randomSvg = fc.tuple(fc.constantFrom('width="20mm" height="20mm" viewBox="0 0 20 20"', 'viewBox="0 0 0 0"', 'width="1e400mm"', '', 'width="10pt" height="5"'), fc.array(fc.tuple(layer, fc.array(shape, { maxLength: 5 })), { maxLength: 4 }))
  .map(([attrs, groups]) => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${groups.map(([l, s]) => `<g ${l}>${s.join('')}</g>`).join('')}</svg>`);

function importAndCheck(text: string): void {
  const r = importSvg(text);
  if (!r.ok) {
    expect(typeof r.error).toBe('string');
    expect(r.error.length).toBeGreaterThan(5);
    return;
  }
  const run = runChecks(r.doc);
  expect(run.ok).toBe(true);
  if (!run.ok) return;
  for (const v of run.report.violations) {
    expect(Number.isFinite(v.at.x) && Number.isFinite(v.at.y), JSON.stringify(v)).toBe(true);
    if (v.measured !== undefined) expect(Number.isFinite(v.measured)).toBe(true);
  }
  // Whatever the importer produced must survive save and load.
  const back = loadPinFile(savePinFile(r.doc));
  expect(back.ok, !back.ok ? JSON.stringify(back.problems.slice(0, 3)) : '').toBe(true);
}

describe('property: hostile SVG never throws', () => {
  it('random SVG from shapes, path tokens, transforms', () => {
    fc.assert(fc.property(randomSvg, (text) => importAndCheck(text)), { numRuns: 300 });
  });

  it('real files mangled at random', () => {
    fc.assert(fc.property(fc.constantFrom(SAMPLE, FIXTURE), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => importAndCheck(mangle(text, edits))), { numRuns: 300 });
  });

  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => importAndCheck(s)), { numRuns: 300 });
  });
});

describe('property: broken .pin.json never throws', () => {
  const good = savePinFile(pin('Fuzz').circleOutline(15, 15, 12).line([[5, 15], [25, 15]], 0.4).rectFill(8, 8, 4, 4, PMS.red186).build());

  it('mangled project files load or give readable problems', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const r = loadPinFile(mangle(good, edits));
      if (r.ok) {
        expect(runChecks(r.doc).ok || true).toBe(true);
      } else {
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) expect(typeof p.where === 'string' && typeof p.what === 'string').toBe(true);
      }
    }), { numRuns: 400 });
  });

  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const r = loadPinFile(JSON.stringify(v) ?? 'null');
      expect(r.ok).toBe(false);
    }), { numRuns: 300 });
  });
});
