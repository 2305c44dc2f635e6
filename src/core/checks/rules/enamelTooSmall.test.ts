import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { PMS } from '../../document/builders.ts';
import { ellipsePath, rectPath } from '../../geometry/index.ts';
import type { CheckDef, Options } from '../types.ts';
import { enamelTooSmall } from './enamelTooSmall.ts';

// A yellow dot inside a metal ring in the red half: the ring (0.8 mm) leaves a hole of radius r − 0.4.
// The red half has a hole where the dot is, as imported art has (paint order).
const dot = (r: number) => barPin({ leftWidth: 0 }).fill([...rectPath(0, 0, 10, 10), ...ellipsePath(5, 5, r)], PMS.red186, { id: 'red', fillRule: 'evenodd' })
  .fill(ellipsePath(5, 5, r), PMS.yellow123, { id: 'dot' }).strokePath(ellipsePath(5, 5, r), 0.8, 'ring');

testCheck(enamelTooSmall as unknown as CheckDef<Options>, {
  valid: [
    { name: 'a 0.4 mm dot cell', doc: dot(0.6).build() },
    { name: 'big cells', doc: barPin().build() },
  ],
  invalid: [
    {
      name: 'a 0.2 mm dot cell cannot be filled',
      doc: dot(0.5).build(),
      errors: [{ messageId: 'small', severity: 'error', items: ['dot'], limit: 0.3, measured: 0.2, measuredWithin: 0.012 }],
    },
    { name: 'a long thin channel is enamel-too-narrow, not this', doc: barPin().line([[10.6, 0], [10.6, 10]], 0.4).build(), errors: 0 },
  ],
});
