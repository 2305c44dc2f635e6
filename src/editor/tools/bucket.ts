import { bucketFill } from '../../core/editing/bucketFill.ts';
import type { PointerInfo, Tool, ToolContext } from './types.ts';

/** K: click inside a cell bounded by metal and the die line to fill it with the current colour. */
export function createBucketTool(ctx: ToolContext): Tool {
  return {
    id: 'bucket',
    state: 'idle',
    down(p: PointerInfo) {
      const st = ctx.store.getState();
      const r = bucketFill(st.doc, p.at, ctx.color(), ctx.newId('fill'));
      if (!r.ok) {
        ctx.notify(r.reason);
        return;
      }
      // Like a paint bucket anywhere: the selection stays as it was, ready for the next colour.
      st.apply({ type: 'replace-items', upserts: [...r.trimmed, r.fill], removed: r.removed });
    },
    move() {},
    up() {},
    key: () => false,
    preview: () => [],
  };
}
