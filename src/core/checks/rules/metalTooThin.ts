import { regionRings } from '../../geometry/index.ts';
import { isBelow } from '../../units.ts';
import type { CheckDef } from '../types.ts';

type O = { errorBelow: number; warnBelow: number };

/**
 * Raised metal narrower than the factory minimum collapses or polishes away. This pass reads
 * stroke widths; the geometric pass (necks, slivers, cut lines) measures the metal itself.
 */
export const metalTooThin: CheckDef<O> = {
  id: 'metal-too-thin',
  title: 'Metal line too thin',
  category: 'metal',
  defaultSeverity: 'error',
  defaultOptions: { errorBelow: 0.2, warnBelow: 0.3 },
  description: 'Raised metal lines must be at least the factory minimum wide.',
  messages: {
    lineError: 'Metal line is {width} mm wide; the factory minimum is {limit} mm. Widen it to at least {suggested} mm.',
    lineWarning: 'Metal line is {width} mm wide; below {limit} mm it may polish thin or break. Widen it to {limit} mm.',
  },
  run(ctx) {
    const { errorBelow, warnBelow } = ctx.options;
    for (const item of ctx.derived.items('metal-line')) {
      if (item.kind !== 'metal-line') continue;
      const error = isBelow(item.width, errorBelow);
      if (!error && !isBelow(item.width, warnBelow)) continue;
      const limit = error ? errorBelow : warnBelow;
      const suggested = Math.max(warnBelow, errorBelow);
      ctx.report({
        messageId: error ? 'lineError' : 'lineWarning',
        data: { width: Number(item.width.toFixed(3)), limit, suggested },
        itemIds: [item.id],
        at: ctx.derived.anchor(item),
        region: regionRings(ctx.derived.region(item)),
        measured: item.width,
        limit,
        suggestion: { kind: 'set-width', width: suggested },
        level: error ? 'error' : 'warning',
      });
    }
  },
};
