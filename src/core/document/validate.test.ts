import { describe, expect, it } from 'vitest';
import { loadPinFile, savePinFile } from '../io/pinFile.ts';
import { pin, PMS } from './builders.ts';
import { migrate } from './migrations.ts';
import { formatProblems, placeInWords } from './validate.ts';

const good = () => pin('Badge').circleOutline(15, 15, 12).line([[5, 15], [25, 15]], 0.5).rectFill(8, 8, 4, 4, PMS.red186).build();
const text = (o: unknown) => JSON.stringify(o);
const problems = (t: string) => {
  const r = loadPinFile(t);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};
// Tests reach into the raw JSON shape on purpose, to break it in every way a file can be broken.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;
const mutate = (f: (d: Raw) => void) => {
  const d = good() as Raw;
  f(d);
  return text(d);
};

describe('.pin.json load and save', () => {
  it('round-trips exactly', () => {
    const doc = good();
    const r = loadPinFile(savePinFile(doc));
    expect(r.ok && r.doc).toEqual(doc);
    expect(savePinFile(doc)).toBe(savePinFile(structuredClone(doc)));
  });

  it('not JSON: says where', () => {
    const p = problems('{\n  "schemaVersion": 1,\n  "name": oops\n}');
    expect(p[0]!.where).toMatch(/line 3/);
    expect(p[0]!.what).toMatch(/not valid JSON/);
  });

  it('not an object', () => {
    expect(problems('[1,2]')[0]!.what).toMatch(/JSON object/);
    expect(problems('null')[0]!.what).toMatch(/JSON object/);
  });

  it('no schemaVersion, a bad one, a newer one', () => {
    expect(problems('{}')[0]).toEqual({ where: 'schemaVersion', what: expect.stringMatching(/missing/) });
    expect(problems(mutate((d) => { d.schemaVersion = 'one'; }))[0]!.what).toMatch(/whole number/);
    expect(problems(mutate((d) => { d.schemaVersion = 99; }))[0]!.what).toMatch(/newer Pinsmith/);
  });

  it('a wrong type names the field', () => {
    const p = problems(mutate((d) => { d.items['line-2'].width = 'thick'; }));
    expect(p).toContainEqual({ where: 'items.line-2.width', what: expect.stringMatching(/must be a number/) });
  });

  it('a missing field', () => {
    expect(problems(mutate((d) => { delete d.spec.process; }))).toContainEqual({ where: 'spec.process', what: expect.stringMatching(/missing/) });
  });

  it('an impossible number', () => {
    expect(problems(mutate((d) => { d.items['line-2'].width = -1; }))).toContainEqual({ where: 'items.line-2.width', what: expect.stringMatching(/greater than 0/) });
    expect(problems(mutate((d) => { d.spec.quantity = 0; }))[0]!.where).toBe('spec.quantity');
  });

  it('an unknown item kind', () => {
    expect(problems(mutate((d) => { d.items['line-2'].kind = 'laser-beam'; }))[0]).toEqual({ where: 'items.line-2.kind', what: expect.stringMatching(/unknown kind/) });
  });

  it('a bad enum value lists the allowed ones', () => {
    expect(problems(mutate((d) => { d.items['line-2'].cap = 'pointy'; }))[0]!.what).toMatch(/"butt", "round", "square"/);
  });

  it('a bad colour', () => {
    expect(problems(mutate((d) => { d.items['fill-3'].color.hex = 'red'; }))[0]).toEqual({ where: 'items.fill-3.color.hex', what: expect.stringMatching(/hex colour/) });
  });

  it('paint order and ids must agree', () => {
    expect(problems(mutate((d) => { d.order.push('ghost'); }))).toContainEqual({ where: 'order[3]', what: expect.stringMatching(/does not exist/) });
    expect(problems(mutate((d) => { d.order.push(d.order[0]); }))).toContainEqual({ where: 'order[3]', what: expect.stringMatching(/twice/) });
    expect(problems(mutate((d) => { d.order.pop(); }))).toContainEqual({ where: 'items.fill-3', what: expect.stringMatching(/paint order/) });
    expect(problems(mutate((d) => { d.items['line-2'].id = 'other'; }))[0]!.where).toBe('items.line-2.id');
  });

  it('a waiver without a comment', () => {
    expect(problems(mutate((d) => { d.checks.waivers.push({ rule: 'posts', items: [], at: { x: 0, y: 0 }, comment: '  ' }); }))[0]).toEqual({ where: 'checks.waivers[0].comment', what: expect.stringMatching(/comment/) });
  });

  it('NaN and Infinity cannot sneak in as numbers', () => {
    const p = problems(mutate((d) => { d.items['line-2'].path[0].segments[0].x = Infinity; }));
    expect(p[0]!.where).toBe('items.line-2.path[0].segments[0].x');
  });

  it('many problems are all listed (up to a cap)', () => {
    const p = problems(mutate((d) => { d.name = 1; d.artboard.width = 0; d.spec.plating = 'chocolate'; }));
    expect(p.length).toBeGreaterThanOrEqual(3);
  });
});

