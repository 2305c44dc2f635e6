import { useEffect, useMemo, useState } from 'react';
import type { PinDocument } from '../core/document/types.ts';
import { thumbnailUrl } from '../core/editing/thumbnail.ts';
import { listSavedPins, loadSavedPin, newPinId, type SavedPin } from '../editor/autosave.ts';
import { deletePin, duplicatePin, renamePin, restoreDeletedPin, type DeletedPin } from '../editor/library.ts';

export interface MyPinsDialogProps {
  openId: string;
  onOpen: (id: string, doc: PinDocument) => void;
  /** Rename the pin that is open (through the editor, so it is undoable and saved). */
  onRenameOpen: (name: string) => void;
  onClose: () => void;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The artist's pins: thumbnails, names, size, last edited, errors; open, rename, duplicate, delete (undo). */
export function MyPinsDialog({ openId, onOpen, onRenameOpen, onClose }: MyPinsDialogProps) {
  const [pins, setPins] = useState<SavedPin[] | null>(null);
  const [thumbs, setThumbs] = useState<Record<string, string>>({});
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<'edited' | 'name'>('edited');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleted, setDeleted] = useState<DeletedPin | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () => void listSavedPins().then(setPins);
  useEffect(reload, []);
  // Thumbnails are drawn from each saved pin (once per version).
  useEffect(() => {
    for (const p of pins ?? []) {
      const key = `${p.id}@${p.savedAt}`;
      if (thumbs[key]) continue;
      void loadSavedPin(p.id).then((d) => {
        if (d) setThumbs((t) => ({ ...t, [key]: thumbnailUrl(d) }));
      });
    }
  }, [pins]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = (pins ?? []).filter((p) => !q || p.name.toLowerCase().includes(q));
    return sort === 'name' ? [...list].sort((a, b) => a.name.localeCompare(b.name)) : list;
  }, [pins, query, sort]);
  const act = (work: Promise<unknown>, failed: string) => void work.then(reload).catch((e: unknown) => setError(`${failed}: ${e instanceof Error ? e.message : String(e)}`));
  const commitRename = () => {
    if (!renaming) return;
    const name = renaming.name.trim();
    setRenaming(null);
    if (!name) return;
    if (renaming.id === openId) { onRenameOpen(name); setTimeout(reload, 200); } else act(renamePin(renaming.id, name), 'The pin could not be renamed');
  };

  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape' && !renaming) onClose(); }}>
      <div className="dialog my-pins" role="dialog" aria-modal="true" aria-label="My pins">
        <header>
          <h2>My pins</h2>
          <input type="search" aria-label="Search pins" placeholder="Search by name" value={query} onChange={(e) => setQuery(e.target.value)} />
          <select aria-label="Sort pins" value={sort} onChange={(e) => setSort(e.target.value as 'edited' | 'name')}>
            <option value="edited">Last edited</option><option value="name">Name</option>
          </select>
          <button type="button" onClick={onClose} aria-label="Close My pins">×</button>
        </header>
        {deleted && (
          <p className="message info" role="status">
            <span>Deleted “{deleted.entry.name}”.</span>
            <button type="button" className="undo-delete" onClick={() => { const d = deleted; setDeleted(null); act(restoreDeletedPin(d), 'The pin could not be put back'); }}>Undo</button>
          </p>
        )}
        {error && <p className="error-text" role="alert">{error}</p>}
        <ul className="pin-list">
          {pins === null && <li className="muted">Reading your pins…</li>}
          {pins && shown.length === 0 && <li className="muted">{pins.length ? 'No pin matches.' : 'No saved pins yet.'}</li>}
          {shown.map((p) => (
            <li key={p.id} className={p.id === openId ? 'open' : ''}>
              <button type="button" className="pin-open" aria-label={`Open ${p.name}`} onClick={() => void loadSavedPin(p.id).then((d) => {
                if (!d) { setError(`${p.name} could not be read back; it was left as it is.`); return; }
                onOpen(p.id, d);
              })}>
                {thumbs[`${p.id}@${p.savedAt}`] ? <img src={thumbs[`${p.id}@${p.savedAt}`]} alt="" width={72} /> : <span className="thumb-placeholder" />}
              </button>
              <div className="pin-meta">
                {renaming?.id === p.id
                  ? <input aria-label="New name" autoFocus value={renaming.name} onChange={(e) => setRenaming({ id: p.id, name: e.target.value })}
                    onBlur={commitRename} onKeyDown={(e) => { if (e.key === 'Enter') commitRename(); else if (e.key === 'Escape') setRenaming(null); }} />
                  : <b>{p.name}{p.id === openId ? ' (open)' : ''}</b>}
                <span className="muted small">
                  {p.widthMm !== undefined && p.heightMm !== undefined ? `${p.widthMm} × ${p.heightMm} mm · ` : ''}edited {when(p.savedAt)}
                  {p.errors !== undefined ? ` · ${p.errors === 0 ? 'no errors' : `${p.errors} error${p.errors === 1 ? '' : 's'}`}` : ''}
                </span>
              </div>
              <div className="pin-actions">
                <button type="button" onClick={() => setRenaming({ id: p.id, name: p.name })} aria-label={`Rename ${p.name}`}>Rename</button>
                <button type="button" onClick={() => act(duplicatePin(p.id, newPinId()), 'The pin could not be duplicated')} aria-label={`Duplicate ${p.name}`}>Duplicate</button>
                {p.id !== openId && (
                  <button type="button" onClick={() => act(deletePin(p.id).then((d) => {
                    // The list loses the pin in the same render the message says so (the reload confirms).
                    setDeleted(d ?? null);
                    setPins((ps) => ps?.filter((x) => x.id !== p.id) ?? ps);
                  }), 'The pin could not be deleted')} aria-label={`Delete ${p.name}`}>Delete</button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
