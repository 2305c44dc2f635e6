import { createStore } from 'zustand/vanilla';
import type { PinDocument } from '../core/document/types.ts';
import { emptyDocument } from '../core/document/defaults.ts';
import { applyCommand, type Command } from './commands.ts';

// One gate for every edit: apply(command, {history}). A gesture (a whole drag) is one undo
// entry; selection changes never touch history; loading a file is not undoable.

export interface EditorState {
  doc: PinDocument;
  past: PinDocument[];
  future: PinDocument[];
  selection: string[];
  /** Set while a gesture is open: the document before it began. */
  gestureStart: PinDocument | null;
  /** The pin is being edited in another tab: this one follows it and changes nothing. */
  readOnly: boolean;
  setReadOnly(readOnly: boolean): void;
  apply(cmd: Command, opts?: { history?: 'record' | 'ignore' }): void;
  beginGesture(): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
  load(doc: PinDocument): void;
}

const HISTORY_LIMIT = 200;

export function createEditorStore(initial: PinDocument = emptyDocument()) {
  return createStore<EditorState>()((set, get) => ({
    doc: initial,
    past: [],
    future: [],
    selection: [],
    gestureStart: null,
    readOnly: false,
    setReadOnly(readOnly) {
      if (get().readOnly !== readOnly) set({ readOnly, gestureStart: null });
    },
    apply(cmd, opts = {}) {
      const { doc, past, gestureStart, readOnly } = get();
      if (readOnly) return;
      const next = applyCommand(doc, cmd);
      if (next === doc) return;
      if (opts.history === 'ignore' || gestureStart) {
        set({ doc: next });
        return;
      }
      set({ doc: next, past: [...past, doc].slice(-HISTORY_LIMIT), future: [] });
    },
    beginGesture() {
      if (!get().gestureStart && !get().readOnly) set({ gestureStart: get().doc });
    },
    endGesture() {
      const { gestureStart, doc, past } = get();
      if (!gestureStart) return;
      if (gestureStart === doc) set({ gestureStart: null });
      else set({ gestureStart: null, past: [...past, gestureStart].slice(-HISTORY_LIMIT), future: [] });
    },
    undo() {
      const { past, doc, future, readOnly } = get();
      if (readOnly) return;
      const prev = past[past.length - 1];
      if (!prev) return;
      set({ doc: prev, past: past.slice(0, -1), future: [doc, ...future], selection: get().selection.filter((id) => prev.items[id]) });
    },
    redo() {
      const { past, doc, future, readOnly } = get();
      if (readOnly) return;
      const next = future[0];
      if (!next) return;
      set({ doc: next, past: [...past, doc], future: future.slice(1), selection: get().selection.filter((id) => next.items[id]) });
    },
    select(ids) {
      set({ selection: ids });
    },
    load(doc) {
      set({ doc, past: [], future: [], selection: [], gestureStart: null });
    },
  }));
}

export type EditorStore = ReturnType<typeof createEditorStore>;