describe('migrations', () => {
  it('runs each step in order up to the current version', () => {
    const table = { 1: (d: Record<string, unknown>) => ({ ...d, a: 1 }), 2: (d: Record<string, unknown>) => ({ ...d, b: (d.a as number) + 1 }) };
    const r = migrate({ schemaVersion: 1 }, table, 3);
    expect(r).toEqual({ ok: true, from: 1, doc: { schemaVersion: 3, a: 1, b: 2 } });
  });

  it('a gap in the table is a clear error', () => {
    expect(migrate({ schemaVersion: 1 }, {}, 2)).toEqual({ ok: false, reason: 'no migration from format 1 to 2' });
  });
});

describe('messages a person reads (issue 15)', () => {
  it('say where in words, not as a data path, and never "Infinity"', () => {
    const r = loadPinFile(savePinFile(pin('P').circleOutline(15, 15, 12).line([[5, 15], [25, 15]], 0.4, { id: 'line-1' }).build()).replace('"width": 0.4', '"width": 1e999'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = formatProblems(r.problems);
    expect(text).toBe('Item "line-1", width: must be a number, found a number too large to use');
    expect(placeInWords('items.a.path[0].segments[12].hin.x')).toBe('item "a", path 1, segments 13, hin, x');
    expect(placeInWords('spec.thicknessMm')).toBe('spec, thickness mm');
  });
});

describe('document limits (issue 15)', () => {
  const base = () => pin('P').circleOutline(15, 15, 12).line([[5, 15], [25, 15]], 0.4, { id: 'line-1' });
  const refusal = (doc: unknown) => {
    const r = loadPinFile(JSON.stringify(doc));
    return r.ok ? 'accepted' : formatProblems(r.problems);
  };

  it('refuse what no pin is, naming the limit and the value', () => {
    const far = base().build();
    (far.items['line-1'] as { path: { segments: { x: number }[] }[] }).path[0]!.segments[0]!.x = -1e12;
    expect(refusal(far)).toBe('The metal line "line-1" has a coordinate at -1.0e+12 mm; coordinates within ±90 m are accepted (check the file\'s units).');
    const wide = base().build();
    (wide.items['line-1'] as { width: number }).width = 1e9;
    expect(refusal(wide)).toBe('The metal line "line-1"\'s width is 1.0e+9 mm; up to 1,000 mm is accepted.');
    const posts = base().spec({ posts: Array.from({ length: 100_000 }, () => ({ x: 1, y: 1 })) }).build();
    expect(refusal(posts)).toBe('The back has 100,000 posts; the limit is 20.');
    const stamp = base().spec({ backstamp: { kind: 'custom', text: 'W'.repeat(1_000_000), method: 'laser' } }).build();
    expect(refusal(stamp)).toBe('The backstamp text has 1,000,000 characters; the limit is 200.');
  });

  it('posts and text far out (reports once held Infinity for them) are refused at load', () => {
    expect(refusal(base().spec({ posts: [{ x: 1e300, y: 1 }] }).build())).toBe('A post has a coordinate at 1.0e+300 mm; coordinates within ±90 m are accepted (check the file\'s units).');
    const text = base().text('HI', 2, 'raised-metal', [5, 5], 'label').build();
    (text.items.label as { x: number }).x = -1e308;
    expect(refusal(text)).toMatch(/^The text "label" has a coordinate at -1\.0e\+308 mm/);
  });

  it('accept a pin within them', () => {
    expect(refusal(base().build())).toBe('accepted');
  });
});
