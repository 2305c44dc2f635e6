import { differenceCiede2000 } from 'culori';
import { describe, expect, it } from 'vitest';
import { ciede2000, codeKey, loadChart, pantoneSolidCoated, writeAse } from './index.ts';
import { parseCsvChart } from './formats/csv.ts';
import { parseGplChart } from './formats/gpl.ts';
import { parseJsonChart } from './formats/json.ts';

const pal = pantoneSolidCoated();

describe('Pantone Solid Coated palette', () => {
  it('has the 2,390 codes plus White', () => {
    expect(pal.size).toBe(2391);
    expect(pal.find('White')?.kind).toBe('stock');
  });

  it.each(['186 C', 'pms 186c', 'PANTONE 186 C', '186c', '186-C', ' 186  c ', '186'])('finds 186 C from "%s"', (q) => {
    expect(pal.find(q)?.code).toBe('186 C');
  });

  it('finds named codes and keeps leading zeros', () => {
    expect(pal.find('cool gray 7c')?.code).toBe('Cool Gray 7 C');
    expect(pal.find('Blue 072 C')?.hex).toBeDefined();
    expect(pal.find('Bright Green C')).toBeUndefined(); // discontinued, not in this edition
  });

  it('finds by hex in any case and short form', () => {
    expect(pal.findHex('#c8102e')?.code).toBe('186 C');
    expect(pal.findHex('fff')?.code).toBe('White');
    expect(pal.findHex('#123456')).toBeUndefined();
  });

  it('nearest: an exact hex is ΔE 0; results are sorted', () => {
    const n = pal.nearest('#C8102E', 5);
    expect(n[0]!.entry.code).toBe('186 C');
    expect(n[0]!.deltaE).toBe(0);
    for (let i = 1; i < n.length; i++) expect(n[i]!.deltaE).toBeGreaterThanOrEqual(n[i - 1]!.deltaE);
  });

  it('the pruned nearest search agrees with a brute-force culori search on 150 colours', () => {
    const de = differenceCiede2000();
    for (let i = 0; i < 150; i++) {
      const hex = `#${(((i + 1) * 2654435761) >>> 8 & 0xffffff).toString(16).padStart(6, '0')}`;
      const brute = pal.entries.filter((e) => !e.ink).map((e) => ({ code: e.code, d: de(hex, e.hex) })).sort((a, b) => a.d - b.d).slice(0, 3);
      const got = pal.nearest(hex, 3);
      got.forEach((m, k) => expect(m.deltaE, hex).toBeCloseTo(brute[k]!.d, 9));
      const all = pal.entries.map((e) => ({ code: e.code, d: de(hex, e.hex) })).sort((a, b) => a.d - b.d).slice(0, 3);
      pal.nearest(hex, 3, { includeSpecialInks: true }).forEach((m, k) => expect(m.deltaE, hex).toBeCloseTo(all[k]!.d, 9));
    }
  });

  it('never offers a fluorescent or metallic ink for an ordinary colour (#FCEA2B is nearest to the neon 803 C)', () => {
    expect(pal.nearest('#FCEA2B', 1, { includeSpecialInks: true })[0]!.entry.code).toBe('803 C');
    expect(pal.nearest('#FCEA2B', 3).map((m) => m.entry.code)).not.toContain('803 C');
    expect(pal.nearest('#FCEA2B', 1)[0]!.entry.code).toBe('3945 C');
    expect(pal.entries.filter((e) => e.ink === 'fluorescent').map((e) => e.code)).toEqual(['801 C', '802 C', '803 C', '804 C', '805 C', '806 C', '807 C']);
    expect(pal.entries.filter((e) => e.ink === 'metallic').length).toBe(7);
  });

  it('nearest agrees with culori over every entry', () => {
    const de = differenceCiede2000();
    const n = pal.nearest('#55AA33', 3);
    const brute = pal.entries.map((e) => ({ code: e.code, d: de('#55AA33', e.hex) })).sort((a, b) => a.d - b.d).slice(0, 3);
    expect(n.map((m) => m.entry.code)).toEqual(brute.map((b) => b.code));
    n.forEach((m, i) => expect(m.deltaE).toBeCloseTo(brute[i]!.d, 9));
  });

  it('search by code fragment', () => {
    expect(pal.search('186').map((e) => e.code)).toContain('186 C');
    expect(pal.search('warm red')[0]!.code).toBe('Warm Red C');
  });
});

