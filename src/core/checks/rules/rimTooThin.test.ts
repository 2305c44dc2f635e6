import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { PMS } from '../../document/builders.ts';
import type { CheckDef, Options } from '../types.ts';
import { rimTooThin } from './rimTooThin.ts';

testCheck(rimTooThin as unknown as CheckDef<Options>, {
  valid: [
    { name: 'a 1 mm rim', doc: barPin().build() },
    { name: 'exactly 0.5 mm passes', doc: barPin({ rim: 0.5 }).build() },
    { name: 'below the line minimum is enamel-at-edge’s error, not this warning', doc: barPin({ rim: 0.15 }).build() },
  ],
  invalid: [
    { name: 'a 0.3 mm rim', doc: barPin({ rim: 0.3, wall: 0, right: PMS.red186 }).build(), errors: [{ messageId: 'thin', severity: 'warning', measured: 0.3, limit: 0.5 }] },
  ],
});
