import { isBelow } from '../../units.ts';
import type { CheckDef } from '../types.ts';

type O = { metalCapErrorBelow: number; metalCapWarnBelow: number; recessedErrorBelow: number };

export const textTooSmall: CheckDef<O> = {
  id: 'text-too-small',
  title: 'Text too small',
  category: 'metal',
  defaultSeverity: 'error',
  defaultOptions: { metalCapErrorBelow: 1.0, metalCapWarnBelow: 1.5, recessedErrorBelow: 1.0 },
  description: 'Raised metal text needs a cap height of 1 mm (1.5 mm recommended); recessed enamel text 1 mm.',
  messages: {
    metalError: 'Raised text "{text}" has a {size} mm cap height; below {limit} mm letters fill in and blur. Make it at least {suggested} mm.',
    metalWarning: 'Raised text "{text}" has a {size} mm cap height; {limit} mm or more reads clearly (use a bold sans-serif).',
    recessed: 'Recessed text "{text}" is {size} mm high; enamel letters need at least {limit} mm, and their strokes must pass the cell width rule.',
  },
  run(ctx) {
    const o = ctx.options;
    for (const item of ctx.derived.items('text')) {
      if (item.kind !== 'text' || !item.text.trim()) continue;
      const metal = item.mode === 'raised-metal';
      const errorLimit = metal ? o.metalCapErrorBelow : o.recessedErrorBelow;
      const error = isBelow(item.size, errorLimit);
      const warn = metal && !error && isBelow(item.size, o.metalCapWarnBelow);
      if (!error && !warn) continue;
      const limit = error ? errorLimit : o.metalCapWarnBelow;
      const suggested = metal ? o.metalCapWarnBelow : o.recessedErrorBelow;
      ctx.report({
        messageId: metal ? (error ? 'metalError' : 'metalWarning') : 'recessed',
        data: { text: item.text.slice(0, 24), size: item.size, limit, suggested },
        itemIds: [item.id],
        at: { x: item.x, y: item.y },
        measured: item.size,
        limit,
        suggestion: { kind: 'set-text-size', itemId: item.id, size: suggested },
        level: error ? 'error' : 'warning',
      });
    }
  },
};
