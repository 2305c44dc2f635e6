import { regionRings } from '../../geometry/index.ts';
import { isBelow } from '../../units.ts';
import type { CheckDef } from '../types.ts';
import { metalThinGeometry } from './geoMetalThin.ts';

type O = { errorBelow: number; warnBelow: number; reportTips: boolean };

/**
 * Raised metal narrower than the factory minimum collapses or polishes away. Lines are measured by
 * their stroke width (exact); everything else by the geometric pass on the metal itself.
 */
export const metalTooThin: CheckDef<O> = {
  id: 'metal-too-thin',
  title: 'Metal line too thin',
  category: 'metal',
  defaultSeverity: 'error',
  defaultOptions: { errorBelow: 0.2, warnBelow: 0.3, reportTips: false },
  description: 'Raised metal lines must be at least the factory minimum wide.',
  messages: {
    lineError: 'Metal line is {width} mm wide; the factory minimum is {limit} mm. Widen it to at least {suggested} mm.',
    lineWarning: 'Metal line is {width} mm wide; below {limit} mm it may polish thin or break. Widen it to {limit} mm.',
    neck: 'Metal narrows to about {measured} mm here; below {limit} mm it breaks or polishes away. Widen the metal or move the shapes apart.',
    tip: 'A sharp metal point about {measured} mm wide; the factory rounds it off. Blunt or widen the point.',
  },
  reach: (o) => metalThinGeometry.reach(o),
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
    for (const f of ctx.derived.geometry.findings('metal-too-thin', metalThinGeometry, ctx.options)) ctx.report(f);
  },
};
