import { isAbove, isBelow, mmToInches } from '../../units.ts';
import type { CheckDef } from '../types.ts';

type O = { min: number; max: number };

export const sizeOutOfRange: CheckDef<O> = {
  id: 'size-out-of-range',
  title: 'Pin size out of the usual range',
  category: 'outline',
  defaultSeverity: 'warning',
  defaultOptions: { min: 12.7, max: 76.2 },
  description: 'The longest side should be between 12.7 mm (0.5 in) and 76.2 mm (3 in).',
  messages: {
    small: 'The pin is {size} mm ({inches} in) on its longest side; below {min} mm detail cannot be struck. Scale it up to at least {min} mm.',
    large: 'The pin is {size} mm ({inches} in) on its longest side; above {max} mm it is heavy and costly. Scale it down to {max} mm or less.',
  },
  run(ctx) {
    if (!ctx.derived.hasArt()) return;
    const b = ctx.derived.pinBounds();
    const size = Math.max(b.maxX - b.minX, b.maxY - b.minY);
    const small = isBelow(size, ctx.options.min, 1e-3);
    if (!small && !isAbove(size, ctx.options.max, 1e-3)) return;
    const limit = small ? ctx.options.min : ctx.options.max;
    const ids = ctx.derived.items('outline').map((o) => o.id);
    ctx.report({
      messageId: small ? 'small' : 'large',
      data: { size: Number(size.toFixed(2)), inches: Number(mmToInches(size).toFixed(2)), min: ctx.options.min, max: ctx.options.max },
      itemIds: ids,
      at: { x: (b.minX + b.maxX) / 2, y: b.minY },
      region: [[b.minX, b.minY, b.maxX, b.minY, b.maxX, b.maxY, b.minX, b.maxY]],
      measured: size,
      limit,
      suggestion: { kind: 'set-size', longestSide: limit },
    });
  },
};
