import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { CheckReport, Suggestion, Violation } from '../core/checks/index.ts';
import { savePinFile } from '../core/io/pinFile.ts';
import { createAutosaver, listSavedPins, loadSavedPin, newPinId, restoreAutosave, type SavedPin } from '../editor/autosave.ts';
import { PinCanvas } from '../canvas/PinCanvas.tsx';
import { createLiveChecker } from '../editor/liveChecks.ts';
import { createEditorStore, type EditorStore } from '../editor/store.ts';
import { ChecksPanel } from './ChecksPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { createSelectTool } from '../editor/tools/select.ts';
import { createPenTool } from '../editor/tools/pen.ts';
import { createBucketTool } from '../editor/tools/bucket.ts';
import { createShapeTool } from '../editor/tools/shape.ts';
import { createEyedropperTool } from '../editor/tools/eyedropper.ts';
import { snapPoint } from '../editor/snap.ts';
import { deriveOutline } from '../core/editing/deriveOutline.ts';
import type { Tool, ToolContext } from '../editor/tools/types.ts';
import type { ColorRef, Plating } from '../core/document/types.ts';
import { PROFILES } from '../core/checks/profiles.ts';
import { waiverFor } from '../core/checks/waivers.ts';

const PLATINGS: Plating[] = ['gold', 'silver', 'nickel', 'black-nickel', 'copper', 'rose-gold', 'antique-gold', 'antique-silver', 'antique-bronze', 'antique-copper', 'rainbow', 'dyed-black'];
import { Inspector } from './Inspector.tsx';
import { LayersPanel } from './LayersPanel.tsx';
import { PalettePanel } from './PalettePanel.tsx';
import type { ColorArea } from '../core/editing/colorAreas.ts';

const defaultStore = createEditorStore();

