import { testCheck } from '../../../../test/support/checkTester.ts';
import { barPin } from '../../../../test/support/pins.ts';
import type { CheckDef, Options } from '../types.ts';
import { textTooSmall } from './textTooSmall.ts';

testCheck(textTooSmall as unknown as CheckDef<Options>, {
  valid: [
    { name: 'raised text at 1.5 mm', doc: barPin().text('LE 100', 1.5, 'raised-metal', [2, 8]).build() },
    { name: 'recessed text at 1 mm', doc: barPin().text('2026', 1, 'recessed-enamel', [2, 8]).build() },
  ],
  invalid: [
    { name: 'raised text at 0.8 mm', doc: barPin().text('LE 100', 0.8, 'raised-metal', [2, 8], 'le').build(), errors: [{ messageId: 'metalError', severity: 'error', items: ['le'], measured: 0.8, limit: 1, suggestion: { kind: 'set-text-size', itemId: 'le', size: 1.5 } }] },
    { name: 'raised text at 1.2 mm', doc: barPin().text('LE 100', 1.2, 'raised-metal', [2, 8]).build(), errors: [{ messageId: 'metalWarning', severity: 'warning', limit: 1.5 }] },
    { name: 'recessed text at 0.9 mm', doc: barPin().text('2026', 0.9, 'recessed-enamel', [2, 8]).build(), errors: [{ messageId: 'recessed', severity: 'error' }] },
  ],
});
