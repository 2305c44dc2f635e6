import { pin } from '../../document/builders.ts';
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
