import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { PMS } from '../../document/builders.ts';
import type { CheckDef, Options } from '../types.ts';
import { enamelAtEdge } from './enamelAtEdge.ts';

testCheck(enamelAtEdge as unknown as CheckDef<Options>, {
  valid: [
    { name: 'a 1 mm rim whose outer edge is the die line', doc: barPin().build() },
    { name: 'a rim exactly at the 0.2 mm minimum', doc: barPin({ rim: 0.2 }).build() },
  ],
  invalid: [
    { name: 'no rim: enamel reaches the cut edge', doc: barPin({ rim: 0, wall: 0, right: PMS.red186 }).build(), errors: [{ messageId: 'atEdge', severity: 'error', measured: 0 }] },
    { name: 'no rim, two colours: one cause, one finding with its two places', doc: barPin({ rim: 0 }).build(), errors: 1 },
    { name: 'a 0.15 mm rim', doc: barPin({ rim: 0.15, wall: 0, right: PMS.red186 }).build(), errors: [{ messageId: 'nearEdge', measured: 0.15, limit: 0.2 }] },
  ],
});
