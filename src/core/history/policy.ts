// When versions of a pin are kept, and which automatic ones are let go. Pure: the editor stores them.

export type SnapshotKind = 'auto' | 'named' | 'before-import' | 'before-scale' | 'export';

export interface SnapshotMeta {
  id: string;
  pinId: string;
  /** ISO time the version was taken. */
  at: string;
  kind: SnapshotKind;
  /** The artist's name for it ("sent to factory, rev B"), or what took it ("exported proof"). */
  label: string;
}

/** Editing this long since the last version takes an automatic one. */
export const AUTO_SNAPSHOT_MS = 3 * 60 * 1000;
/** Automatic versions kept per pin (named and export versions are always kept). */
export const AUTO_SNAPSHOTS_KEPT = 20;

export function dueForAutoSnapshot(lastAt: string | undefined, now: number): boolean {
  return !lastAt || now - Date.parse(lastAt) >= AUTO_SNAPSHOT_MS;
}

/** The versions to delete: the oldest automatic ones beyond AUTO_SNAPSHOTS_KEPT. */
export function snapshotsToPrune(list: readonly SnapshotMeta[]): SnapshotMeta[] {
  const autos = list.filter((s) => s.kind === 'auto' || s.kind === 'before-import' || s.kind === 'before-scale').sort((a, b) => (a.at < b.at ? 1 : -1));
  return autos.slice(AUTO_SNAPSHOTS_KEPT);
}

export const KIND_LABEL: Record<SnapshotKind, string> = {
  auto: 'automatic',
  named: 'saved by you',
  'before-import': 'before an import',
  'before-scale': 'before scaling',
  export: 'sent to the factory',
};
