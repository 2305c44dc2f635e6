import { useEffect, type RefObject } from 'react';
import type { EditorStore } from '../editor/store.ts';
import type { Tool, ToolId } from '../editor/tools/types.ts';
import { TOOL_KEYS } from './Toolbar.tsx';

/**
 * The editor's keys: the tool's own keys first, then tool letters, Ctrl+D duplicate, Ctrl+Z /
 * Shift+Ctrl+Z, Delete, Ctrl+S save (Shift: save as). Typing in a field is left alone.
 */
export function useEditorKeys(store: EditorStore, tools: Record<ToolId, Tool>, toolIdRef: RefObject<ToolId>, setToolId: (id: ToolId) => void,
  redraw: () => void, onSave: (as: boolean) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      // Saving works from anywhere, a text field included: the browser's own Save page is never what is meant.
      if (mod && e.key.toLowerCase() === 's') {
        e.preventDefault();
        onSave(e.shiftKey);
        return;
      }
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
      if (tools[toolIdRef.current].key(e.key, e.shiftKey)) {
        e.preventDefault();
        redraw();
        return;
      }
      const pick = !mod && !e.altKey ? TOOL_KEYS[e.key.toLowerCase()] : undefined;
      if (pick) {
        setToolId(pick);
        return;
      }
      if (mod && e.key.toLowerCase() === 'd') {
        e.preventDefault();
        const ids = store.getState().selection;
        const newIds = ids.map((id, i) => `${id}-copy-${Date.now().toString(36)}-${i}`);
        store.getState().apply({ type: 'duplicate-items', ids, newIds, dx: 1, dy: 1 });
        store.getState().select(newIds.filter((id) => store.getState().doc.items[id]));
        return;
      }
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) store.getState().redo();
        else store.getState().undo();
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && store.getState().selection.length) {
        store.getState().apply({ type: 'delete-items', ids: store.getState().selection });
        store.getState().select([]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, tools, onSave]);
}
