import { pin, PMS } from '../../document/builders.ts';
import { testCheck } from '../../../../test/support/checkTester.ts';
import type { CheckDef, Options } from '../types.ts';
import { tooManyColors } from './tooManyColors.ts';

const withColors = (n: number) => {
  const codes = [PMS.red186, PMS.blue286, PMS.yellow123, PMS.green362, PMS.sky291, PMS.black, PMS.white];
  const b = pin().circleOutline(15, 15, 14);
  for (let i = 0; i < n; i++) b.rectFill(2 + i * 3.5, 12, 3, 3, codes[i]!);
  return b;
};

const uncolouredText = () => {
  const doc = withColors(5).text('LE', 3, 'recessed-enamel', [5, 25], 'le').build();
  const le = doc.items.le!;
  if (le.kind === 'text') delete le.color;
  return doc;
};

testCheck(tooManyColors as unknown as CheckDef<Options>, {
  valid: [
    { name: 'five colours is the usual quote', doc: withColors(5).build() },
    { name: 'the same colour many times counts once', doc: pin().circleOutline(15, 15, 14).rectFill(2, 2, 3, 3, PMS.red186).rectFill(8, 2, 3, 3, PMS.red186).rectFill(14, 2, 3, 3, PMS.red186).build() },
  ],
  invalid: [
    { name: 'six colours', doc: withColors(6).build(), errors: [{ messageId: 'many', severity: 'warning', measured: 6, limit: 5 }] },
    // Recessed text without a colour of its own is filled White, as the proof and the areas count it.
    { name: 'five colours plus uncoloured recessed text: White makes six', doc: uncolouredText(), errors: [{ measured: 6, limit: 5 }] },
    { name: 'seven colours with a stricter limit', doc: withColors(7).rule('too-many-colors', { options: { max: 3 } }).build(), errors: [{ measured: 7, limit: 3 }] },
  ],
});
