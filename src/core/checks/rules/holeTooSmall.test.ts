import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import { ellipsePath } from '../../geometry/index.ts';
import type { CheckDef, Options } from '../types.ts';
import { holeTooSmall } from './holeTooSmall.ts';

testCheck(holeTooSmall as unknown as CheckDef<Options>, {
  valid: [
    { name: 'no cut-outs', doc: barPin().build() },
    { name: 'a 2 mm hole well inside', doc: barPin().cutout(ellipsePath(5, 5, 1), 'hole').build() },
    { name: 'exactly 1.2 mm', doc: barPin().cutout(ellipsePath(5, 5, 0.6), 'hole').build() },
  ],
  invalid: [
    { name: 'a 1 mm hole', doc: barPin().cutout(ellipsePath(5, 5, 0.5), 'hole').build(), errors: [{ messageId: 'hole', severity: 'error', items: ['hole'], measured: 1, measuredWithin: 0.012, limit: 1.2 }] },
    { name: 'a hole 0.8 mm from the edge leaves a thin bridge', doc: barPin().cutout(ellipsePath(5, 1.8, 1), 'hole').build(), errors: [{ messageId: 'bridge', severity: 'error', items: ['hole'], limit: 1.2 }] },
  ],
});
