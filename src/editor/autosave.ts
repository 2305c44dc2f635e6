import type { PinDocument } from '../core/document/types.ts';
import { loadPinFile, savePinFile } from '../core/io/pinFile.ts';
import { pinBounds } from '../core/kinds/index.ts';
import { editTime, journalCommitted, journalEntries, journalWrite, nextSeq, type JournalEntry } from './saveJournal.ts';

// Autosave to IndexedDB: every pin is kept under its own key ("My pins") and written as soon as it
// changes (edits within AUTOSAVE_MS are coalesced into one transaction), and at once when the page
// is hidden or unloaded. Each committed edit is first copied synchronously (saveJournal.ts), so one
// whose transaction the page did not live to commit is written at the next start. The status reported is the truth: "saved" only after the transaction has
// committed, "failed" with the reason when the browser refuses storage. What is read back goes
// through the same validation as any file, so a damaged store cannot break the editor.

/** Edits this close together are written in one transaction (well within 100 ms of the edit). */
export const AUTOSAVE_MS = 40;
const DB = 'pinsmith';
const STORE = 'pins';
const CURRENT = 'current';

export interface SavedPin {
  id: string;
  name: string;
  savedAt: string;
  /** The pin's size (die line, or art) in mm, when it was saved. */
  widthMm?: number;
  heightMm?: number;
  /** Open errors in the last check of this very version, when one finished. */
  errors?: number;
  /** When this version was committed in the editor (ms): a journal copy older than this is stale. */
  editedAt?: number;
}

export const STORE_NAME = STORE;
export const pinKey = (id: string) => `pin:${id}`;
export const INDEX_KEY = 'index';

/**
 * The index entry of a saved pin: what My pins lists without opening it. A new version has no
 * error count until its own check is done (setPinErrors): an older count would be a stale verdict.
 */
export function entryFor(id: string, doc: PinDocument, savedAt: string, errors?: number, editedAt?: number): SavedPin {
  const b = pinBounds(doc);
  const size = doc.order.length ? { widthMm: round2(b.maxX - b.minX), heightMm: round2(b.maxY - b.minY) } : { widthMm: doc.artboard.width, heightMm: doc.artboard.height };
  return { id, name: doc.name, savedAt, ...size, ...(errors !== undefined ? { errors } : {}), ...(editedAt !== undefined ? { editedAt } : {}) };
}
const round2 = (v: number) => Math.round(v * 100) / 100;

export type SaveStatus =
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; reason: string };

let dbPromise: Promise<IDBDatabase> | null = null;
let dbOpen: IDBDatabase | null = null;
let dbFactory: IDBFactory | null = null;

/** One connection, kept open: a write can then start inside a pagehide handler, synchronously. */
function openDb(): Promise<IDBDatabase> {
  // A new IndexedDB (tests swap it) means a new connection.
  if (dbFactory !== indexedDB) { dbPromise = null; dbOpen = null; dbFactory = indexedDB; }
  dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading the database: let it, and reopen on the next write.
      db.onversionchange = () => { db.close(); dbOpen = null; dbPromise = null; };
      dbOpen = db;
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  }).catch((e: unknown) => {
    dbPromise = null;
    throw e;
  });
  return dbPromise;
}

export async function withStore<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDb();
  return new Promise<T | undefined>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req ? req.result : undefined);
    tx.onerror = () => reject(tx.error ?? new Error('storage failed'));
    tx.onabort = () => reject(tx.error ?? new Error('storage was aborted'));
  });
}

export const autosaveAvailable = () => typeof indexedDB !== 'undefined';

// Set once a pin has been stored, so a first start (nothing stored) can show the sample without
// waiting for IndexedDB, whose first opening took ~1 s in a fresh Chromium profile.
const STORED_FLAG = 'pinsmith.pinsStored';

/** False only when this browser has surely never stored a pin here (no flag, readable storage). */
export function mayHaveSavedPins(): boolean {
  try {
    return typeof localStorage === 'undefined' || localStorage.getItem(STORED_FLAG) !== null || journalEntries().entries.length > 0;
  } catch {
    return true;
  }
}

