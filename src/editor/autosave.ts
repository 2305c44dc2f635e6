import type { PinDocument } from '../core/document/types.ts';
import { loadPinFile, savePinFile } from '../core/io/pinFile.ts';

// Autosave to IndexedDB: every pin you work on is kept under its own key ("My pins"), written at
// most every AUTOSAVE_MS while it changes, so a reload or a crash loses at most that much and
// opening another file never loses the one before. What is read back goes through the same
// validation as any file, so a damaged store cannot break the editor.

export const AUTOSAVE_MS = 500;
const DB = 'pinsmith';
const STORE = 'pins';
const CURRENT = 'current';

export interface SavedPin {
  id: string;
  name: string;
  savedAt: string;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error('storage failed'));
    });
  } finally {
    db.close();
  }
}

export const autosaveAvailable = () => typeof indexedDB !== 'undefined';
export const newPinId = () => `pin-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A saved pin by id, if it is stored and still valid. */
export async function loadSavedPin(id: string): Promise<PinDocument | undefined> {
  if (!autosaveAvailable()) return undefined;
  try {
    const text = await withStore<string>('readonly', (s) => s.get(`pin:${id}`));
    if (typeof text !== 'string') return undefined;
    const r = loadPinFile(text);
    return r.ok ? r.doc : undefined;
  } catch {
    return undefined;
  }
}

/** The pin that was open last time. */
export async function restoreAutosave(): Promise<{ id: string; doc: PinDocument } | undefined> {
  if (!autosaveAvailable()) return undefined;
  try {
    const id = await withStore<string>('readonly', (s) => s.get(CURRENT));
    if (typeof id !== 'string') return undefined;
    const doc = await loadSavedPin(id);
    return doc ? { id, doc } : undefined;
  } catch {
    return undefined;
  }
}

/** "My pins": every saved pin, newest first. */
export async function listSavedPins(): Promise<SavedPin[]> {
  if (!autosaveAvailable()) return [];
  try {
    const index = await withStore<unknown>('readonly', (s) => s.get('index'));
    return Array.isArray(index) ? (index as SavedPin[]).sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1)) : [];
  } catch {
    return [];
  }
}

/**
 * Returns a function to call on every change; writes are throttled and never overlap. Pending
 * changes are kept per pin, so opening another pin before the timer fires still writes the first.
 */
export function createAutosaver(onError: (message: string) => void): (id: string, doc: PinDocument) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pending = new Map<string, PinDocument>();
  const written = new Map<string, PinDocument>();
  const flush = async () => {
    timer = null;
    const jobs = [...pending].filter(([id, doc]) => written.get(id) !== doc);
    pending.clear();
    if (!jobs.length) return;
    try {
      const savedAt = new Date().toISOString();
      const ids = new Set(jobs.map(([id]) => id));
      const index = (await listSavedPins()).filter((p) => !ids.has(p.id));
      for (const [id, doc] of jobs) index.push({ id, name: doc.name, savedAt });
      await withStore('readwrite', (s) => {
        for (const [id, doc] of jobs) s.put(savePinFile(doc), `pin:${id}`);
        // The pin edited last is the one that reopens.
        s.put(jobs[jobs.length - 1]![0], CURRENT);
        s.put(index, 'index');
      });
      for (const [id, doc] of jobs) written.set(id, doc);
    } catch (e) {
      onError(`Autosave failed: ${e instanceof Error ? e.message : String(e)}. Save the pin to a file to keep it.`);
    }
  };
  return (id, doc) => {
    if (!autosaveAvailable()) return;
    pending.delete(id);
    pending.set(id, doc);
    timer ??= setTimeout(() => void flush(), AUTOSAVE_MS);
  };
}

/** The tracing picture of a pin, kept beside it (it is not part of what the factory gets). */
export async function saveReference(id: string, ref: unknown): Promise<void> {
  if (!autosaveAvailable()) return;
  await withStore('readwrite', (s) => {
    if (ref) s.put(ref, `ref:${id}`);
    else s.delete(`ref:${id}`);
  });
}

export async function loadReference<T>(id: string, isValid: (v: unknown) => v is T): Promise<T | null> {
  if (!autosaveAvailable()) return null;
  try {
    const v = await withStore<unknown>('readonly', (s) => s.get(`ref:${id}`));
    return isValid(v) ? v : null;
  } catch {
    return null;
  }
}
