import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { ellipsePath } from '../../geometry/index.ts';
import { pin, PMS } from '../../document/builders.ts';
import type { CheckDef, Options } from '../types.ts';
import { fillGap } from './fillGap.ts';

testCheck(fillGap as unknown as CheckDef<Options>, {
  valid: [
    { name: 'fills meet under the wall, rim outer edge on the die line', doc: barPin().build() },
    { name: 'a fill stopping at the wall edge (not its centre)', doc: barPin({ leftWidth: 9.8 }).build() },
    {
      name: 'a round badge: rim ring on the die line, fill under the ring, curves flattened separately',
      doc: pin('Round', 30, 30).circleOutline(15, 15, 12.5).strokePath(ellipsePath(15, 15, 12), 1).fill(ellipsePath(15, 15, 12.2), PMS.red186).build(),
    },
    { name: 'no die line: nothing to compare with', doc: pin().rectFill(0, 0, 5, 5, PMS.red186).line([[6, 0], [6, 5]], 0.4).build() },
  ],
  invalid: [
    {
      name: 'a fill stopping 0.15 mm short of the wall leaves a sliver',
      doc: barPin({ leftWidth: 9.65 }).build(),
      errors: [{ messageId: 'sliver', severity: 'error', measured: 1.2, suggestion: { kind: 'extend-fill', itemId: 'left', code: '186 C' } }],
    },
    { name: 'a forgotten cell', doc: barPin({ right: null }).build(), errors: [{ messageId: 'cell', measured: 8.8 * 8 }] },
    {
      name: 'two separate slivers are two findings',
      doc: barPin({ leftWidth: 9.65 }).rectFill(0, 0, 10, 10, PMS.red186, { id: 'x' }).build(),
      errors: 0,
    },
  ],
});
