import { pin } from '../../document/builders.ts';
import { rectPath } from '../../geometry/index.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { testCheck } from '../../../../test/support/checkTester.ts';
import type { CheckDef, Options } from '../types.ts';
import { metalTooThin } from './metalTooThin.ts';

const base = () => pin().circleOutline(15, 15, 12);

testCheck(metalTooThin as unknown as CheckDef<Options>, {
  valid: [
    { name: 'a 0.4 mm line', doc: base().line([[5, 15], [25, 15]], 0.4).build() },
    { name: 'exactly at the 0.3 mm warning limit passes', doc: base().line([[5, 15], [25, 15]], 0.3).build() },
    { name: 'a width of 0.3 written as 0.1 + 0.2 passes', doc: base().line([[5, 15], [25, 15]], 0.1 + 0.2).build() },
    { name: 'offset-printed pins have no metal dams', doc: base().line([[5, 15], [25, 15]], 0.1).build(), profile: 'offset-printed' },
  ],
  invalid: [
    {
      name: 'a 0.15 mm line is an error with a widen suggestion',
      doc: base().line([[5, 15], [25, 15]], 0.15, { id: 'thin' }).build(),
      errors: [{ messageId: 'lineError', severity: 'error', items: ['thin'], measured: 0.15, limit: 0.2, suggestion: { kind: 'set-width', width: 0.3 } }],
    },
    {
      name: 'a 0.25 mm line is a warning',
      doc: base().line([[5, 15], [25, 15]], 0.25, { id: 'w' }).build(),
      errors: [{ messageId: 'lineWarning', severity: 'warning', items: ['w'], measured: 0.25, limit: 0.3 }],
    },
    {
      name: 'exactly 0.2 mm is not an error but still a warning',
      doc: base().line([[5, 15], [25, 15]], 0.2).build(),
      errors: [{ severity: 'warning', limit: 0.3 }],
    },
    {
      name: 'two thin lines, one thick: two findings',
      doc: base().line([[5, 10], [25, 10]], 0.1).line([[5, 15], [25, 15]], 0.5).line([[5, 20], [25, 20]], 0.12).build(),
      errors: 2,
    },
    {
      name: 'document options override the profile',
      doc: base().line([[5, 15], [25, 15]], 0.45).rule('metal-too-thin', { options: { errorBelow: 0.5, warnBelow: 0.6 } }).build(),
      errors: [{ severity: 'error', limit: 0.5 }],
    },
    {
      name: 'severity "warning" downgrades errors',
      doc: base().line([[5, 15], [25, 15]], 0.1).rule('metal-too-thin', { severity: 'warning' }).build(),
      errors: [{ severity: 'warning' }],
    },
  ],
});

// Geometric pass: necks in metal areas and lines thinned by a cut.
testCheck(metalTooThin as unknown as CheckDef<Options>, {
  valid: [
    { name: 'two squares joined by a 0.4 mm bridge', doc: barPin().metalArea(rectPath(3, 3, 2, 2)).metalArea(rectPath(5, 3.8, 1, 0.4)).metalArea(rectPath(6, 3, 2, 2)).build() },
  ],
  invalid: [
    {
      name: 'two squares joined by a 0.1 mm neck',
      doc: barPin().metalArea(rectPath(3, 3, 2, 2), 'a').metalArea(rectPath(5, 3.95, 1, 0.1), 'neck').metalArea(rectPath(6, 3, 2, 2), 'b').build(),
      errors: [{ messageId: 'neck', severity: 'error', items: ['neck'], limit: 0.2 }],
    },
    {
      name: 'a 0.4 mm line thinned to 0.15 mm by a cut-out',
      doc: barPin().cutout(rectPath(9.85, 4, 3, 2), 'cut').build(),
      errors: [{ messageId: 'neck', severity: 'error', items: ['wall'] }],
    },
  ],
});
