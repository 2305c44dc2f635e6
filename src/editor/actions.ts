import { alignMoves, distributeMoves, type AlignEdge } from '../core/editing/align.ts';
import { withGroups, type ArrangeTo } from '../core/editing/arrange.ts';
import { clipboardSvg } from '../core/editing/clipboardSvg.ts';
import { makeCutout, offsetPath, outlineStroke, pathOperation, type PathEdit, type PathOp } from '../core/editing/pathOps.ts';
import type { Result } from '../core/result.ts';
import type { EditorStore } from './store.ts';

// The editor's commands as the menus, the context menu and the keys all call them: each is one
// store command (one undo step) or a selection change, with a sentence when it cannot be done.

export interface ActionEnv {
  store: EditorStore;
  /** The camera: fit, real size, zoom about the middle of the window. */
  view?: { fit(): void; actualSize(): void; zoomBy(factor: number): void; toggleOutline(): void };
  /** A new id no item has. */
  newId(prefix: string): string;
  /** Something could not be done: say why. */
  tell(text: string): void;
  /** Where a copy is kept when the system clipboard cannot be written (a menu click). */
  clipboard: { text: string | null };
  /** What Align lines items up with (Illustrator's Align To); the key object is the first selected. */
  alignTo?: { to: AlignTarget };
  /** Ask for a number (offset distance); null when cancelled. */
  askNumber?: (title: string, label: string, initial: string) => Promise<string | null>;
}

export type AlignTarget = 'selection' | 'die' | 'artboard' | 'key';
const ALIGN_TARGETS: AlignTarget[] = ['selection', 'die', 'artboard', 'key'];
export const ALIGN_TARGET_LABEL: Record<AlignTarget, string> = { selection: 'the selection', die: 'the die line', artboard: 'the artboard', key: 'the key object (first selected)' };

export type ActionId =
  | 'select-all' | 'deselect' | 'select-inverse' | 'copy' | 'cut' | 'paste' | 'paste-in-place' | 'duplicate' | 'delete'
  | 'group' | 'ungroup' | 'bring-to-front' | 'bring-forward' | 'send-backward' | 'send-to-back'
  | 'align-left' | 'align-center-x' | 'align-right' | 'align-top' | 'align-center-y' | 'align-bottom' | 'distribute-x' | 'distribute-y'
  | 'unite' | 'subtract' | 'intersect' | 'exclude' | 'outline-stroke' | 'make-cutout' | 'offset-path' | 'align-to'
  | 'zoom-fit' | 'zoom-100' | 'zoom-in' | 'zoom-out' | 'outline-view' | 'undo' | 'redo';

export interface ActionInfo {
  id: ActionId;
  label: string;
  /** As shown in menus and the shortcut sheet ("Ctrl" is ⌘ on a Mac). */
  keys?: string;
  /** Needs this many selected items. */
  needs?: number;
}

export const ACTIONS: ActionInfo[] = [
  { id: 'undo', label: 'Undo', keys: 'Ctrl+Z' },
  { id: 'redo', label: 'Redo', keys: 'Ctrl+Shift+Z' },
  { id: 'cut', label: 'Cut', keys: 'Ctrl+X', needs: 1 },
  { id: 'copy', label: 'Copy', keys: 'Ctrl+C', needs: 1 },
  { id: 'paste', label: 'Paste', keys: 'Ctrl+V' },
  { id: 'paste-in-place', label: 'Paste in place', keys: 'Ctrl+Shift+V' },
  { id: 'duplicate', label: 'Duplicate', keys: 'Ctrl+D', needs: 1 },
  { id: 'delete', label: 'Delete', keys: 'Delete', needs: 1 },
  { id: 'select-all', label: 'Select all', keys: 'Ctrl+A' },
  { id: 'deselect', label: 'Deselect', keys: 'Ctrl+Shift+A', needs: 1 },
  { id: 'select-inverse', label: 'Select inverse' },
  { id: 'group', label: 'Group', keys: 'Ctrl+G', needs: 2 },
  { id: 'ungroup', label: 'Ungroup', keys: 'Ctrl+Shift+G', needs: 1 },
  { id: 'bring-to-front', label: 'Bring to front', keys: 'Ctrl+Shift+]', needs: 1 },
  { id: 'bring-forward', label: 'Bring forward', keys: 'Ctrl+]', needs: 1 },
  { id: 'send-backward', label: 'Send backward', keys: 'Ctrl+[', needs: 1 },
  { id: 'send-to-back', label: 'Send to back', keys: 'Ctrl+Shift+[', needs: 1 },
  { id: 'align-left', label: 'Align left edges', needs: 1 },
  { id: 'align-center-x', label: 'Align centres across', needs: 1 },
  { id: 'align-right', label: 'Align right edges', needs: 1 },
  { id: 'align-top', label: 'Align top edges', needs: 1 },
  { id: 'align-center-y', label: 'Align centres down', needs: 1 },
  { id: 'align-bottom', label: 'Align bottom edges', needs: 1 },
  { id: 'distribute-x', label: 'Distribute across', needs: 3 },
  { id: 'distribute-y', label: 'Distribute down', needs: 3 },
  { id: 'unite', label: 'Unite', needs: 2 },
  { id: 'subtract', label: 'Subtract front', needs: 2 },
  { id: 'intersect', label: 'Intersect', needs: 2 },
  { id: 'exclude', label: 'Exclude overlap', needs: 2 },
  { id: 'align-to', label: 'Align to…', needs: 1 },
  { id: 'offset-path', label: 'Offset path…', needs: 1 },
  { id: 'outline-stroke', label: 'Outline stroke (line → metal area)', needs: 1 },
  { id: 'make-cutout', label: 'Make cut-out', needs: 1 },
  { id: 'zoom-fit', label: 'Fit in window', keys: 'Ctrl+0' },
  { id: 'zoom-100', label: 'Actual size', keys: 'Ctrl+1' },
  { id: 'zoom-in', label: 'Zoom in', keys: 'Ctrl+=' },
  { id: 'zoom-out', label: 'Zoom out', keys: 'Ctrl+-' },
  { id: 'outline-view', label: 'Outline view (paths only)', keys: 'Ctrl+Y' },
];

