import { useRef } from 'react';
import { PROFILES } from '../core/checks/profiles.ts';
import type { PinDocument } from '../core/document/types.ts';
import type { SaveStatus } from '../editor/autosave.ts';
import type { EditorStore } from '../editor/store.ts';
import { PinName } from './PinName.tsx';
import { PLATINGS } from './platings.ts';
import type { ColourwayChecks } from './useColourwayChecks.ts';

export interface TopBarProps {
  doc: PinDocument;
  store: EditorStore;
  saveStatus: SaveStatus | null;
  canUndo: boolean;
  canRedo: boolean;
  onNew: () => void;
  onOpen: (file: File) => void;
  onSave: () => void;
  onExport: () => void;
  onPins: () => void;
  onHistory: () => void;
  onColourways: () => void;
  /** The colourways' verdicts, summed up on their button. */
  colourways: ColourwayChecks;
  onCard: () => void;
}

/** The pin (name, artboard, saved or not, profile, plating) and the document commands. */
export function TopBar({ doc, store, saveStatus, canUndo, canRedo, onNew, onOpen, onSave, onExport, onPins, onHistory, onColourways, onCard, colourways }: TopBarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const apply = store.getState().apply;
  return (
    <header className="topbar">
      <span className="brand">Pinsmith</span>
      <PinName name={doc.name} onRename={(name) => apply({ type: 'set-name', name })} />
      <span className="muted">{+doc.artboard.width.toFixed(2)} × {+doc.artboard.height.toFixed(2)} mm</span>
      <button type="button" className="small-button" onClick={() => apply({ type: 'fit-artboard' })}
        title="Fit the artboard to the art: move the art to the top left and make the artboard its size plus 1 mm (undoable)" aria-label="Fit artboard to art">Fit to art</button>
      <span className={`save-status ${saveStatus?.state ?? ''}`} role="status" aria-label="Saving">
        {saveStatus?.state === 'saved' ? 'Saved' : saveStatus?.state === 'saving' ? 'Saving…' : saveStatus?.state === 'failed' ? 'Not saved' : ''}
      </span>
      <label className="top-field" title="Check profile: what the factory can make">
        <select value={doc.checks.profile} aria-label="Check profile" onChange={(e) => {
          const profile = PROFILES.find((p) => p.id === e.target.value);
          if (!profile) return;
          apply({ type: 'set-profile', profile: profile.id });
          apply({ type: 'set-spec', patch: { process: profile.process } });
        }}>
          {PROFILES.map((p) => <option key={p.id} value={p.id}>{p.id.replace('-', ' ')}</option>)}
        </select>
      </label>
      <label className="top-field" title="Plating of the metal">
        <select value={doc.spec.plating} aria-label="Plating" onChange={(e) => apply({ type: 'set-spec', patch: { plating: e.target.value as typeof doc.spec.plating } })}>
          {PLATINGS.map((p) => <option key={p} value={p}>{p.replace('-', ' ')}</option>)}
        </select>
      </label>
      <span className="spacer" />
      <button type="button" onClick={onNew} title="Start a new pin: name, shape, size, rim, profile and plating">New…</button>
      <button type="button" onClick={() => fileInput.current?.click()} title="Open an SVG, PDF, .pin.json or bundle; a PNG or JPEG drawing is traced into a pin (or drop it on the window)">Open…</button>
      <input ref={fileInput} type="file" accept=".svg,.pdf,.ai,.json,.zip,.png,.jpg,.jpeg,image/svg+xml,application/pdf,application/json,application/zip,image/png,image/jpeg" hidden data-testid="file-input"
        onChange={(e) => { const f = e.target.files?.[0]; if (f) onOpen(f); e.target.value = ''; }} />
      <button type="button" onClick={onSave} title="Save the pin to a .pin.json file (Ctrl+S; Shift+Ctrl+S: save as)">Save</button>
      <button type="button" onClick={onColourways} title="The same metal in other enamel colours (limited editions): side by side, each checked">
        Colourways{doc.colourways?.length ? ` (${doc.colourways.length})` : ''}<ColourwaysState checks={colourways} />
      </button>
      <button type="button" onClick={onCard} title="The printed backing card the pin ships on: size, art, the pin's place and its holes">Card…</button>
      <button type="button" onClick={onExport} title="Order spec, proof and the zip for the factory">Export…</button>
      <button type="button" onClick={onPins} title="Your pins: open, rename, duplicate, delete">My pins</button>
      <button type="button" onClick={onHistory} title="Versions of this pin: save one, restore one">History</button>
      <button type="button" onClick={() => store.getState().undo()} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-label="Undo" className="icon-button">↶</button>
      <button type="button" onClick={() => store.getState().redo()} disabled={!canRedo} title="Redo (Shift+Ctrl+Z)" aria-label="Redo" className="icon-button">↷</button>
    </header>
  );
}

/** On the Colourways button: how many colourways have errors, or that they are being checked. */
function ColourwaysState({ checks }: { checks: ColourwayChecks }) {
  const all = [...checks.verdicts.values()];
  if (!all.length) return null;
  if (all.some((v) => v.state === 'checking')) return <span className="cw-checking" role="status" aria-label="colourways being checked" title="Checking the colourways…">…</span>;
  const bad = all.filter((v) => v.state === 'failed' || (v.state === 'done' && v.report.summary.errors > 0)).length;
  const said = `${bad} colourway${bad === 1 ? '' : 's'} with errors`;
  return bad ? <span className="cw-errors" role="status" aria-label={said} title={said}>{bad}</span> : null;
}
