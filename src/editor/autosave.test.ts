// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../core/document/defaults.ts';
import type { PinDocument } from '../core/document/types.ts';
import { AUTOSAVE_MS, createAutosaver, listSavedPins, loadSavedPin, restoreAutosave, type SaveStatus } from './autosave.ts';

// The autosave against an in-memory IndexedDB (fake-indexeddb), with the clock under test control:
// edits, pauses and "reloads" (the page dies without a pagehide) in random order.

const version = (d: PinDocument | undefined) => (d ? Number(d.name.slice(1)) : -1);
/** Let the in-memory database run its transactions (it schedules with setImmediate, not timers). */
const settle = async () => { for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r)); };

afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('random edits and reloads never lose a committed change older than 100 ms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const action = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), pin: fc.integer({ min: 0, max: 2 }), wait: fc.integer({ min: 0, max: 150 }) }),
      fc.record({ kind: fc.constant('reload' as const), wait: fc.integer({ min: 0, max: 150 }) }),
    );
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
      globalThis.indexedDB = new IDBFactory();
      let now = 0;
      let n = 0;
      let saver = createAutosaver(() => {});
      const edits: Array<{ pin: string; v: number; at: number }> = [];
      for (const a of actions) {
        if (a.kind === 'edit') {
          const doc = { ...emptyDocument(), name: `v${++n}` };
          saver.save(`pin-${a.pin}`, doc);
          edits.push({ pin: `pin-${a.pin}`, v: n, at: now });
        } else {
          // The page dies: no pagehide, the timers of this page never fire. What it committed more
          // than 100 ms ago must be in the store; what it did later may be lost.
          vi.clearAllTimers();
          for (const pin of new Set(edits.map((e) => e.pin))) {
            const due = edits.filter((e) => e.pin === pin && e.at <= now - 100).map((e) => e.v);
            if (due.length) expect(version(await loadSavedPin(pin)), `${pin} at ${now} ms`).toBeGreaterThanOrEqual(Math.max(...due));
          }
          edits.length = 0;
          saver = createAutosaver(() => {});
        }
        await vi.advanceTimersByTimeAsync(a.wait);
        now += a.wait;
        await settle();
      }
    }), { numRuns: 40 });
  });

  it('writes within 100 ms, says "saved" only after the write, and an empty pin is a saved state', async () => {
    globalThis.indexedDB = new IDBFactory();
    const states: SaveStatus[] = [];
    const saver = createAutosaver((s) => states.push(s));
    const empty = { ...emptyDocument(), name: 'Blank' };
    saver.save('p1', empty);
    expect(states.at(-1)).toEqual({ state: 'saving' });
    expect(AUTOSAVE_MS).toBeLessThan(100);
    await new Promise((r) => setTimeout(r, 100));
    await settle();
    expect(states.at(-1), JSON.stringify(states)).toEqual({ state: 'saved' });
    expect((await restoreAutosave())?.doc.order).toEqual([]);
    expect((await listSavedPins()).map((p) => p.name)).toEqual(['Blank']);
  });

  it('flush writes at once (pagehide); a refused store reports failed with a reason and keeps the change', async () => {
    globalThis.indexedDB = new IDBFactory();
    const states: SaveStatus[] = [];
    const saver = createAutosaver((s) => states.push(s));
    saver.save('p1', { ...emptyDocument(), name: 'v1' });
    await saver.flush();
    expect(version(await loadSavedPin('p1'))).toBe(1);
    const refused = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    globalThis.indexedDB = refused;
    saver.save('p1', { ...emptyDocument(), name: 'v2' });
    await saver.flush();
    expect(states.at(-1)).toMatchObject({ state: 'failed', reason: expect.stringMatching(/refuses to store it \(denied/) });
  });
});

describe('a pin read back from the store', () => {
  it('is not written again until it changes (its "last edited" stays)', async () => {
    globalThis.indexedDB = new IDBFactory();
    const first = createAutosaver(() => {});
    const doc = { ...emptyDocument(), name: 'v1' };
    first.save('p', doc);
    await first.flush();
    const before = (await listSavedPins())[0]!.savedAt;
    const reopened = (await loadSavedPin('p'))!;
    const states: SaveStatus[] = [];
    const second = createAutosaver((s) => states.push(s));
    second.known('p', reopened);
    second.save('p', reopened);
    await second.flush();
    expect(states).toEqual([]);
    expect((await listSavedPins())[0]!.savedAt).toBe(before);
    second.save('p', { ...reopened, name: 'v2' });
    await second.flush();
    expect(states.at(-1)).toEqual({ state: 'saved' });
  });
});

