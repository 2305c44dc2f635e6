import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { PMS } from '../../document/builders.ts';
import type { CheckDef, Options } from '../types.ts';
import { outsideOutline } from './outsideOutline.ts';

testCheck(outsideOutline as unknown as CheckDef<Options>, {
  valid: [
    { name: 'a rim whose outer edge is exactly the die line', doc: barPin().build() },
    { name: 'fills drawn exactly to the die line', doc: barPin({ rim: 0 }).build() },
  ],
  invalid: [
    {
      name: 'enamel beyond the die line',
      doc: barPin().rectFill(18, 2, 4, 3, PMS.blue286, { id: 'stray' }).build(),
      errors: [{ messageId: 'enamel', severity: 'error', items: ['stray'], measured: 6 }],
    },
    {
      name: 'a metal line beyond the die line',
      doc: barPin().line([[5, 5], [5, 12]], 0.5, { id: 'drip', cap: 'butt' }).build(),
      errors: [{ messageId: 'metal', severity: 'warning', items: ['drip'], measured: 1 }],
    },
  ],
});
