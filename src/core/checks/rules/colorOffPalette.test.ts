import { pin, PMS } from '../../document/builders.ts';
import { testCheck } from '../../../../test/support/checkTester.ts';
import type { CheckDef, Options } from '../types.ts';
import { colorOffPalette } from './colorOffPalette.ts';

const base = () => pin().circleOutline(15, 15, 12);

testCheck(colorOffPalette as unknown as CheckDef<Options>, {
  valid: [
    { name: 'Pantone C codes', doc: base().rectFill(5, 5, 10, 10, PMS.red186).rectFill(15, 5, 10, 10, PMS.blue286).build() },
    { name: 'White is a stock enamel', doc: base().rectFill(5, 5, 10, 10, PMS.white).build() },
    { name: 'a code written loosely still counts', doc: base().rectFill(5, 5, 10, 10, { hex: '#C8102E', code: 'pms 186c' }).build() },
    { name: 'die-struck pins have no enamel colours to check', doc: base().rectFill(5, 5, 10, 10, '#55AA33').build(), profile: 'die-struck' },
  ],
  invalid: [
    {
      name: 'a custom green gets the nearest codes',
      doc: base().rectFill(5, 5, 10, 10, '#55AA33', { id: 'meadow' }).build(),
      errors: [{ messageId: 'custom', severity: 'error', items: ['meadow'], message: '361 C', suggestion: { kind: 'snap-color', code: '361 C' } }],
    },
    {
      name: 'three fills in one custom colour are one finding',
      doc: base().rectFill(5, 5, 3, 3, '#123456').rectFill(10, 5, 3, 3, '#123456').rectFill(15, 5, 3, 3, '#123456').build(),
      errors: [{ items: ['fill-2', 'fill-3', 'fill-4'] }],
    },
    {
      name: 'an uncoated code is a warning',
      doc: base().rectFill(5, 5, 10, 10, { hex: '#C8102E', code: '186 U' }).build(),
      errors: [{ messageId: 'uncoated', severity: 'warning' }],
    },
    {
      name: 'a code that does not exist is an error',
      doc: base().rectFill(5, 5, 10, 10, { hex: '#C8102E', code: '99999 C' }).build(),
      errors: [{ messageId: 'unknownCode', severity: 'error', message: '99999 C' }],
    },
    {
      name: 'two different custom colours: two findings',
      doc: base().rectFill(5, 5, 5, 5, '#123456').rectFill(12, 5, 5, 5, '#654321').rectFill(5, 12, 5, 5, PMS.red186).build(),
      errors: 2,
    },
  ],
});
