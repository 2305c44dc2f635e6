import { useState } from 'react';

/** The pin's name in the top bar: click to rename (Enter or leaving the field keeps it, Esc cancels). */
export function PinName({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (editing === null) {
    return <button type="button" className="doc-name" title="Rename the pin" onClick={() => setEditing(name)}>{name}</button>;
  }
  const done = (keep: boolean) => {
    if (keep && editing.trim()) onRename(editing.trim());
    setEditing(null);
  };
  return (
    <input className="doc-name-input" aria-label="Pin name" autoFocus value={editing} maxLength={120}
      onChange={(e) => setEditing(e.target.value)} onBlur={() => done(true)}
      onKeyDown={(e) => { if (e.key === 'Enter') done(true); else if (e.key === 'Escape') done(false); }} />
  );
}
