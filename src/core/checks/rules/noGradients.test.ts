import { pin, PMS } from '../../document/builders.ts';
import { testCheck } from '../../../../test/support/checkTester.ts';
import type { CheckDef, Options } from '../types.ts';
import { noGradients } from './noGradients.ts';

const base = () => pin().circleOutline(15, 15, 12);

testCheck(noGradients as unknown as CheckDef<Options>, {
  valid: [
    { name: 'flat colours', doc: base().rectFill(5, 5, 10, 10, PMS.red186).build() },
    {
      name: 'offset printing can print gradients',
      doc: base().rectFill(5, 5, 10, 10, PMS.red186, { paintIssues: [{ kind: 'gradient', detail: 'linear gradient' }] }).build(),
      profile: 'offset-printed',
    },
  ],
  invalid: [
    {
      name: 'a gradient fill',
      doc: base().rectFill(5, 5, 10, 10, PMS.red186, { id: 'g', paintIssues: [{ kind: 'gradient', detail: 'linear gradient #C8102E → #0033A0' }] }).build(),
      errors: [{ messageId: 'paint', severity: 'error', items: ['g'], message: 'linear gradient', suggestion: { kind: 'flatten-paint' } }],
    },
    {
      name: 'opacity and an image: one finding per fill',
      doc: base()
        .rectFill(5, 5, 5, 5, PMS.red186, { paintIssues: [{ kind: 'opacity', detail: 'opacity 50%' }] })
        .rectFill(12, 5, 5, 5, PMS.red186, { paintIssues: [{ kind: 'image', detail: 'embedded raster image' }, { kind: 'opacity', detail: 'opacity 80%' }] })
        .build(),
      errors: [{ message: 'opacity 50%' }, { message: 'embedded raster image, opacity 80%' }],
    },
  ],
});
