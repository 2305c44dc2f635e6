import { pin, PMS } from '../../document/builders.ts';
import { testCheck } from '../../../../test/support/checkTester.ts';
import type { CheckDef, Options } from '../types.ts';
import { processMismatch } from './processMismatch.ts';

const base = () => pin().circleOutline(15, 15, 12).rectFill(8, 8, 6, 6, PMS.red186, { id: 'f' });

testCheck(processMismatch as unknown as CheckDef<Options>, {
  valid: [
    { name: 'gold-plated hard enamel', doc: base().build() },
    { name: 'black nickel on hard enamel', doc: base().spec({ plating: 'black-nickel' }).build() },
    { name: 'dyed black on soft enamel', doc: base().spec({ process: 'soft-enamel', plating: 'dyed-black' }).profile('soft-enamel').build() },
    { name: 'glitter and epoxy on soft enamel', doc: base().spec({ process: 'soft-enamel', epoxyDome: true }).profile('soft-enamel').build() },
  ],
  invalid: [
    { name: 'dyed black metal on hard enamel', doc: base().spec({ plating: 'dyed-black' }).build(), errors: [{ messageId: 'hardPlating', severity: 'error', suggestion: { kind: 'set-spec', field: 'plating', value: 'black-nickel' } }] },
    { name: 'rainbow plating on hard enamel', doc: base().spec({ plating: 'rainbow' }).build(), errors: [{ messageId: 'hardPlating', severity: 'error' }] },
    { name: 'glitter on hard enamel', doc: pin().circleOutline(15, 15, 12).rectFill(8, 8, 6, 6, PMS.red186, { id: 'g', finish: 'glitter' }).build(), errors: [{ messageId: 'hardGlitter', severity: 'warning', items: ['g'] }] },
    { name: 'epoxy dome on hard enamel', doc: base().spec({ epoxyDome: true }).build(), errors: [{ messageId: 'hardEpoxy', severity: 'warning' }] },
    { name: 'enamel on a die-struck pin', doc: base().spec({ process: 'die-struck' }).profile('die-struck').build(), errors: [{ messageId: 'dieStruckEnamel', severity: 'error', items: ['f'] }] },
    { name: 'spec process differs from the profile', doc: base().spec({ process: 'soft-enamel' }).build(), errors: [{ messageId: 'profileProcess', severity: 'warning' }] },
  ],
});