function markPinsStored(): void {
  try { localStorage.setItem(STORED_FLAG, '1'); } catch { /* the pins are stored all the same; a start just waits for the store */ }
}
export const newPinId = () => `pin-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A saved pin by id, if it is stored and still valid. */
export async function loadSavedPin(id: string): Promise<PinDocument | undefined> {
  if (!autosaveAvailable()) return undefined;
  try {
    const text = await withStore<string>('readonly', (s) => s.get(pinKey(id)));
    if (typeof text !== 'string') return undefined;
    const r = loadPinFile(text);
    return r.ok ? r.doc : undefined;
  } catch {
    return undefined;
  }
}

/** The pin that was open last time; `unsaved`: it came from the journal and is not in the store yet. */
export async function restoreAutosave(): Promise<{ id: string; doc: PinDocument; unsaved?: boolean } | undefined> {
  const left = await recoverJournal();
  if (!autosaveAvailable()) return left;
  try {
    const id = await withStore<string>('readonly', (s) => s.get(CURRENT));
    if (typeof id !== 'string') return left;
    const doc = await loadSavedPin(id);
    return doc ? { id, doc } : left;
  } catch {
    return left;
  }
}

/**
 * Writes into the store the edits a page journaled but did not live to commit. Inside one
 * transaction, a copy goes in only when it is newer than the version stored (its edit time against
 * the index's), so a copy read while another live tab commits a newer version never goes over it.
 * Returns the journal's current pin when the store could not take it, so the start still shows the
 * artist's last edit.
 */
async function recoverJournal(): Promise<{ id: string; doc: PinDocument; unsaved: true } | undefined> {
  const { entries, current } = journalEntries();
  const valid = entries.flatMap((e) => {
    const r = loadPinFile(e.text);
    return r.ok ? [{ e, doc: r.doc }] : [];
  });
  const last = valid.find((v) => v.e.id === current) ?? valid.sort((a, b) => b.e.at - a.e.at)[0];
  if (!last) return undefined;
  try {
    if (!autosaveAvailable()) throw new Error(NO_STORAGE_REASON);
    const db = await openDb();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      updateIndex(store, (old) => {
        const newer = valid.filter(({ e }) => !((old.find((p) => p.id === e.id)?.editedAt ?? -Infinity) >= e.at));
        for (const { e } of newer) store.put(e.text, pinKey(e.id));
        const ids = new Set(newer.map((v) => v.e.id));
        return [...old.filter((p) => !ids.has(p.id)), ...newer.map(({ e, doc }) => entryFor(e.id, doc, new Date(e.at).toISOString(), undefined, e.at))];
      });
      store.put(last.e.id, CURRENT);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('storage failed'));
      tx.onabort = () => reject(tx.error ?? new Error('storage was aborted'));
    });
    for (const { e } of valid) journalCommitted(e.id, e.seq);
    markPinsStored();
    return undefined;
  } catch {
    return { id: last.e.id, doc: last.doc, unsaved: true };
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

/** Read the index and write it back changed, inside a transaction already open on the store. */
export function updateIndex(s: IDBObjectStore, change: (index: SavedPin[]) => SavedPin[]): void {
  const req = s.get(INDEX_KEY);
  req.onsuccess = () => s.put(change(Array.isArray(req.result) ? (req.result as SavedPin[]) : []), INDEX_KEY);
}

/** Why a write failed, in words an artist can act on. */
/** Why nothing can be saved before anything is tried: the browser has no IndexedDB at all. */
export const NO_STORAGE_REASON = 'this browser has no storage for web pages (no IndexedDB), so nothing you draw is kept when the page closes';

function storageReason(e: unknown): string {
  if (!autosaveAvailable()) return NO_STORAGE_REASON;
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser\'s storage for this site is full';
  const text = (e instanceof Error ? e.message : String(e)).replace(/[.\s]+$/, '');
  return `this browser refuses to store it (${text || name || 'no reason given'}; private windows and blocked site data do this)`;
}

export interface Autosaver {
  /** Record a committed change of a pin (an empty pin too). */
  save(id: string, doc: PinDocument): void;
  /** This version of the pin was just read from the store: saving it again would only bump its date. */
  known(id: string, doc: PinDocument): void;
  /** The checks of this very version found `errors`: My pins shows the count once it is saved. */
  checked(id: string, doc: PinDocument, errors: number): void;
  /** Write what is pending now (the page is being hidden or unloaded). */
  flush(): Promise<void>;
}

/**
 * Writes every committed change within AUTOSAVE_MS, one transaction for all pending pins (each pin
 * under its own key, the index and the pin to reopen updated in the same transaction). Pending
 * changes are kept per pin, so switching pins loses nothing.
 */
export function createAutosaver(onStatus: (s: SaveStatus) => void, onWritten: (ids: string[]) => void = () => {}): Autosaver {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pending = new Map<string, PinDocument>();
  const written = new Map<string, PinDocument>();
  let askedPersist = false;
  const errorsOf = new WeakMap<PinDocument, number>();
  /** Each version's text and journal entry, serialised once when it is committed. */
  const copies = new WeakMap<PinDocument, Pick<JournalEntry, 'text' | 'seq' | 'at'>>();
  const copyOf = (doc: PinDocument) => {
    let c = copies.get(doc);
    if (!c) copies.set(doc, (c = { text: savePinFile(doc), seq: nextSeq(), at: editTime() }));
    return c;
  };
  /** The error count of a pin's saved version, into its index entry. */
  const writeErrors = (id: string, errors: number) => {
    if (dbOpen) updateIndex(dbOpen.transaction(STORE, 'readwrite').objectStore(STORE), (index) => index.map((p) => (p.id === id ? { ...p, errors } : p)));
  };

  const write = (jobs: Array<[string, PinDocument]>, db: IDBDatabase) => new Promise<void>((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const savedAt = new Date().toISOString();
    for (const [id, doc] of jobs) store.put(copyOf(doc).text, pinKey(id));
    // The pin edited last is the one that reopens.
    store.put(jobs[jobs.length - 1]![0], CURRENT);
    const ids = new Set(jobs.map(([id]) => id));
    updateIndex(store, (old) => [...old.filter((p) => !ids.has(p.id)), ...jobs.map(([id, doc]) => entryFor(id, doc, savedAt, errorsOf.get(doc), copyOf(doc).at))]);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('storage failed'));
    tx.onabort = () => reject(tx.error ?? new Error('storage was aborted'));
  });

  const flush = async (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = null; }
    // No waiting for a write in flight: IndexedDB runs read-write transactions on one store in the
    // order they were created, so a newer one simply lands after it, and one started in a pagehide
    // handler starts at once.
    const jobs = [...pending].filter(([id, doc]) => written.get(id) !== doc);
    pending.clear();
    if (!jobs.length) return;
    try {
      if (!autosaveAvailable()) throw new Error(NO_STORAGE_REASON);
      // With the connection already open the transaction starts now, inside a pagehide handler.
      const countedBefore = jobs.map(([, doc]) => errorsOf.has(doc));
      await write(jobs, dbOpen && dbFactory === indexedDB ? dbOpen : await openDb());
      for (const [id, doc] of jobs) {
        written.set(id, doc);
        journalCommitted(id, copyOf(doc).seq);
      }
      markPinsStored();
      // A check that finished while the write was under way: its count goes in now.
      jobs.forEach(([id, doc], i) => { if (!countedBefore[i] && errorsOf.has(doc)) writeErrors(id, errorsOf.get(doc)!); });
      onStatus(pending.size ? { state: 'saving' } : { state: 'saved' });
    } catch (e) {
      // Not written: keep the changes pending for the next try, and say so.
      for (const [id, doc] of jobs) if (!pending.has(id)) pending.set(id, doc);
      onStatus({ state: 'failed', reason: storageReason(e) });
      return;
    }
    // Telling other tabs is not part of saving: if that fails, the pin is saved all the same.
    try {
      onWritten(jobs.map(([id]) => id));
    } catch { /* a following tab misses this one announcement; the next save announces again */ }
    if (!askedPersist && typeof navigator !== 'undefined') {
      askedPersist = true;
      // Ask the browser not to evict the artist's pins under storage pressure.
      void navigator.storage?.persist?.().catch(() => false);
    }
  };

  return {
    save(id, doc) {
      if (written.get(id) === doc && !pending.has(id)) return;
      if (!copies.has(doc)) {
        if (journalWrite(id, copyOf(doc))) markPinsStored();
      }
      pending.delete(id);
      pending.set(id, doc);
      onStatus({ state: 'saving' });
      timer ??= setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    flush,
    known(id, doc) {
      written.set(id, doc);
    },
    checked(id, doc, errors) {
      errorsOf.set(doc, errors);
      // Already written without its count: add the count to the index entry now.
      if (written.get(id) === doc && !pending.has(id)) writeErrors(id, errors);
    },
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