export function App({ store = defaultStore, sampleUrl = '/sample-pin.svg' }: { store?: EditorStore; sampleUrl?: string }) {
  const doc = useStore(store, (s) => s.doc);
  const selection = useStore(store, (s) => s.selection);
  const canUndo = useStore(store, (s) => s.past.length > 0);
  const canRedo = useStore(store, (s) => s.future.length > 0);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [ms, setMs] = useState<number | null>(null);
  const [areas, setAreas] = useState<ColorArea[]>([]);
  const [recent, setRecent] = useState<ColorRef[]>([]);
  const [focus, setFocus] = useState<Violation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const pinId = useRef(newPinId());
  const [myPins, setMyPins] = useState<SavedPin[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [color, setColorState] = useState<ColorRef>({ hex: '#C8102E', code: '186 C' });
  const setColor = (c: ColorRef) => {
    setColorState(c);
    setRecent((r) => [c, ...r.filter((x) => (x.code ?? x.hex) !== (c.code ?? c.hex))].slice(0, 8));
  };
  const [lineWidth, setLineWidth] = useState(0.4);
  const [toolId, setToolId] = useState<Tool['id']>('select');
  const [showGrid, setShowGrid] = useState(true);
  const gridRef = useRef(showGrid);
  gridRef.current = showGrid;
  const [, redraw] = useState(0);
  const settings = useRef({ color, lineWidth });
  settings.current = { color, lineWidth };
  const tools = useMemo(() => {
    let n = 0;
    const ctx: ToolContext = {
      store,
      color: () => settings.current.color,
      setColor: (c) => setColor(c),
      snap: (p) => snapPoint(store.getState().doc, p, gridRef.current ? 0.5 : null),
      lineWidth: () => settings.current.lineWidth,
      notify: (text) => setMessage({ kind: 'error', text }),
      newId: (prefix) => {
        let id: string;
        do id = `${prefix}-${Date.now().toString(36)}-${++n}`; while (store.getState().doc.items[id]);
        return id;
      },
    };
    return {
      select: createSelectTool(ctx), pen: createPenTool(ctx), bucket: createBucketTool(ctx),
      rectangle: createShapeTool(ctx, 'rectangle'), ellipse: createShapeTool(ctx, 'ellipse'), eyedropper: createEyedropperTool(ctx),
      cutout: createShapeTool(ctx, 'ellipse', 'cutout'),
    } satisfies Record<Tool['id'], Tool>;
  }, [store]);
  const tool = tools[toolId];
  const toolIdRef = useRef(toolId);
  toolIdRef.current = toolId;
  const autosave = useMemo(() => createAutosaver((text) => setMessage({ kind: 'error', text })), []);
  const checker = useMemo(() => createLiveChecker((r) => {
    if (r.result.ok) setReport(r.result.report);
    setMs(r.ms);
    setAreas(r.areas);
  }), []);

  useEffect(() => () => checker.dispose(), [checker]);
  useEffect(() => { checker.update(doc); }, [doc, checker]);
  const started = useRef(false);
  useEffect(() => {
    if (started.current && doc.order.length) autosave(pinId.current, doc);
  }, [doc, autosave]);
  useEffect(() => {
    if (store.getState().doc.order.length) return;
    // First start shows the sample; later starts reopen the pin you were working on.
    void restoreAutosave().then(async (saved) => {
      if (saved) {
        pinId.current = saved.id;
        store.getState().load(saved.doc);
      } else {
        const text = await fetch(sampleUrl).then((r) => r.text());
        const { importSvg } = await import('../core/io/svg/import.ts');
        const imported = importSvg(text, { name: 'Mountain badge' });
        if (imported.ok) store.getState().load(imported.doc);
        else setError(imported.error);
      }
      started.current = true;
    }).catch((e: unknown) => setError(String(e)));
  }, [store, sampleUrl]);

  /** Open a dropped or picked file. A broken one leaves the open pin exactly as it was. */
  const openFile = async (file: File) => {
    const text = await file.text();
    // The importer and the palette load on first use, keeping the first screen small.
    const { openDesignFile } = await import('../core/io/openFile.ts');
    const r = openDesignFile(file.name, text);
    if (!r.ok) {
      setMessage({ kind: 'error', text: r.error });
      return;
    }
    // The pin you had open stays in My pins; the opened file becomes a new one.
    pinId.current = newPinId();
    store.getState().load(r.doc);
    setFocus(null);
    const warnings = r.notes.filter((n) => n.level === 'warning');
    setMessage({ kind: 'info', text: `Opened ${file.name}${warnings.length ? ` — ${warnings.map((w) => w.message).join('; ')}` : ''}` });
  };
  const saveFile = () => {
    const blob = new Blob([savePinFile(store.getState().doc)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${store.getState().doc.name.replace(/[^\w.-]+/g, '-') || 'pin'}.pin.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement) return;
      const mod = e.ctrlKey || e.metaKey;
      if (tools[toolIdRef.current].key(e.key, e.shiftKey)) {
        e.preventDefault();
        redraw((x) => x + 1);
        return;
      }
      const pick = !mod && ({ v: 'select', p: 'pen', k: 'bucket', m: 'rectangle', l: 'ellipse', i: 'eyedropper', o: 'cutout' } as const)[e.key.toLowerCase() as 'v' | 'p' | 'k' | 'm' | 'l' | 'i' | 'o'];
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
  }, [store, tools]);

  const applyFix = (v: Violation, s: Suggestion) => {
    const st = store.getState();
    if (s.kind === 'snap-color') for (const id of v.items) st.apply({ type: 'set-fill-color', id, color: { hex: s.hex, code: s.code } });
    if (s.kind === 'set-spec' && (s.field === 'plating' || s.field === 'epoxyDome')) {
      st.apply({ type: 'set-spec', patch: { [s.field]: s.value } as Partial<typeof st.doc.spec> });
    }
    if (s.kind === 'set-width') {
      const ids = s.itemId ? [s.itemId] : v.items;
      for (const id of ids) st.apply({ type: 'set-line-width', id, width: s.width });
    }
    setFocus(null);
  };

  const selected = selection.length === 1 ? doc.items[selection[0]!] : undefined;
  const onPointer = (kind: 'down' | 'move' | 'up', info: Parameters<Tool['down']>[0]) => {
    if (kind === 'down') {
      setMessage(null);
      tool.down(info);
    } else if (kind === 'move') tool.move(info);
    else tool.up(info);
    if (toolId === 'pen' || kind !== 'move') redraw((x) => x + 1);
  };
  return (
    <div className="app"
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
      onDragLeave={(e) => { if (e.currentTarget === e.target) setDragging(false); }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) void openFile(file);
      }}>
      <header className="topbar">
        <span className="brand">Pinsmith</span>
        <span className="doc-name">{doc.name}</span>
        <span className="muted">{doc.artboard.width} × {doc.artboard.height} mm</span>
        <label className="top-field">Profile
          <select value={doc.checks.profile} aria-label="Check profile" onChange={(e) => {
            const profile = PROFILES.find((p) => p.id === e.target.value);
            if (!profile) return;
            store.getState().apply({ type: 'set-profile', profile: profile.id });
            store.getState().apply({ type: 'set-spec', patch: { process: profile.process } });
          }}>
            {PROFILES.map((p) => <option key={p.id} value={p.id}>{p.id.replace('-', ' ')}</option>)}
          </select>
        </label>
        <label className="top-field">Plating
          <select value={doc.spec.plating} aria-label="Plating" onChange={(e) => store.getState().apply({ type: 'set-spec', patch: { plating: e.target.value as typeof doc.spec.plating } })}>
            {PLATINGS.map((p) => <option key={p} value={p}>{p.replace('-', ' ')}</option>)}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" onClick={() => fileInput.current?.click()} title="Open an SVG or a .pin.json (or drop it on the window)">Open…</button>
        <input ref={fileInput} type="file" accept=".svg,.json,image/svg+xml,application/json" hidden data-testid="file-input"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void openFile(f); e.target.value = ''; }} />
        <button type="button" onClick={saveFile} title="Save the pin as a .pin.json file">Save</button>
        <div className="menu">
          <button type="button" aria-haspopup="true" aria-expanded={myPins !== null}
            onClick={() => (myPins ? setMyPins(null) : void listSavedPins().then(setMyPins))}>My pins ▾</button>
          {myPins && (
            <ul className="menu-list" role="menu">
              {myPins.length === 0 && <li className="muted">No saved pins yet</li>}
              {myPins.map((p) => (
                <li key={p.id} role="menuitem">
                  <button type="button" onClick={() => void loadSavedPin(p.id).then((d) => {
                    setMyPins(null);
                    if (!d) { setMessage({ kind: 'error', text: `${p.name} could not be read back; it was left as it is.` }); return; }
                    pinId.current = p.id;
                    store.getState().load(d);
                    setFocus(null);
                  })}>
                    <b>{p.name}</b>{p.id === pinId.current ? ' (open)' : ''}<br /><span className="muted small">{new Date(p.savedAt).toLocaleString()}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" onClick={() => store.getState().undo()} disabled={!canUndo} title="Undo (Ctrl+Z)">Undo</button>
        <button type="button" onClick={() => store.getState().redo()} disabled={!canRedo} title="Redo (Shift+Ctrl+Z)">Redo</button>
      </header>
      {message && (
        <div className={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <span>{message.text}</span>
          <button type="button" onClick={() => setMessage(null)} aria-label="Dismiss">×</button>
        </div>
      )}
      {dragging && <div className="drop-overlay">Drop an SVG or a .pin.json to open it</div>}
      <main className="body">
        <Toolbar tool={toolId} color={color} lineWidth={lineWidth} onTool={setToolId} onLineWidth={setLineWidth}
          onDeriveOutline={() => {
            const answer = window.prompt('Rim width around the artwork (mm)', '1');
            if (answer === null) return;
            const r = deriveOutline(store.getState().doc, Number(answer), { outline: `outline-${Date.now().toString(36)}`, rim: `rim-${Date.now().toString(36)}` });
            if (!r.ok) setMessage({ kind: 'error', text: r.reason });
            else store.getState().apply({ type: 'replace-items', upserts: [r.outline, r.rim], removed: r.removed });
          }} />
        <section className="canvas" aria-label="Pin">
          {error ? <p role="alert">Could not open the sample pin: {error}</p> : (
            <PinCanvas doc={doc} violations={report?.violations ?? []} selection={selection} focus={focus}
              preview={tool.preview()} previewWidth={lineWidth} showGrid={showGrid} onToggleGrid={() => setShowGrid((g) => !g)} cursor={toolId === 'select' ? 'default' : 'crosshair'} onPointer={onPointer}
              onSelect={(ids) => { store.getState().select(ids); if (!ids.length) setFocus(null); }} />
          )}
          <p className="hint">{toolId === 'pen' ? 'Click to place points of a metal line; Enter finishes, Esc cancels.'
            : toolId === 'bucket' ? 'Click inside a cell bounded by metal to fill it with the current colour.'
              : toolId === 'rectangle' || toolId === 'ellipse' ? 'Drag to draw a closed metal line (shift: square/round); then fill it with the bucket.'
                : toolId === 'cutout' ? 'Drag to cut a hole through the pin (shift: round). Holes need 1.2 mm and add tooling cost.'
              : 'Click a problem to zoom to it; click a shape to inspect it, drag to move, arrows nudge. Scroll to zoom.'}</p>
        </section>
        <aside className="panel">
          <ChecksPanel report={report} busyMs={ms} focus={focus} onFix={applyFix}
            onWaive={(v, comment) => store.getState().apply({ type: 'add-waiver', waiver: waiverFor(v, comment, new Date().toISOString()) })}
            onFocus={(v) => { setFocus(v); store.getState().select(v.items); }} />
          <Inspector item={selected} count={selection.length}
            onWidth={(id, width) => store.getState().apply({ type: 'set-line-width', id, width })}
            onColor={(id, c) => { store.getState().apply({ type: 'set-fill-color', id, color: c }); setColor(c); }}
            onFinish={(id, finish) => store.getState().apply({ type: 'set-finish', id, finish })}
            onPickColor={setColor} />
          <PalettePanel current={color} used={areas} recent={recent} onPick={setColor} />
          <LayersPanel doc={doc} selection={selection}
            onSelect={(ids, add) => store.getState().select(add ? [...new Set([...selection, ...ids])] : ids)}
            onFlags={(id, flags) => store.getState().apply({ type: 'set-flags', id, ...flags })} />
        </aside>
      </main>
    </div>
  );
}
