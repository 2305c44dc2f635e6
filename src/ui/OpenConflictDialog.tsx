import type { SavedPin } from '../editor/autosave.ts';

/** "Fox badge (2)", "(3)"…: the first name not taken. */
export function uniqueName(name: string, taken: string[]): string {
  for (let n = 2; ; n++) if (!taken.includes(`${name} (${n})`)) return `${name} (${n})`;
}

/** A file opened under the name of a pin already in My pins: replace that pin, keep both, or cancel. */
export function OpenConflictDialog({ existing, onChoose }: { existing: SavedPin; onChoose: (how: 'replace' | 'both' | 'cancel') => void }) {
  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onChoose('cancel'); }}>
      <div className="dialog small" role="dialog" aria-modal="true" aria-label="Pin already in My pins">
        <header><h2>“{existing.name}” is already in My pins</h2></header>
        <p className="dialog-text">The pin there was last edited {new Date(existing.savedAt).toLocaleString()}. Replace it with the file you opened, or keep both?</p>
        <footer><div className="row">
          <button type="button" onClick={() => onChoose('replace')}>Replace it</button>
          <button type="button" className="primary" autoFocus onClick={() => onChoose('both')}>Keep both</button>
          <button type="button" onClick={() => onChoose('cancel')}>Cancel</button>
        </div></footer>
      </div>
    </div>
  );
}
