// The same pin open in two tabs: one tab edits it (it holds the pin's Web Lock), the others follow
// it live, read-only, and say so. A BroadcastChannel tells followers when the editing tab has saved
// (they read the pin back from IndexedDB) and lets a follower ask to take over: the editing tab
// writes what is pending, lets the lock go and becomes a follower itself. When the editing tab
// closes, the lock passes to a waiting follower. Without Web Locks every tab edits, as before.

export type TabRole = 'editing' | 'following';

export interface TabHandlers {
  /** This tab's role for the open pin changed. */
  role(id: string, role: TabRole): void;
  /** The editing tab saved this pin: read it back. */
  saved(id: string): void;
  /** Another tab wants to edit this pin: write what is pending first. */
  handOver(id: string): Promise<void>;
}

interface Message {
  kind: 'saved' | 'take-over';
  id: string;
  from: string;
}

export interface TabCoordinator {
  /** Open a pin in this tab: edit it if no other tab does, else follow. */
  open(id: string): void;
  /** This tab saved these pins. */
  announceSaved(ids: string[]): void;
  /** Ask the editing tab to hand the pin over to this one. */
  takeOver(): void;
  dispose(): void;
}

export function createTabCoordinator(h: TabHandlers): TabCoordinator {
  const me = `tab-${Math.random().toString(36).slice(2, 10)}`;
  // Opened on first use and again after dispose (React's development mode mounts, unmounts and
  // mounts again: a channel closed by the first unmount must not leave the editor unable to tell
  // other tabs it saved).
  let channel: BroadcastChannel | null = null;
  const talk = (m: Message) => {
    if (!channel && typeof BroadcastChannel !== 'undefined') connect();
    channel?.postMessage(m);
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  let current: { id: string; release?: () => void; abort: AbortController; role?: TabRole } | null = null;

  const lockName = (id: string) => `pinsmith-pin:${id}`;
  const setRole = (c: NonNullable<typeof current>, role: TabRole) => {
    if (current !== c || c.role === role) return;
    c.role = role;
    h.role(c.id, role);
  };
  /** Hold the pin's lock while this tab edits it; `wait`: queue for it (as a follower). */
  const claim = (c: NonNullable<typeof current>, wait: boolean) => {
    if (!locks) { setRole(c, 'editing'); return; }
    void locks.request(lockName(c.id), wait ? { signal: c.abort.signal } : { ifAvailable: true }, (lock) => {
      if (!lock) {
        setRole(c, 'following');
        claim(c, true);
        return undefined;
      }
      if (current !== c) return undefined;
      setRole(c, 'editing');
      return new Promise<void>((resolve) => { c.release = resolve; });
    }).catch(() => { /* aborted: this tab opened another pin */ });
  };
  function connect() {
    channel = new BroadcastChannel('pinsmith-tabs');
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (!current || m.from === me || m.id !== current.id) return;
      if (m.kind === 'saved' && current.role === 'following') h.saved(m.id);
      if (m.kind === 'take-over' && current.role === 'editing') {
        const c = current;
        void h.handOver(c.id).finally(() => {
          if (current !== c) return;
          setRole(c, 'following');
          c.release?.();
          c.release = undefined;
          claim(c, true);
        });
      }
    };
  }
  if (typeof BroadcastChannel !== 'undefined') connect();
  return {
    open(id) {
      if (!channel && typeof BroadcastChannel !== 'undefined') connect();
      if (current?.id === id) return;
      current?.abort.abort();
      current?.release?.();
      current = { id, abort: new AbortController() };
      claim(current, false);
    },
    announceSaved(ids) {
      for (const id of ids) talk({ kind: 'saved', id, from: me });
    },
    takeOver() {
      if (current) talk({ kind: 'take-over', id: current.id, from: me });
    },
    dispose() {
      current?.abort.abort();
      current?.release?.();
      current = null;
      channel?.close();
      channel = null;
    },
  };
}
