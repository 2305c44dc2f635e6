import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/core/checks/index.ts';
import { importSvg } from '../src/core/io/svg/import.ts';

// Real artwork is messy. Every case ends in a report with finite numbers, never an exception.
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="30mm" height="30mm" viewBox="0 0 30 30">
  <g id="outline"><circle cx="15" cy="15" r="14"/></g>${body}</svg>`;

const cases: Array<[string, string]> = [
  ['a self-intersecting (bow-tie) fill', '<g id="enamel"><path d="M5 5 L25 25 L25 5 L5 25 Z" fill="#C8102E"/></g>'],
  ['zero-length segments and duplicate points', '<g id="metal"><path d="M5 15 L5 15 L10 15 L10 15 L10 15 L20 15" fill="none" stroke="#000" stroke-width="0.4"/></g>'],
  ['a dot made of a zero-length stroke', '<g id="metal"><path d="M15 15 h0" stroke="#000" stroke-width="1" stroke-linecap="round"/></g>'],
  ['an open path with a fill', '<g id="enamel"><path d="M5 5 L25 5 L25 25" fill="#0032A0"/></g>'],
  ['a degenerate fill (all points on a line)', '<g id="enamel"><path d="M5 5 L10 10 L15 15 Z" fill="#0032A0"/></g>'],
  ['overlapping same-colour fills with holes', '<g id="enamel"><path fill-rule="evenodd" d="M2 2 H28 V28 H2 Z M10 10 H20 V20 H10 Z" fill="#C8102E"/><rect x="8" y="8" width="14" height="14" fill="#C8102E"/></g>'],
  ['huge coordinate offsets cancelled by a transform', '<g transform="translate(-50000,-50000)"><g id="enamel"><rect x="50005" y="50005" width="20" height="20" fill="#FFC72C"/></g></g>'],
  ['a metal line with a spiky miter join', '<g id="metal"><polyline points="5,20 15,5 25,20" fill="none" stroke="#000" stroke-width="0.5" stroke-linejoin="miter" stroke-miterlimit="50"/></g>'],
];

describe('messy artwork never breaks the checks', () => {
  it.each(cases)('%s', (_name, body) => {
    const imported = importSvg(svg(body));
    expect(imported.ok, imported.ok ? '' : imported.error).toBe(true);
    if (!imported.ok) return;
    const run = runChecks(imported.doc);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    for (const v of run.report.violations) {
      expect(Number.isFinite(v.at.x) && Number.isFinite(v.at.y), JSON.stringify(v)).toBe(true);
      if (v.measured !== undefined) expect(Number.isFinite(v.measured), JSON.stringify(v)).toBe(true);
      for (const ring of v.region ?? []) expect(ring.every(Number.isFinite)).toBe(true);
    }
  });
});