/** localStorage as the browser keeps it: what setItem took survives the page. */
class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  quota = Infinity;
  get length() { return this.m.size; }
  clear() { this.m.clear(); }
  getItem(k: string) { return this.m.get(k) ?? null; }
  key(i: number) { return [...this.m.keys()][i] ?? null; }
  removeItem(k: string) { this.m.delete(k); }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.m.set(k, v);
  }
}

describe('the write-ahead journal', () => {
  afterEach(() => { delete (globalThis as { localStorage?: Storage }).localStorage; });

  it('random edits and deaths of the page lose no committed change, not even one made the moment before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const action = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), pin: fc.integer({ min: 0, max: 2 }), wait: fc.integer({ min: 0, max: 60 }) }),
      fc.record({ kind: fc.constant('reload' as const), wait: fc.integer({ min: 0, max: 60 }) }),
    );
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
      globalThis.indexedDB = new IDBFactory();
      globalThis.localStorage = new MemoryStorage();
      let n = 0;
      let saver = createAutosaver(() => {});
      const latest = new Map<string, number>();
      let last = '';
      for (const a of actions) {
        if (a.kind === 'edit') {
          saver.save(`pin-${a.pin}`, { ...emptyDocument(), name: `v${++n}` });
          latest.set(`pin-${a.pin}`, n);
          last = `pin-${a.pin}`;
        } else {
          // The page dies at once: no pagehide, no timer of it ever fires, a transaction it began
          // may never commit. The next start must find every pin at its last committed version.
          vi.clearAllTimers();
          const restored = await restoreAutosave();
          if (last) expect(restored?.id).toBe(last);
          for (const [pin, v] of latest) expect(version(await loadSavedPin(pin)), pin).toBe(v);
          saver = createAutosaver(() => {});
        }
        await vi.advanceTimersByTimeAsync(a.wait);
        await settle();
      }
    }), { numRuns: 40 });
  });

  it('a pin too big for the journal clears its older copy, so that copy never comes back over a newer edit', async () => {
    globalThis.indexedDB = new IDBFactory();
    const storage = new MemoryStorage();
    globalThis.localStorage = storage;
    const saver = createAutosaver(() => {});
    saver.save('p', { ...emptyDocument(), name: 'v1' });
    storage.quota = 10;
    saver.save('p', { ...emptyDocument(), name: 'v2' });
    await saver.flush();
    expect(version((await restoreAutosave())?.doc)).toBe(2);
    expect([...Array(storage.length).keys()].map((i) => storage.key(i)).filter((k) => k?.startsWith('pinsmith.journal:'))).toEqual([]);
  });

  it('a copy read by a starting tab never goes over a newer version another tab stored meanwhile', async () => {
    globalThis.indexedDB = new IDBFactory();
    const storage = new MemoryStorage();
    globalThis.localStorage = storage;
    const live = createAutosaver(() => {});
    live.save('p', { ...emptyDocument(), name: 'v1' });
    const stale = storage.getItem('pinsmith.journal:p')!;
    live.save('p', { ...emptyDocument(), name: 'v2' });
    await live.flush();
    // The starting tab read the journal when it held v1; the live tab has since stored v2.
    storage.setItem('pinsmith.journal:p', stale);
    await restoreAutosave();
    expect(version(await loadSavedPin('p'))).toBe(2);
  });

  it('with IndexedDB refused, the start still shows the last edit from the journal, marked not yet stored', async () => {
    globalThis.localStorage = new MemoryStorage();
    globalThis.indexedDB = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    const saver = createAutosaver(() => {});
    saver.save('p', { ...emptyDocument(), name: 'v7' });
    const restored = await restoreAutosave();
    expect(restored).toMatchObject({ id: 'p', unsaved: true });
    expect(version(restored?.doc)).toBe(7);
  });
});

describe('what the status says', () => {
  it('a saved pin is "saved" even when telling the other tabs fails (a closed channel is not a refused store)', async () => {
    globalThis.indexedDB = new IDBFactory();
    const states: SaveStatus[] = [];
    const saver = createAutosaver((s) => states.push(s), () => { throw new DOMException("Failed to execute 'postMessage' on 'BroadcastChannel': Channel is closed", 'InvalidStateError'); });
    saver.save('p', { ...emptyDocument(), name: 'v1' });
    await saver.flush();
    expect(states.at(-1)).toEqual({ state: 'saved' });
    expect(version(await loadSavedPin('p'))).toBe(1);
  });
});
