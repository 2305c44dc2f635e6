import { useState } from 'react';
import type { PinDocument } from '../core/document/types.ts';
import { listSavedPins, type SavedPin } from '../editor/autosave.ts';
import { uniqueName } from './OpenConflictDialog.tsx';

interface Conflict {
  doc: PinDocument;
  existing: SavedPin;
  text: string;
  taken: string[];
}

/** What the import did that the artist should know: warnings first, then the rest (what was cut, dashed, left out). */
function openNotes(notes: Array<{ level: 'info' | 'warning'; message: string }>): string {
  const said = [...notes.filter((n) => n.level === 'warning'), ...notes.filter((n) => n.level === 'info')];
  if (!said.length) return '';
  const shown = said.slice(0, SHOWN_NOTES).map((n) => n.message).join('; ');
  return ` — ${shown}${said.length > SHOWN_NOTES ? `; and ${said.length - SHOWN_NOTES} more note(s)` : ''}`;
}

const SHOWN_NOTES = 6;

/**
 * Opening a dropped or picked file (.svg, .pin.json or a bundle .zip). A broken one leaves the open
 * pin exactly as it was; one named like a pin already in My pins asks first (replace it or keep both).
 */
export function useOpenFile({ open, tell, beforeReplace, trace }: {
  open: (id: string | null, doc: PinDocument) => void;
  /** A PNG or JPEG drawing: offered for tracing into a pin. */
  trace?: (file: File) => void;
  tell: (kind: 'error' | 'info', text: string) => void;
  /** A saved pin is about to be replaced by a file: keep a version of it first. */
  beforeReplace?: (id: string) => Promise<unknown>;
}) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const openFile = async (file: File) => {
    if (trace && (/\.(png|jpe?g)$/i.test(file.name) || file.type === 'image/png' || file.type === 'image/jpeg')) {
      trace(file);
      return;
    }
    // The importer and the palette load on first use, keeping the first screen small.
    const { openDesignBytes, openDesignFile } = await import('../core/io/openFile.ts');
    let r: ReturnType<typeof openDesignFile>;
    if (/\.zip$/i.test(file.name) || file.type === 'application/zip') {
      // A factory bundle reopens its design.pin.json; the zip is read as hostile.
      const { designFromZip } = await import('../editor/exportBundle.ts');
      const inner = await designFromZip(new Uint8Array(await file.arrayBuffer()));
      if (!inner.ok) {
        tell('error', `${file.name} could not be opened: ${inner.reason}`);
        return;
      }
      r = openDesignFile('design.pin.json', inner.value);
      if (!r.ok) r = { ...r, error: `${file.name}: ${r.error}` };
    } else r = await openDesignBytes(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!r.ok) {
      tell('error', r.error);
      return;
    }
    const doc = r.doc;
    const text = `Opened ${file.name}${openNotes(r.notes)}`;
    const saved = await listSavedPins();
    const existing = saved.find((p) => p.name === doc.name);
    if (existing) {
      setConflict({ doc, existing, text, taken: saved.map((p) => p.name) });
      return;
    }
    // The pin you had open stays in My pins; the opened file becomes a new one.
    open(null, doc);
    tell('info', text);
  };
  const resolveConflict = (how: 'replace' | 'both' | 'cancel') => {
    if (!conflict) return;
    setConflict(null);
    if (how === 'cancel') return;
    const c = conflict;
    if (how === 'replace') void (beforeReplace?.(c.existing.id) ?? Promise.resolve()).catch(() => {}).then(() => { open(c.existing.id, c.doc); tell('info', c.text); });
    else {
      open(null, { ...c.doc, name: uniqueName(c.doc.name, c.taken) });
      tell('info', c.text);
    }
  };
  return { openFile, conflict, resolveConflict };
}
