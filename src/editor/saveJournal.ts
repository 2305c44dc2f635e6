// The write-ahead copy of a committed edit. An IndexedDB write is asynchronous: a reload, a closed
// tab or a store kept busy by another tab can end the page before the transaction commits, and the
// browser then drops it. So every committed edit is first copied, synchronously, into localStorage
// (which the browser keeps the moment setItem returns), and the copy is removed once IndexedDB has
// the same version. A copy still there at the next start is an edit IndexedDB never got.

const PREFIX = 'pinsmith.journal:';
const CURRENT = 'pinsmith.journal.current';

export interface JournalEntry {
  id: string;
  /** The pin as a .pin.json text. */
  text: string;
  /** Which write this is: only the commit of this very version removes it. */
  seq: string;
  /** When the edit was committed (ms): the store keeps the newer of a copy and what it holds. */
  at: number;
}

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

let counter = 0;
const page = Math.random().toString(36).slice(2, 10);
export const nextSeq = () => `${page}-${++counter}`;
let lastAt = 0;
/** The time of an edit, strictly increasing within a page: two edits in one millisecond stay ordered. */
export const editTime = () => (lastAt = Math.max(Date.now(), lastAt + 0.001));

/**
 * Copy a committed version of a pin. False when it could not be kept (no localStorage, or it is
 * full): then an older copy of this pin is removed too, so it can never come back over this edit.
 */
export function journalWrite(id: string, copy: Omit<JournalEntry, 'id'>): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(PREFIX + id, JSON.stringify({ id, ...copy } satisfies JournalEntry));
    s.setItem(CURRENT, id);
    return true;
  } catch {
    try { s.removeItem(PREFIX + id); } catch { /* nothing more can be done here */ }
    return false;
  }
}

/** IndexedDB has committed this version: its copy is no longer needed (a newer one stays). */
export function journalCommitted(id: string, seq: string): void {
  const s = storage();
  if (!s) return;
  try {
    const entry = parse(s.getItem(PREFIX + id));
    if (entry?.seq === seq) s.removeItem(PREFIX + id);
  } catch { /* left for the next start to write again: harmless, it is the same version */ }
}

/** Every copy left by a page that ended before IndexedDB had it, and the pin edited last. */
export function journalEntries(): { entries: JournalEntry[]; current: string | null } {
  const s = storage();
  if (!s) return { entries: [], current: null };
  try {
    const entries: JournalEntry[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const e = parse(s.getItem(key));
      if (e && PREFIX + e.id === key) entries.push(e);
      else s.removeItem(key);
    }
    return { entries, current: s.getItem(CURRENT) };
  } catch {
    return { entries: [], current: null };
  }
}

function parse(raw: string | null): JournalEntry | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<JournalEntry>;
    return typeof v.id === 'string' && typeof v.text === 'string' && typeof v.seq === 'string' && typeof v.at === 'number' ? (v as JournalEntry) : null;
  } catch {
    return null;
  }
}
