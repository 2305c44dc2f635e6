import { interiorPoint, regionRings } from '../../geometry/index.ts';
import type { CheckDef } from '../types.ts';

type O = Record<string, never>;

export const noGradients: CheckDef<O> = {
  id: 'no-gradients',
  title: 'Gradient, transparency or image in enamel',
  category: 'enamel',
  defaultSeverity: 'error',
  defaultOptions: {},
  description: 'Enamel is one flat colour per cell; gradients, see-through colour and photos need offset printing.',
  messages: {
    paint: 'This enamel fill has {what}; enamel is one flat colour per cell. Use a flat Pantone colour (split the area into cells for shading), or choose offset printing.',
  },
  run(ctx) {
    for (const item of ctx.derived.items('enamel-fill')) {
      if (item.kind !== 'enamel-fill' || !item.paintIssues?.length) continue;
      const region = ctx.derived.region(item);
      ctx.report({
        messageId: 'paint',
        data: { what: item.paintIssues.map((p) => p.detail).join(', ') },
        itemIds: [item.id],
        at: interiorPoint(region) ?? ctx.derived.anchor(item),
        region: regionRings(region),
        suggestion: { kind: 'flatten-paint' },
      });
    }
  },
};
