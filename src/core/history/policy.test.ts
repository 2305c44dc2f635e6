import { describe, expect, it } from 'vitest';
import { AUTO_SNAPSHOT_MS, AUTO_SNAPSHOTS_KEPT, dueForAutoSnapshot, snapshotsToPrune, type SnapshotMeta } from './policy.ts';

const snap = (i: number, kind: SnapshotMeta['kind']): SnapshotMeta => ({ id: `s${i}`, pinId: 'p', at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), kind, label: '' });

describe('snapshot policy', () => {
  it('takes an automatic version after a few minutes of editing', () => {
    const t = Date.UTC(2026, 0, 1);
    expect(dueForAutoSnapshot(undefined, t)).toBe(true);
    expect(dueForAutoSnapshot(new Date(t).toISOString(), t + AUTO_SNAPSHOT_MS - 1)).toBe(false);
    expect(dueForAutoSnapshot(new Date(t).toISOString(), t + AUTO_SNAPSHOT_MS)).toBe(true);
  });
  it('lets the oldest automatic versions go, never named or exported ones', () => {
    const list = [...Array.from({ length: AUTO_SNAPSHOTS_KEPT + 5 }, (_, i) => snap(i, 'auto')), snap(100, 'named'), snap(101, 'export')];
    const gone = snapshotsToPrune(list);
    expect(gone.map((s) => s.id)).toEqual(['s4', 's3', 's2', 's1', 's0']);
  });
});
