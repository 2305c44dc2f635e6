import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { PMS } from '../../document/builders.ts';
import type { CheckDef, Options } from '../types.ts';
import { colorBleed } from './colorBleed.ts';

testCheck(colorBleed as unknown as CheckDef<Options>, {
  valid: [
    { name: 'fills meeting exactly on a 0.4 mm line centre', doc: barPin().build() },
    { name: 'a wall exactly at the 0.3 mm limit passes', doc: barPin({ wall: 0.3 }).build() },
    { name: 'the same colour on both sides needs no wall', doc: barPin({ wall: 0, right: PMS.red186 }).build() },
    { name: 'overlapping colours are fill-overlap, not bleed', doc: barPin({ wall: 0, leftWidth: 12 }).build() },
  ],
  invalid: [
    {
      name: 'two colours touching with no metal',
      doc: barPin({ wall: 0 }).build(),
      errors: [{ messageId: 'touch', severity: 'error', measured: 0, items: ['left', 'right'] }],
    },
    {
      name: 'a 0.15 mm wall: error, widen that line',
      doc: barPin({ wall: 0.15 }).build(),
      errors: [{ messageId: 'close', severity: 'error', measured: 0.15, limit: 0.2, items: ['left', 'right', 'wall'], suggestion: { kind: 'set-width', itemId: 'wall', width: 0.3 } }],
    },
    { name: 'a 0.25 mm wall: warning', doc: barPin({ wall: 0.25 }).build(), errors: [{ severity: 'warning', measured: 0.25, limit: 0.3 }] },
    {
      name: 'a colour stopping 0.1 mm from another with no wall',
      doc: barPin({ wall: 0, leftWidth: 9.9 }).build(),
      errors: [{ messageId: 'close', measured: 0.1 }],
    },
  ],
});
