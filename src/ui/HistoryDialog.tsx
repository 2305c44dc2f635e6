import { useEffect, useState } from 'react';
import type { PinDocument } from '../core/document/types.ts';
import { thumbnailUrl } from '../core/editing/thumbnail.ts';
import { KIND_LABEL, type SnapshotMeta } from '../core/history/policy.ts';
import { listSnapshots, loadSnapshot, takeSnapshot } from '../editor/history.ts';

/** The versions of the open pin: take one with a name, restore one (as a new, undoable state). */
export function HistoryDialog({ pinId, doc, onRestore, onClose }: {
  pinId: string;
  doc: PinDocument;
  onRestore: (doc: PinDocument, meta: SnapshotMeta) => void;
  onClose: () => void;
}) {
  const [list, setList] = useState<SnapshotMeta[] | null>(null);
  const [thumbs, setThumbs] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = () => void listSnapshots(pinId).then(setList);
  useEffect(reload, [pinId]);
  useEffect(() => {
    for (const m of list ?? []) {
      if (thumbs[m.id]) continue;
      void loadSnapshot(pinId, m.id).then((d) => {
        if (d) setThumbs((t) => ({ ...t, [m.id]: thumbnailUrl(d, 56) }));
      });
    }
  }, [list]);
  const save = () => {
    const label = name.trim();
    if (!label) { setError('Give the version a name, e.g. "sent to factory, rev B".'); return; }
    setError(null);
    void takeSnapshot(pinId, doc, 'named', label).then(() => { setName(''); reload(); })
      .catch((e: unknown) => setError(`The version could not be kept: ${e instanceof Error ? e.message : String(e)}`));
  };
  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="dialog history" role="dialog" aria-modal="true" aria-label="History">
        <header><h2>History of “{doc.name}”</h2><button type="button" onClick={onClose} aria-label="Close History">×</button></header>
        <form className="row history-save" onSubmit={(e) => { e.preventDefault(); save(); }}>
          <input aria-label="Version name" placeholder='Name this version, e.g. "sent to factory, rev B"' value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit">Save version</button>
        </form>
        {error && <p className="error-text" role="alert">{error}</p>}
        <ul className="pin-list">
          {list === null && <li className="muted">Reading versions…</li>}
          {list?.length === 0 && <li className="muted">No versions yet: one is kept every few minutes of editing, before an import, a scale or an export, and whenever you save one.</li>}
          {list?.map((m) => (
            <li key={m.id}>
              {thumbs[m.id] ? <img src={thumbs[m.id]} alt="" width={56} /> : <span className="thumb-placeholder small" />}
              <div className="pin-meta">
                <b>{m.label || KIND_LABEL[m.kind]}</b>
                <span className="muted small">{new Date(m.at).toLocaleString()} · {KIND_LABEL[m.kind]}</span>
              </div>
              <div className="pin-actions">
                <button type="button" aria-label={`Restore ${m.label || KIND_LABEL[m.kind]}`} onClick={() => void loadSnapshot(pinId, m.id).then((d) => {
                  if (!d) { setError('That version could not be read back.'); return; }
                  onRestore(d, m);
                })}>Restore</button>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
