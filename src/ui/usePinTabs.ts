import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { loadSavedPin } from '../editor/autosave.ts';
import type { EditorStore } from '../editor/store.ts';
import { createTabCoordinator, type TabRole } from '../editor/tabs.ts';

/**
 * This tab's part in editing the open pin (see editor/tabs.ts): while another tab edits it, the
 * store is read-only and follows what that tab saves; taking over asks that tab to hand it over.
 */
export function usePinTabs(store: EditorStore, pinId: RefObject<string>, flush: () => Promise<void>) {
  const [role, setRole] = useState<TabRole>('editing');
  const roleRef = useRef<TabRole>('editing');
  const tabs = useMemo(() => {
    const reload = (id: string) => void loadSavedPin(id).then((d) => { if (d && pinId.current === id) store.getState().load(d); });
    return createTabCoordinator({
      role(id, r) {
        if (id !== pinId.current) return;
        // Taking over: start from what the other tab saved last.
        if (r === 'editing' && roleRef.current === 'following') reload(id);
        roleRef.current = r;
        store.getState().setReadOnly(r === 'following');
        setRole(r);
      },
      saved: (id) => reload(id),
      handOver: () => flush(),
    });
  }, [store, pinId, flush]);
  useEffect(() => () => tabs.dispose(), [tabs]);
  return { role, tabs };
}