/** Keyboard shortcut → action, Illustrator's keys. `key` as KeyboardEvent.key, lower-cased. */
export function actionForKey(e: { key: string; ctrl: boolean; shift: boolean; alt: boolean }): ActionId | undefined {
  if (e.alt) return undefined;
  const k = e.key.toLowerCase();
  if (!e.ctrl) return k === 'delete' || k === 'backspace' ? 'delete' : undefined;
  if (e.shift) {
    return ({ z: 'redo', a: 'deselect', g: 'ungroup', v: 'paste-in-place', ']': 'bring-to-front', '}': 'bring-to-front', '[': 'send-to-back', '{': 'send-to-back', '+': 'zoom-in' } as Record<string, ActionId>)[k];
  }
  return ({ z: 'undo', y: 'outline-view', a: 'select-all', c: 'copy', x: 'cut', v: 'paste', d: 'duplicate', g: 'group', ']': 'bring-forward', '[': 'send-backward', '0': 'zoom-fit', '1': 'zoom-100', '=': 'zoom-in', '+': 'zoom-in', '-': 'zoom-out' } as Record<string, ActionId>)[k];
}

const ALIGN: Partial<Record<ActionId, AlignEdge>> = {
  'align-left': 'left', 'align-center-x': 'center-x', 'align-right': 'right', 'align-top': 'top', 'align-center-y': 'center-y', 'align-bottom': 'bottom',
};
const ARRANGE: Partial<Record<ActionId, ArrangeTo>> = { 'bring-to-front': 'front', 'bring-forward': 'forward', 'send-backward': 'backward', 'send-to-back': 'back' };
const PATH_OPS: Partial<Record<ActionId, PathOp>> = { unite: 'unite', subtract: 'subtract', intersect: 'intersect', exclude: 'exclude' };

/** Paste offset, as Illustrator nudges a paste so it is not hidden on its original. */
export const PASTE_OFFSET_MM = 1;

