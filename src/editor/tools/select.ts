import { withGroups } from '../../core/editing/arrange.ts';
import { smartSnap, type Guide } from '../../core/editing/smartGuides.ts';
import type { Point } from '../../core/document/types.ts';
import { multiply, rotate, scale, translate, type Bounds } from '../../core/geometry/index.ts';
import { itemsInMarquee, scalePivot, selectionBounds, type HandleId } from '../selectionBox.ts';
import type { PointerInfo, Tool, ToolContext } from './types.ts';

const MIN_SCALE = 0.01;

/**
 * V: click selects (shift adds), drag moves the selection, a drag on empty space draws a marquee,
 * the box handles scale (shift keeps proportions) and the round handle rotates (shift: 15° steps).
 * Each gesture is one undo step; arrows nudge 0.1 mm, shift 1 mm.
 */
export function createSelectTool(ctx: ToolContext): Tool {
  let state: 'idle' | 'dragging' | 'marquee' | 'scaling' | 'rotating' = 'idle';
  let last: Point | null = null;
  let start: Point | null = null;
  let marquee: Bounds | null = null;
  let box: Bounds | null = null;
  let handle: Exclude<HandleId, 'rotate'> = 'se';
  let applied = { sx: 1, sy: 1, angle: 0 };
  let moved = { x: 0, y: 0 };
  let around: Bounds[] = [];
  let guides: Guide[] = [];
  const st = () => ctx.store.getState();
  const about = (p: Point, m: ReturnType<typeof scale>) => multiply(multiply(translate(p.x, p.y), m), translate(-p.x, -p.y));

  const scaleTo = (p: PointerInfo) => {
    if (!box || !start) return;
    const pivot = scalePivot(box, handle);
    const ratio = (now: number, was: number) => (Math.abs(was) < 1e-9 ? 1 : now / was);
    let sx = handle === 'n' || handle === 's' ? 1 : ratio(p.at.x - pivot.x, start.x - pivot.x);
    let sy = handle === 'e' || handle === 'w' ? 1 : ratio(p.at.y - pivot.y, start.y - pivot.y);
    if (p.shift) {
      const k = handle.length === 1 ? (handle === 'n' || handle === 's' ? sy : sx) : Math.max(Math.abs(sx), Math.abs(sy));
      sx = sy = Math.abs(k);
    }
    // Flipping through zero is what the mirror command is for; a drag stops at 1 %.
    sx = Math.max(MIN_SCALE, sx);
    sy = Math.max(MIN_SCALE, sy);
    st().apply({ type: 'transform-items', ids: st().selection, matrix: about(pivot, scale(sx / applied.sx, sy / applied.sy)) });
    applied = { ...applied, sx, sy };
  };
  const rotateTo = (p: PointerInfo) => {
    if (!box || !start) return;
    const c = { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
    let angle = ((Math.atan2(p.at.y - c.y, p.at.x - c.x) - Math.atan2(start.y - c.y, start.x - c.x)) * 180) / Math.PI;
    if (p.shift) angle = Math.round(angle / 15) * 15;
    if (angle !== applied.angle) st().apply({ type: 'transform-items', ids: st().selection, matrix: rotate(angle - applied.angle, c.x, c.y) });
    applied = { ...applied, angle };
  };

  return {
    id: 'select',
    get state() {
      return state;
    },
    down(p: PointerInfo) {
      if (p.handle && st().selection.length) {
        box = selectionBounds(st().doc, st().selection);
        if (!box) return;
        start = p.at;
        applied = { sx: 1, sy: 1, angle: 0 };
        if (p.handle === 'rotate') state = 'rotating';
        else {
          state = 'scaling';
          handle = p.handle as Exclude<HandleId, 'rotate'>;
        }
        st().beginGesture();
        return;
      }
      if (!p.itemId) {
        if (!p.shift) st().select([]);
        state = 'marquee';
        start = p.at;
        marquee = { minX: p.at.x, minY: p.at.y, maxX: p.at.x, maxY: p.at.y };
        return;
      }
      const sel = st().selection;
      // A click on a grouped item picks its whole group.
      const picked = withGroups(st().doc, [p.itemId]);
      if (p.shift) st().select(sel.includes(p.itemId) ? sel.filter((s) => !picked.includes(s)) : [...new Set([...sel, ...picked])]);
      else if (!sel.includes(p.itemId)) st().select(picked);
      state = 'dragging';
      last = start = p.at;
      moved = { x: 0, y: 0 };
      // What the moving selection may line up with: every other visible item and the die.
      const doc = st().doc;
      const chosen = new Set(st().selection);
      box = selectionBounds(doc, st().selection);
      around = doc.order.filter((id) => !chosen.has(id) && !doc.items[id]!.hidden).map((id) => selectionBounds(doc, [id])).filter((b): b is Bounds => !!b);
      // Ruler guides pull too, as lines across the artboard.
      for (const g of doc.guides?.x ?? []) around.push({ minX: g, maxX: g, minY: 0, maxY: doc.artboard.height });
      for (const g of doc.guides?.y ?? []) around.push({ minX: 0, maxX: doc.artboard.width, minY: g, maxY: g });
      st().beginGesture();
    },
    move(p: PointerInfo) {
      if (state === 'scaling') return scaleTo(p);
      if (state === 'rotating') return rotateTo(p);
      if (state === 'marquee' && start) {
        marquee = { minX: Math.min(start.x, p.at.x), minY: Math.min(start.y, p.at.y), maxX: Math.max(start.x, p.at.x), maxY: Math.max(start.y, p.at.y) };
        return;
      }
      if (state !== 'dragging' || !last || !start) return;
      // The whole drag so far, pulled by the smart guides (Alt: free, as in Illustrator).
      let total = { x: p.at.x - start.x, y: p.at.y - start.y };
      guides = [];
      const tol = ctx.snapTolerance?.();
      if (box && tol && !p.alt) {
        const s = smartSnap({ minX: box.minX + total.x, minY: box.minY + total.y, maxX: box.maxX + total.x, maxY: box.maxY + total.y }, around, tol);
        total = { x: total.x + s.dx, y: total.y + s.dy };
        guides = s.guides;
      }
      const dx = total.x - moved.x;
      const dy = total.y - moved.y;
      if (dx || dy) st().apply({ type: 'move-items', ids: st().selection, dx, dy });
      moved = total;
      last = p.at;
    },
    up(p: PointerInfo) {
      if (state === 'marquee' && marquee) {
        // A click without a drag only cleared the selection.
        if (marquee.maxX - marquee.minX > 0.05 || marquee.maxY - marquee.minY > 0.05) {
          const hit = withGroups(st().doc, itemsInMarquee(st().doc, marquee));
          st().select(p.shift ? [...new Set([...st().selection, ...hit])] : hit);
        }
      } else if (state !== 'idle') st().endGesture();
      state = 'idle';
      last = start = null;
      marquee = box = null;
      guides = [];
      around = [];
    },
    key(key: string, shift: boolean) {
      const step = shift ? 1 : 0.1;
      const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[key];
      if (!d || !st().selection.length) return false;
      st().apply({ type: 'move-items', ids: st().selection, dx: d[0]!, dy: d[1]! });
      return true;
    },
    preview: () => [],
    marquee: () => marquee,
    guides: () => guides,
  };
}
