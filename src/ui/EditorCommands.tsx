import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from 'react';
import type { CanvasView } from '../canvas/PinCanvas.tsx';
import { ACTIONS, ALIGN_TARGET_LABEL, runAction, type ActionEnv, type ActionId, type ActionInfo } from '../editor/actions.ts';
import { idMaker } from '../editor/ids.ts';
import type { EditorStore } from '../editor/store.ts';
import type { Tool, ToolId } from '../editor/tools/types.ts';
import { useEditorKeys } from './useEditorKeys.ts';

// The editor's commands on screen: a context menu on the canvas and the shortcut sheet ("?"),
// both listing editor/actions.ts, the same commands the keys run.

const MENU: Array<ActionId | '-'> = ['cut', 'copy', 'paste', 'paste-in-place', 'duplicate', 'delete', '-', 'select-all', 'deselect', 'select-inverse', '-',
  'group', 'ungroup', '-', 'bring-to-front', 'bring-forward', 'send-backward', 'send-to-back', '-',
  'align-to', 'align-left', 'align-center-x', 'align-right', 'align-top', 'align-center-y', 'align-bottom', 'distribute-x', 'distribute-y', '-',
  'unite', 'subtract', 'intersect', 'exclude', 'offset-path', 'outline-stroke', 'make-cutout', '-', 'zoom-fit', 'zoom-100', 'outline-view'];
const INFO = new Map(ACTIONS.map((a) => [a.id, a]));
const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const keysText = (a: ActionInfo) => (a.keys ? (mac ? a.keys.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧') : a.keys) : '');

export interface EditorCommandsProps {
  store: EditorStore;
  viewRef: RefObject<CanvasView | null>;
  tools: Record<ToolId, Tool>;
  toolIdRef: RefObject<ToolId>;
  setToolId: (id: ToolId) => void;
  redraw: () => void;
  onSave: (as: boolean) => void;
  tell: (text: string) => void;
  /** Outline view on or off (Ctrl+Y). */
  onToggleOutline: () => void;
  /** Ask for a number in the editor's own dialog. */
  askNumber: ActionEnv['askNumber'];
}

/** The keys, plus what to put on screen for the menu and the sheet, and the canvas's right-click. */
export function useEditorCommands(p: EditorCommandsProps): { overlays: ReactNode; onContextMenu: (e: MouseEvent) => void; env: ActionEnv } {
  const tellRef = useRef(p.tell);
  tellRef.current = p.tell;
  const askRef = useRef(p.askNumber);
  askRef.current = p.askNumber;
  const toggleRef = useRef(p.onToggleOutline);
  toggleRef.current = p.onToggleOutline;
  const env = useMemo<ActionEnv>(() => ({
    store: p.store,
    view: {
      fit: () => p.viewRef.current?.fit(),
      actualSize: () => p.viewRef.current?.actualSize(),
      zoomBy: (f) => p.viewRef.current?.zoomBy(f),
      toggleOutline: () => toggleRef.current(),
    },
    newId: idMaker(p.store),
    tell: (text) => tellRef.current(text),
    clipboard: { text: null },
    alignTo: { to: 'selection' },
    askNumber: (...a) => askRef.current?.(...a) ?? Promise.resolve(null),
  }), [p.store, p.viewRef]);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [sheet, setSheet] = useState(false);
  useEditorKeys(env, p.tools, p.toolIdRef, p.setToolId, p.redraw, p.onSave, () => setSheet((s) => !s));
  useEffect(() => {
    if (!menu && !sheet) return;
    const close = (e: KeyboardEvent) => { if (e.key === 'Escape') { setMenu(null); setSheet(false); } };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [menu, sheet]);
  const selected = p.store.getState().selection.length;
  const run = (id: ActionId) => {
    // Choosing what to align to keeps the menu open, showing the new choice.
    if (id === 'align-to') {
      runAction(id, env);
      setMenu((m) => (m ? { ...m } : m));
      return;
    }
    setMenu(null);
    // A menu click is a user gesture: the browser lets it write the system clipboard.
    if (id === 'copy' || id === 'cut') document.execCommand(id);
    else runAction(id, env);
  };
  const overlays = (
    <>
      {menu && (
        <div className="context-backdrop" onMouseDown={() => setMenu(null)} onContextMenu={(e) => { e.preventDefault(); setMenu(null); }}>
          <ul className="context-menu" role="menu" aria-label="Edit" onMouseDown={(e) => e.stopPropagation()}
            style={menu.y > window.innerHeight / 2
              ? { left: menu.x, bottom: window.innerHeight - menu.y, maxHeight: menu.y - 8 }
              : { left: menu.x, top: menu.y, maxHeight: window.innerHeight - menu.y - 8 }}>
            {MENU.map((id, i) => {
              if (id === '-') return <li key={`sep-${i}`} role="separator" />;
              const a = INFO.get(id)!;
              const label = id === 'align-to' ? `Align to: ${ALIGN_TARGET_LABEL[env.alignTo?.to ?? 'selection']}` : a.label;
              return (
                <li key={id} role="none">
                  <button type="button" role="menuitem" disabled={selected < (a.needs ?? 0)} onClick={() => run(id)}>
                    <span>{label}</span><kbd>{keysText(a)}</kbd>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {sheet && (
        <div className="dialog-backdrop" onMouseDown={() => setSheet(false)}>
          <div className="dialog shortcuts" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onMouseDown={(e) => e.stopPropagation()}>
            <header><h2>Keyboard shortcuts</h2><button type="button" aria-label="Close" onClick={() => setSheet(false)}>×</button></header>
            <dl>
              {ACTIONS.filter((a) => a.keys).map((a) => <div key={a.id}><dt><kbd>{keysText(a)}</kbd></dt><dd>{a.label}</dd></div>)}
              <div><dt><kbd>V A P B M L T K I O H Z</kbd></dt><dd>Tools (hover a tool for its name)</dd></div>
              <div><dt><kbd>Ctrl+S</kbd></dt><dd>Save to a file (Shift: save as)</dd></div>
              <div><dt><kbd>?</kbd></dt><dd>This sheet</dd></div>
            </dl>
          </div>
        </div>
      )}
    </>
  );
  return {
    overlays,
    env,
    onContextMenu: (e) => {
      e.preventDefault();
      setMenu({ x: Math.min(e.clientX, window.innerWidth - 260), y: e.clientY });
    },
  };
}