export function runAction(id: ActionId, env: ActionEnv): void {
  const st = () => env.store.getState();
  const doc = st().doc;
  const sel = st().selection.filter((s) => doc.items[s]);
  const editable = () => sel.filter((s) => !doc.items[s]!.locked);
  const applyEdit = (r: Result<PathEdit>) => {
    if (!r.ok) return env.tell(r.reason);
    st().apply({ type: 'replace-items', upserts: r.value.upserts, removed: r.value.removed });
    st().select(r.value.upserts.map((it) => it.id));
  };
  switch (id) {
    case 'undo': return st().undo();
    case 'redo': return st().redo();
    case 'select-all': return st().select(doc.order.filter((s) => !doc.items[s]!.locked && !doc.items[s]!.hidden));
    case 'deselect': return st().select([]);
    case 'select-inverse': return st().select(doc.order.filter((s) => !sel.includes(s) && !doc.items[s]!.locked && !doc.items[s]!.hidden));
    case 'copy':
    case 'cut': {
      if (!sel.length) return;
      env.clipboard.text = clipboardSvg(doc, sel);
      if (id === 'cut') {
        st().apply({ type: 'delete-items', ids: editable() });
        st().select([]);
      }
      return;
    }
    case 'paste':
    case 'paste-in-place': return void pasteText(env, env.clipboard.text, id === 'paste-in-place');
    case 'duplicate': {
      const newIds = editable().map(() => env.newId('copy'));
      st().apply({ type: 'duplicate-items', ids: editable(), newIds, dx: 1, dy: 1 });
      return st().select(newIds.filter((n) => st().doc.items[n]));
    }
    case 'delete':
      if (!sel.length) return;
      st().apply({ type: 'delete-items', ids: editable() });
      return st().select([]);
    case 'group':
      if (sel.length < 2) return env.tell('select two or more items to group');
      return st().apply({ type: 'group', ids: sel, groupId: env.newId('group') });
    case 'ungroup': return st().apply({ type: 'ungroup', ids: withGroups(doc, sel) });
    case 'distribute-x':
    case 'distribute-y': {
      const moves = distributeMoves(doc, sel, id === 'distribute-x' ? 'x' : 'y');
      if (sel.length < 3) return env.tell('select three or more items to distribute');
      return st().apply({ type: 'move-each', moves });
    }
    case 'outline-stroke': return applyEdit(outlineStroke(sel.map((s) => doc.items[s]!)));
    case 'align-to': {
      const now = env.alignTo ?? (env.alignTo = { to: 'selection' });
      now.to = ALIGN_TARGETS[(ALIGN_TARGETS.indexOf(now.to) + 1) % ALIGN_TARGETS.length]!;
      return env.tell(`Align now lines items up with ${ALIGN_TARGET_LABEL[now.to]}.`);
    }
    case 'offset-path': {
      const items = sel.map((s) => doc.items[s]!);
      void env.askNumber?.('Offset path', 'Distance (negative shrinks)', '0.3').then((answer) => {
        if (answer === null) return;
        let n = 0;
        applyEdit(offsetPath(items, Number(answer), () => env.newId(`offset-${++n}`)));
      });
      return;
    }
    case 'make-cutout': {
      let n = 0;
      return applyEdit(makeCutout(sel.map((s) => doc.items[s]!), () => env.newId(`cutout-${++n}`)));
    }
    case 'zoom-fit': return env.view?.fit();
    case 'zoom-100': return env.view?.actualSize();
    case 'zoom-in': return env.view?.zoomBy(2);
    case 'zoom-out': return env.view?.zoomBy(0.5);
    case 'outline-view': return env.view?.toggleOutline();
  }
  const edge = ALIGN[id];
  if (edge) {
    // One item aligns to the die line unless told otherwise (Illustrator's "align to artboard" for a single object).
    const chosen = env.alignTo?.to ?? 'selection';
    const to = chosen === 'key' ? { key: sel[0]! } : chosen === 'selection' && sel.length === 1 ? 'die' : chosen;
    return st().apply({ type: 'move-each', moves: alignMoves(doc, sel, edge, to) });
  }
  const to = ARRANGE[id];
  if (to) return st().apply({ type: 'arrange', ids: withGroups(doc, sel), to });
  const op = PATH_OPS[id];
  if (op) return applyEdit(pathOperation(doc.order.filter((s) => sel.includes(s)).map((s) => doc.items[s]!), op, env.newId(op)));
}

/** Paste SVG text (from the system clipboard or the editor's own), as one undo step. The importer loads on the first paste. */
export async function pasteText(env: ActionEnv, text: string | null | undefined, inPlace: boolean): Promise<void> {
  if (!text) return env.tell('nothing to paste: copy some art first');
  const { itemsFromClipboard, pasteInto } = await import('../core/editing/clipboard.ts');
  const r = itemsFromClipboard(text);
  if (!r.ok) return env.tell(`could not paste: ${r.reason}`);
  if (!r.value.items.length) return env.tell('the pasted art has no shapes Pinsmith can use');
  const st = env.store.getState();
  const d = inPlace ? 0 : PASTE_OFFSET_MM;
  const fits = pasteInto(st.doc, r.value.items, d, d, Date.now().toString(36));
  if (!fits.ok) return env.tell(`could not paste: ${fits.reason}`);
  const placed = fits.value;
  st.apply({ type: 'replace-items', upserts: placed, removed: [] });
  st.select(placed.map((it) => it.id));
  const warn = r.value.notes.filter((n) => n.level === 'warning');
  if (warn.length) env.tell(`pasted, with notes: ${warn.map((n) => n.message).join('; ')}`);
}
