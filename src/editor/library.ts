import type { PinDocument } from '../core/document/types.ts';
import { savePinFile } from '../core/io/pinFile.ts';
import { entryFor, loadSavedPin, pinKey, updateIndex, withStore, type SavedPin } from './autosave.ts';

// "My pins" as a library: rename, duplicate, delete (and undo it), and the error count of the
// last check. Each operation is one IndexedDB transaction over the pin and the index together.

/** A deleted pin as it was, to put back (undo delete). */
export interface DeletedPin {
  entry: SavedPin;
  text: string;
}

export async function deletePin(id: string): Promise<DeletedPin | undefined> {
  let deleted: DeletedPin | undefined;
  await withStore('readwrite', (s) => {
    const text = s.get(pinKey(id));
    updateIndex(s, (index) => {
      const entry = index.find((p) => p.id === id);
      if (entry && typeof text.result === 'string') deleted = { entry, text: text.result };
      return index.filter((p) => p.id !== id);
    });
    s.delete(pinKey(id));
  });
  return deleted;
}

export async function restoreDeletedPin(d: DeletedPin): Promise<void> {
  await withStore('readwrite', (s) => {
    s.put(d.text, pinKey(d.entry.id));
    updateIndex(s, (index) => [...index.filter((p) => p.id !== d.entry.id), d.entry]);
  });
}

/**
 * Save a pin document under an id (a duplicate, or a renamed pin that is not open). `sameArtAs`:
 * the pin whose checks still hold for this document (only its name changed), to keep its count.
 */
export async function putPin(id: string, doc: PinDocument, sameArtAs?: string): Promise<void> {
  const savedAt = new Date().toISOString();
  await withStore('readwrite', (s) => {
    s.put(savePinFile(doc), pinKey(id));
    updateIndex(s, (index) => {
      const errors = sameArtAs ? index.find((p) => p.id === sameArtAs)?.errors : undefined;
      return [...index.filter((p) => p.id !== id), entryFor(id, doc, savedAt, errors)];
    });
  });
}

export async function duplicatePin(id: string, newId: string): Promise<PinDocument | undefined> {
  const doc = await loadSavedPin(id);
  if (!doc) return undefined;
  const copy = { ...doc, name: `${doc.name} copy` };
  await putPin(newId, copy, id);
  return copy;
}

export async function renamePin(id: string, name: string): Promise<boolean> {
  const doc = await loadSavedPin(id);
  if (!doc || !name.trim()) return false;
  await putPin(id, { ...doc, name: name.trim() }, id);
  return true;
}
