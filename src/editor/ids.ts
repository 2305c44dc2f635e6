import type { EditorStore } from './store.ts';

/** New item ids no item in the open pin has: prefix, time, count ("line-lq3k2-4"). */
export function idMaker(store: EditorStore): (prefix: string) => string {
  let n = 0;
  return (prefix) => {
    let id: string;
    do id = `${prefix}-${Date.now().toString(36)}-${++n}`; while (store.getState().doc.items[id]);
    return id;
  };
}
