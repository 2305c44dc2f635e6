import { useEffect, type RefObject } from 'react';
import { actionForKey, pasteText, runAction, type ActionEnv } from '../editor/actions.ts';
import { clipboardSvg } from '../core/editing/clipboardSvg.ts';
import type { Tool, ToolId } from '../editor/tools/types.ts';
import { TOOL_KEYS } from './Toolbar.tsx';

/** A field where typing happens: its own keys are its own (Ctrl+A selects its text, Ctrl+C copies it). */
const isTypingField = (t: EventTarget | null) =>
  (t instanceof HTMLInputElement && !['number', 'range', 'checkbox', 'radio', 'color', 'button'].includes(t.type)) || t instanceof HTMLTextAreaElement;
/** A value field (a width, a size, a choice): Ctrl+Z there commits the value and undoes in the editor. */
const isValueField = (t: EventTarget | null) => t instanceof HTMLInputElement || t instanceof HTMLSelectElement;

/**
 * The editor's keys: the tool's own keys first, then tool letters, then the shortcuts of
 * editor/actions.ts (Illustrator's), Ctrl+S save (Shift: save as). The system clipboard carries
 * copies as SVG through the copy, cut and paste events.
 */
export function useEditorKeys(env: ActionEnv, tools: Record<ToolId, Tool>, toolIdRef: RefObject<ToolId>, setToolId: (id: ToolId) => void,
  redraw: () => void, onSave: (as: boolean) => void, onHelp: () => void) {
  useEffect(() => {
    let pasteInPlace = false;
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      // Saving works from anywhere, a text field included: the browser's own Save page is never what is meant.
      if (mod && e.key.toLowerCase() === 's') {
        e.preventDefault();
        onSave(e.shiftKey);
        return;
      }
      const action = actionForKey({ key: e.key, ctrl: mod, shift: e.shiftKey, alt: e.altKey });
      if (isTypingField(e.target)) return;
      if (isValueField(e.target)) {
        if (action !== 'undo' && action !== 'redo') return;
        // The value typed is already applied (fields apply as they change): leave the field and undo.
        (e.target as HTMLElement).blur();
      }
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
      if (!mod && e.key === '?') {
        onHelp();
        return;
      }
      if (!action) return;
      // Copy, cut and paste arrive as clipboard events (below), which may read and write the system clipboard.
      if (action === 'copy' || action === 'cut' || action === 'paste' || action === 'paste-in-place') {
        pasteInPlace = action === 'paste-in-place';
        return;
      }
      e.preventDefault();
      runAction(action, env);
    };
    const onCopy = (e: ClipboardEvent) => {
      if (isTypingField(e.target) || isValueField(e.target)) return;
      const { doc, selection } = env.store.getState();
      const ids = selection.filter((id) => doc.items[id]);
      if (!ids.length) return;
      const svg = clipboardSvg(doc, ids);
      e.clipboardData?.setData('text/plain', svg);
      e.clipboardData?.setData('image/svg+xml', svg);
      e.preventDefault();
      runAction(e.type === 'cut' ? 'cut' : 'copy', env);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTypingField(e.target) || isValueField(e.target)) return;
      const text = e.clipboardData?.getData('image/svg+xml') || e.clipboardData?.getData('text/plain');
      e.preventDefault();
      void pasteText(env, text || env.clipboard.text, pasteInPlace);
      pasteInPlace = false;
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [env, tools, onSave]);
}
