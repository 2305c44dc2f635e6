import type { PinDocument } from '../core/document/types.ts';
import { loadPinFile, savePinFile } from '../core/io/pinFile.ts';

// Autosave to IndexedDB: the open pin is written at most every AUTOSAVE_MS while it changes, so a
// reload or a crash loses at most that much. What is read back goes through the same validation
// as any file, so a damaged store cannot break the editor.

export const AUTOSAVE_MS = 500;
const DB = 'pinsmith';
const STORE = 'pins';
const CURRENT = 'current';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

async function put(key: string, value: string): Promise<void> {
  const db = await openDb();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('autosave failed'));
  });
  db.close();
}

async function get(key: string): Promise<string | undefined> {
  const db = await openDb();
  const value = await new Promise<string | undefined>((resolve, reject) => {
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
    req.onsuccess = () => resolve(typeof req.result === 'string' ? req.result : undefined);
    req.onerror = () => reject(req.error ?? new Error('read failed'));
  });
  db.close();
  return value;
}

export const autosaveAvailable = () => typeof indexedDB !== 'undefined';

/** The last autosaved pin, if one is stored and still valid. */
export async function restoreAutosave(): Promise<PinDocument | undefined> {
  if (!autosaveAvailable()) return undefined;
  try {
    const text = await get(CURRENT);
    if (!text) return undefined;
    const r = loadPinFile(text);
    return r.ok ? r.doc : undefined;
  } catch {
    return undefined;
  }
}

/** Returns a function to call on every change; writes are throttled and never overlap. */
export function createAutosaver(onError: (message: string) => void): (doc: PinDocument) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: PinDocument | null = null;
  let written: PinDocument | null = null;
  const flush = async () => {
    timer = null;
    const doc = latest;
    if (!doc || doc === written) return;
    try {
      await put(CURRENT, savePinFile(doc));
      written = doc;
    } catch (e) {
      onError(`Autosave failed: ${e instanceof Error ? e.message : String(e)}. Save the pin to a file to keep it.`);
    }
  };
  return (doc) => {
    if (!autosaveAvailable()) return;
    latest = doc;
    timer ??= setTimeout(() => void flush(), AUTOSAVE_MS);
  };
}