describe('CIEDE2000', () => {
  // Sharma, Wu, Dalal (2005) test data, pairs 1, 7, 13, 17, 25, 34.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])('%j vs %j = %d', (a, b, want) => {
    expect(ciede2000(a[0]!, a[1]!, a[2]!, b[0]!, b[1]!, b[2]!)).toBeCloseTo(want, 4);
  });
});

describe('factory charts', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('JSON list or {colors}', () => {
    const r = parseJsonChart('{"name":"Factory","colors":[{"code":"186 C","hex":"#c8102e"},{"code":"Glow Green","lab":[90,-30,40]}]}');
    expect(r.ok && r.value.map((e) => [e.code, e.kind])).toEqual([['186 C', 'pantone-c'], ['Glow Green', 'custom']]);
    expect(parseJsonChart('{"colors":[{"hex":"#fff"}]}')).toMatchObject({ ok: false, reason: expect.stringMatching(/no "code"/) });
  });

  it('CSV with hex, with r/g/b, semicolons and quotes', () => {
    const a = parseCsvChart('code,name,hex\n186 C,"Red, bright",#C8102E\n');
    expect(a.ok && a.value[0]).toMatchObject({ code: '186 C', name: 'Red, bright', hex: '#C8102E' });
    const b = parseCsvChart('Pantone;R;G;B\n123 C;255;199;44\n');
    expect(b.ok && b.value[0]!.hex).toBe('#FFC72C');
    expect(parseCsvChart('code,name\nx,y')).toMatchObject({ ok: false, reason: expect.stringMatching(/hex/) });
    expect(parseCsvChart('code,r,g,b\nx,300,0,0')).toMatchObject({ ok: false, reason: expect.stringMatching(/row 2/) });
  });

  it('GIMP .gpl', () => {
    const r = parseGplChart('GIMP Palette\nName: Stock\nColumns: 4\n#\n200  16  46\tPANTONE 186 C\n255 255 255 White\n');
    expect(r.ok && r.value.map((e) => [e.code, e.hex])).toEqual([['186 C', '#C8102E'], ['White', '#FFFFFF']]);
    expect(parseGplChart('not a palette')).toMatchObject({ ok: false });
  });

  it('Adobe .ase round-trips (Lab and RGB, spot and process)', () => {
    const entries = [pal.find('186 C')!, pal.find('White')!];
    const r = loadChart('swatches.ase', writeAse(entries, 'My pin'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entries.map((e) => e.code)).toEqual(['186 C', 'White']);
    expect(r.value.entries[0]!.lab![0]).toBeCloseTo(44.69, 3);
    expect(r.value.entries[1]!.hex).toBe('#FFFFFF');
  });

  it('broken .ase files give clear errors', () => {
    expect(loadChart('x.ase', bytes('hello'))).toMatchObject({ ok: false, reason: expect.stringMatching(/ASEF/) });
    const good = writeAse([pal.find('186 C')!]);
    expect(loadChart('x.ase', good.slice(0, good.length - 5))).toMatchObject({ ok: false, reason: expect.stringMatching(/past the end|truncated|ends early/) });
    expect(loadChart('x.pdf', good)).toMatchObject({ ok: false, reason: expect.stringMatching(/JSON, CSV/) });
  });

  it('codeKey ignores case, spaces and prefixes', () => {
    expect(codeKey('PANTONE  Cool Gray 7 C')).toBe('coolgray7c');
  });
});
