import { CheckSession, runChecks } from '../src/core/checks/index.ts';
import type { Item, PinDocument } from '../src/core/document/types.ts';
import { mosaicPin } from './mosaic.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Move one cell a little, as a drag step does (an immutable update of one item). */
function nudge(doc: PinDocument, id: string, dx: number): PinDocument {
  const it = doc.items[id]!;
  if (it.kind === 'text') return doc;
  const path = it.path.map((sp) => ({ closed: sp.closed, segments: sp.segments.map((s) => ({ ...s, x: s.x + dx })) }));
  return { ...doc, items: { ...doc.items, [id]: { ...it, path } as Item } };
}

export function benchChecks(sizes: number[], reps: number): { items: number; full: number; edit: number }[] {
  const out: { items: number; full: number; edit: number }[] = [];
  console.log('area checks on mosaic pins (grid of cells, walls, rings), Node, 1 thread:');
  for (const n of sizes) {
    const doc = mosaicPin(n);
    const items = doc.order.length;
    const full: number[] = [];
    for (let r = 0; r < reps; r++) {
      // Cold each time: item areas are cached per item object.
      const fresh = structuredClone(doc);
      const t0 = performance.now();
      const res = runChecks(fresh);
      full.push(performance.now() - t0);
      if (!res.ok) throw new Error(res.reason);
    }
    const session = new CheckSession();
    session.run(doc);
    const cells = doc.order.filter((id) => id.startsWith('c'));
    const edits: number[] = [];
    let cur = doc;
    for (let r = 0; r < Math.max(5, reps); r++) {
      cur = nudge(cur, cells[(r * 7919) % cells.length]!, r % 2 ? 0.01 : -0.01);
      const t0 = performance.now();
      session.run(cur);
      edits.push(performance.now() - t0);
    }
    const res = runChecks(doc);
    const found = res.ok ? `${res.report.summary.errors} errors, ${res.report.summary.warnings} warnings` : '';
    console.log(`  ${String(items).padStart(5)} items: full check median ${median(full).toFixed(1)} ms; re-check after one edit median ${median(edits).toFixed(1)} ms  (${found})`);
    out.push({ items, full: median(full), edit: median(edits) });
  }
  return out;
}
