import { containsPoint } from '../../geometry/index.ts';
import { isAbove } from '../../units.ts';
import type { CheckDef } from '../types.ts';

type O = { onePostMaxSize: number; twoPostMaxSize: number };

export const posts: CheckDef<O> = {
  id: 'posts',
  title: 'Posts for the pin size',
  category: 'order',
  defaultSeverity: 'warning',
  defaultOptions: { onePostMaxSize: 32, twoPostMaxSize: 55 },
  description: 'A single post lets a large pin spin; large pins need two or three posts, each on the metal.',
  messages: {
    none: 'No post is placed. Place at least one post (two above {one} mm) so the factory does not have to guess.',
    tooFew: 'The pin is {size} mm with {count} post(s); above {limit} mm use at least {needed} so it does not spin or droop.',
    offPin: 'Post {n} at ({x}, {y}) mm is not on the pin: move it inside the die line, away from cut-outs.',
  },
  run(ctx) {
    const { spec } = ctx.doc;
    if (!ctx.derived.hasArt()) return;
    const b = ctx.derived.pinBounds();
    const size = Math.max(b.maxX - b.minX, b.maxY - b.minY);
    const centre = { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 };
    const outlineIds = ctx.derived.items('outline').map((o) => o.id);
    const count = spec.posts.length;
    if (spec.backing === 'magnet') return;
    if (count === 0) {
      ctx.report({ messageId: 'none', data: { one: ctx.options.onePostMaxSize }, itemIds: outlineIds, at: centre, measured: 0, limit: 1, level: 'warning' });
    } else {
      const needed = isAbove(size, ctx.options.twoPostMaxSize, 1e-3) ? 3 : isAbove(size, ctx.options.onePostMaxSize, 1e-3) ? 2 : 1;
      if (count < needed) {
        ctx.report({
          messageId: 'tooFew',
          data: { size: Number(size.toFixed(1)), count, limit: needed === 3 ? ctx.options.twoPostMaxSize : ctx.options.onePostMaxSize, needed },
          itemIds: outlineIds,
          at: centre,
          measured: count,
          limit: needed,
          suggestion: { kind: 'set-spec', field: 'posts', value: needed },
          level: 'warning',
        });
      }
    }
    if (!outlineIds.length) return;
    const die = ctx.derived.dieRegion();
    spec.posts.forEach((p, i) => {
      if (containsPoint(die, p.x, p.y)) return;
      ctx.report({
        messageId: 'offPin',
        data: { n: i + 1, x: Number(p.x.toFixed(2)), y: Number(p.y.toFixed(2)) },
        itemIds: outlineIds,
        at: p,
        level: 'error',
      });
    });
  },
};
