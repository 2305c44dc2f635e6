import type { PinDocument } from '../core/document/types.ts';
import { snapshotsToPrune, type SnapshotKind, type SnapshotMeta } from '../core/history/policy.ts';
import { loadPinFile, savePinFile } from '../core/io/pinFile.ts';
import { withStore } from './autosave.ts';

// Versions of a pin in IndexedDB, beside the pin: `snaps:<pin>` lists them, `snap:<pin>:<id>` holds
// each one. Taking a version and letting old automatic ones go is one transaction.

const listKey = (pinId: string) => `snaps:${pinId}`;
const snapKey = (pinId: string, id: string) => `snap:${pinId}:${id}`;

export async function listSnapshots(pinId: string): Promise<SnapshotMeta[]> {
  try {
    const list = await withStore<unknown>('readonly', (s) => s.get(listKey(pinId)));
    return Array.isArray(list) ? (list as SnapshotMeta[]).sort((a, b) => (a.at < b.at ? 1 : -1)) : [];
  } catch {
    return [];
  }
}

export async function takeSnapshot(pinId: string, doc: PinDocument, kind: SnapshotKind, label: string): Promise<SnapshotMeta> {
  const meta: SnapshotMeta = { id: `v-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, pinId, at: new Date().toISOString(), kind, label };
  await withStore('readwrite', (s) => {
    s.put(savePinFile(doc), snapKey(pinId, meta.id));
    const req = s.get(listKey(pinId));
    req.onsuccess = () => {
      const list = [...(Array.isArray(req.result) ? (req.result as SnapshotMeta[]) : []), meta];
      const gone = new Set(snapshotsToPrune(list).map((g) => g.id));
      for (const id of gone) s.delete(snapKey(pinId, id));
      s.put(list.filter((m) => !gone.has(m.id)), listKey(pinId));
    };
  });
  return meta;
}

export async function loadSnapshot(pinId: string, id: string): Promise<PinDocument | undefined> {
  try {
    const text = await withStore<unknown>('readonly', (s) => s.get(snapKey(pinId, id)));
    if (typeof text !== 'string') return undefined;
    const r = loadPinFile(text);
    return r.ok ? r.doc : undefined;
  } catch {
    return undefined;
  }
}
