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

/**
 * Opening a dropped or picked file (.svg, .pin.json or a bundle .zip). A broken one leaves the open
 * pin exactly as it was; one named like a pin already in My pins asks first (replace it or keep both).
 */
export function useOpenFile({ open, tell, beforeReplace }: {
  open: (id: string | null, doc: PinDocument) => void;
  tell: (kind: 'error' | 'info', text: string) => void;
  /** A saved pin is about to be replaced by a file: keep a version of it first. */
  beforeReplace?: (id: string) => Promise<unknown>;
}) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const openFile = async (file: File) => {
    // The importer and the palette load on first use, keeping the first screen small.
    const { openDesignFile } = await import('../core/io/openFile.ts');
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
    } else r = openDesignFile(file.name, await file.text());
    if (!r.ok) {
      tell('error', r.error);
      return;
    }
    const doc = r.doc;
    const warnings = r.notes.filter((n) => n.level === 'warning');
    const text = `Opened ${file.name}${warnings.length ? ` — ${warnings.map((w) => w.message).join('; ')}` : ''}`;
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
