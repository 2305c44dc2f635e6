import type { CheckDef } from '../types.ts';
import { fillColor } from '../../kinds/index.ts';

type O = { max: number };

export const tooManyColors: CheckDef<O> = {
  id: 'too-many-colors',
  title: 'Many enamel colours',
  category: 'color',
  defaultSeverity: 'warning',
  defaultOptions: { max: 5 },
  description: 'Each enamel colour is filled and fired separately; factories price per colour above a base count.',
  messages: {
    many: '{count} enamel colours; most quotes include {max}. Each extra colour adds a price step: merge similar colours if you can.',
  },
  run(ctx) {
    const colors = new Map<string, string[]>();
    for (const item of ctx.derived.items()) {
      const color = fillColor(item);
      if (!color) continue;
      const key = color.code ? `code:${color.code.toLowerCase()}` : `hex:${color.hex}`;
      const ids = colors.get(key);
      if (ids) ids.push(item.id);
      else colors.set(key, [item.id]);
    }
    if (colors.size <= ctx.options.max) return;
    const b = ctx.derived.pinBounds();
    ctx.report({
      messageId: 'many',
      data: { count: colors.size, max: ctx.options.max },
      itemIds: [...colors.values()].flat(),
      at: { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 },
      measured: colors.size,
      limit: ctx.options.max,
      suggestion: { kind: 'merge-colors', count: colors.size - ctx.options.max },
    });
  },
};
