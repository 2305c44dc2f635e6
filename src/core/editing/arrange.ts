import type { PinDocument } from '../document/types.ts';

// Arrange (Illustrator's Object › Arrange): the order items are painted in. The checks and the
// made pin paint metal over enamel whatever the order (CONTRACTS.md), so arranging changes which
// enamel shows where fills overlap, and what lies under what on the canvas.

export type ArrangeTo = 'front' | 'forward' | 'backward' | 'back';

/** The new paint order; the same array when nothing moves. Selected items keep their own order. */
export function arrange(order: readonly string[], ids: readonly string[], to: ArrangeTo): readonly string[] {
  const picked = new Set(ids.filter((id) => order.includes(id)));
  if (!picked.size || picked.size === order.length) return order;
  const rest = order.filter((id) => !picked.has(id));
  const chosen = order.filter((id) => picked.has(id));
  let out: string[];
  if (to === 'front') out = [...rest, ...chosen];
  else if (to === 'back') out = [...chosen, ...rest];
  else {
    // One step: past the nearest unselected item above (forward) or below (backward).
    out = [...order];
    const step = to === 'forward' ? 1 : -1;
    const indices = out.map((id, i) => (picked.has(id) ? i : -1)).filter((i) => i >= 0);
    for (const i of step > 0 ? indices.reverse() : indices) {
      const j = i + step;
      if (j < 0 || j >= out.length || picked.has(out[j]!)) continue;
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
  }
  return out.every((id, i) => id === order[i]) ? order : out;
}

/** Every item's group mates join the selection: a group is picked, moved and arranged whole. */
export function withGroups(doc: PinDocument, ids: readonly string[]): string[] {
  const groups = new Set(ids.map((id) => doc.items[id]?.group).filter((g): g is string => !!g));
  if (!groups.size) return [...ids];
  const out = new Set(ids);
  for (const id of doc.order) if (groups.has(doc.items[id]!.group!)) out.add(id);
  return doc.order.filter((id) => out.has(id));
}
