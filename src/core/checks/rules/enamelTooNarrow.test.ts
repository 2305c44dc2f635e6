import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import type { CheckDef, Options } from '../types.ts';
import { enamelTooNarrow } from './enamelTooNarrow.ts';

// A second wall at x = 10 + gap + 0.4 makes a narrow channel of blue next to the divider.
const channel = (gap: number) => barPin().line([[10.2 + gap + 0.2, 0], [10.2 + gap + 0.2, 10]], 0.4, { id: 'wall2', cap: 'butt', join: 'miter' });

testCheck(enamelTooNarrow as unknown as CheckDef<Options>, {
  valid: [
    { name: 'rectangular cells: 90° corners are not narrow', doc: barPin().build() },
    { name: 'a 0.5 mm channel', doc: channel(0.5).build() },
    { name: 'exactly 0.35 mm passes', doc: channel(0.35).build() },
    {
      name: 'a sharp wedge tip is not reported unless asked',
      doc: barPin().line([[10, 5], [20, 1]], 0.4, { id: 'slant' }).build(),
    },
  ],
  invalid: [
    {
      name: 'a 0.2 mm channel is an error',
      doc: channel(0.2).build(),
      errors: [{ messageId: 'channel', severity: 'error', items: ['right'], measured: 0.2, limit: 0.3 }],
    },
    { name: 'a 0.33 mm channel is a warning', doc: channel(0.33).build(), errors: [{ messageId: 'channel', severity: 'warning', limit: 0.35 }] },
    {
      // The slant cuts the blue half into two cells: one with a wedge where the slant meets the rim,
      // one with a wedge and the cusp where the slant's round cap touches the wall. One warning per cell.
      name: 'wedge tips with reportTips: one warning per cell',
      doc: barPin().line([[10, 5], [20, 1]], 0.4, { id: 'slant' }).rule('enamel-too-narrow', { options: { reportTips: true } }).build(),
      errors: [{ messageId: 'tips', severity: 'warning' }, { messageId: 'tips', severity: 'warning' }],
    },
  ],
});
