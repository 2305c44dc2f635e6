import { pin } from '../../document/builders.ts';
import { testCheck } from '../../../../test/support/checkTester.ts';
import type { CheckDef, Options } from '../types.ts';
import { sizeOutOfRange } from './sizeOutOfRange.ts';

testCheck(sizeOutOfRange as unknown as CheckDef<Options>, {
  valid: [
    { name: 'a 25 mm badge', doc: pin().circleOutline(15, 15, 12.5).build() },
    { name: 'exactly 12.7 mm (half an inch)', doc: pin().rectOutline(0, 0, 12.7, 5).build() },
    { name: 'exactly 76.2 mm (3 in)', doc: pin('big', 80, 80).rectOutline(0, 0, 76.2, 40).build() },
    { name: 'an empty document', doc: pin().build() },
  ],
  invalid: [
    { name: 'a 10 mm pin is too small', doc: pin().circleOutline(15, 15, 5, 'o').build(), errors: [{ messageId: 'small', severity: 'warning', measured: 10, limit: 12.7, items: ['o'], suggestion: { kind: 'set-size', longestSide: 12.7 } }] },
    { name: 'a 90 mm pin is too large', doc: pin('big', 100, 100).rectOutline(0, 0, 90, 30).build(), errors: [{ messageId: 'large', measured: 90, limit: 76.2 }] },
    { name: 'without a die line the artwork decides', doc: pin().line([[0, 0], [8, 0]], 0.5).build(), errors: [{ messageId: 'small' }] },
  ],
});
