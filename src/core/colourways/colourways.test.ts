import { describe, expect, it } from 'vitest';
import { barPin } from '../../../test/support/pins.ts';
import { PMS } from '../document/builders.ts';
import { validateDocument } from '../document/validate.ts';
import type { Colourway } from '../document/types.ts';
import { checkColourways, colourwayDoc, pinColours, unusedMappings } from './colourways.ts';

const blueEdition: Colourway = { id: 'cw-blue', name: 'Blue LE', map: [{ from: '186 C', to: PMS.blue286 }], plating: 'black-nickel', editionSize: 100 };

describe('colourways', () => {
  it('a colour map recolours the fills of that colour, keeps the rest, and sets the plating', () => {
    const doc = barPin({ right: PMS.yellow123 }).build();
    const blue = colourwayDoc(doc, blueEdition);
    expect(blue.items.left).toMatchObject({ color: PMS.blue286 });
    expect(blue.items.right).toBe(doc.items.right);
    expect(blue.items.wall).toBe(doc.items.wall);
    expect(blue.spec.plating).toBe('black-nickel');
    // The pin itself is untouched.
    expect(doc.items.left).toMatchObject({ color: PMS.red186 });
    expect(pinColours(blue).map((c) => c.code)).toEqual(['286 C', '123 C']);
  });
  it('each colourway is checked on its own: what one colour map changes shows in that colourway only', () => {
    // Red and blue touching without a wall: a bleed as drawn.
    const doc = { ...barPin({ wall: 0 }).build(), colourways: [
      { id: 'one', name: 'All red', map: [{ from: '286 C', to: PMS.red186 }] },
      { id: 'odd', name: 'Custom', map: [{ from: '186 C', to: { hex: '#123456' } }] },
    ] };
    const verdicts = checkColourways(doc);
    expect(verdicts.map((v) => v.name)).toEqual(['As drawn', 'All red', 'Custom']);
    const rules = verdicts.map((v) => (v.result.ok ? [...new Set(v.result.report.violations.map((x) => x.rule))].sort() : ['failed']));
    expect(rules[0]).toContain('color-bleed');
    // One colour on both sides: no wall needed.
    expect(rules[1]).not.toContain('color-bleed');
    // A colour without a PMS code: off the palette, in that colourway only.
    expect(rules[2]).toContain('color-off-palette');
    expect(rules[0]).not.toContain('color-off-palette');
  });
  it('says which mappings name a colour the pin does not have; old pins without colourways still load', () => {
    const doc = barPin().build();
    expect(unusedMappings(doc, { ...blueEdition, map: [...blueEdition.map, { from: '300 C', to: PMS.white }] })).toEqual(['300 C']);
    expect(validateDocument(doc).ok).toBe(true);
    expect(validateDocument({ ...doc, colourways: [blueEdition] }).ok).toBe(true);
    expect(validateDocument({ ...doc, colourways: [{ ...blueEdition, name: ' ' }] }).ok).toBe(false);
  });
});
