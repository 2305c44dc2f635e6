import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { PMS } from '../../document/builders.ts';
import type { CheckDef, Options } from '../types.ts';
import { fillOverlap } from './fillOverlap.ts';

testCheck(fillOverlap as unknown as CheckDef<Options>, {
  valid: [
    { name: 'fills overlapping only under the wall', doc: barPin({ leftWidth: 10.15 }).build() },
    { name: 'same colour overlapping is fine', doc: barPin({ leftWidth: 15, right: PMS.red186 }).build() },
  ],
  invalid: [
    {
      name: 'red runs 1.5 mm into blue past the wall',
      doc: barPin({ leftWidth: 11.5 }).build(),
      errors: [{ messageId: 'overlap', severity: 'error', items: ['left', 'right'], measured: 1.3 * 8 }],
    },
    {
      name: 'overlap with no wall at all',
      doc: barPin({ wall: 0, leftWidth: 12 }).build(),
      errors: [{ measured: 2 * 8 }],
    },
  ],
});
