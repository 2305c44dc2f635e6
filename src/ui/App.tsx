import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Suggestion, Violation } from '../core/checks/index.ts';
import { savePinFile } from '../core/io/pinFile.ts';
import { autosaveAvailable, createAutosaver, loadReference, loadSavedPin, newPinId, NO_STORAGE_REASON, saveReference, type SaveStatus } from '../editor/autosave.ts';
import { SAMPLE_URL, takeStartup } from './startup.ts';
import { MyPinsDialog } from './MyPinsDialog.tsx';
import { OpenConflictDialog } from './OpenConflictDialog.tsx';
import { useOpenFile } from './useOpenFile.ts';
import { usePinTabs } from './usePinTabs.ts';
import { DocumentBanners } from './DocumentBanners.tsx';
import { HistoryDialog } from './HistoryDialog.tsx';
import { useEditorCommands } from './EditorCommands.tsx';
import { useTools } from './useTools.ts';
import { pickFromReference } from './pickFromReference.ts';
import { withGroups } from '../core/editing/arrange.ts';
import { RIM_QUESTION, useAsk, WAIVER_QUESTION } from './AskDialog.tsx';
import { toolHint } from './toolHints.ts';
import { takeSnapshot } from '../editor/history.ts';
import { dueForAutoSnapshot, type SnapshotKind } from '../core/history/policy.ts';
import { PinCanvas } from '../canvas/PinCanvas.tsx';
import { createEditorStore, type EditorStore } from '../editor/store.ts';
import { ChecksPanel } from './ChecksPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { loadTextFont } from '../editor/fonts.ts';
import { textOutlines } from '../core/text/outline.ts';
import { DEFAULT_FONT, isBundledFont } from '../core/text/fonts.ts';
import { TextForm, type TextValues } from './TextForm.tsx';
import { ReferencePanel } from './ReferencePanel.tsx';
import { isReferenceImage, readReferenceImage, type ReferenceImage } from '../canvas/reference.ts';
import type { CanvasView } from '../canvas/PinCanvas.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { usePrepareWhenIdle } from './prepareWhenIdle.ts';
import { useLiveChecks } from './useLiveChecks.ts';
import { download, fileStem, saveToFile } from './download.ts';
import { deriveOutline } from '../core/editing/deriveOutline.ts';
import { recessFixes } from '../core/editing/recessFixes.ts';
import type { Tool, ToolId } from '../editor/tools/types.ts';
import type { ColorRef, PinDocument } from '../core/document/types.ts';
import { PROFILES } from '../core/checks/profiles.ts';
import { waiverFor } from '../core/checks/waivers.ts';
import { Inspector } from './Inspector.tsx';
import { NewPinDialog } from './NewPinDialog.tsx';
import { TopBar } from './TopBar.tsx';
import { LayersPanel } from './LayersPanel.tsx';
import { PalettePanel } from './PalettePanel.tsx';
import { CardDialog, ColourwaysDialog, TraceDialog } from './lazyDialogs.tsx';
import { startTracing } from '../editor/tracer.ts';
import { useColourwayChecks } from './useColourwayChecks.ts';

const defaultStore = createEditorStore();

export function App({ store = defaultStore, sampleUrl = SAMPLE_URL }: { store?: EditorStore; sampleUrl?: string }) {
  const doc = useStore(store, (s) => s.doc);
  const selection = useStore(store, (s) => s.selection);
  const canUndo = useStore(store, (s) => s.past.length > 0);
  const canRedo = useStore(store, (s) => s.future.length > 0);
  const inGesture = useStore(store, (s) => s.gestureStart !== null);
  const [recent, setRecent] = useState<ColorRef[]>([]);
  const [focus, setFocus] = useState<Violation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const pinId = useRef(newPinId());
  const [pinsOpen, setPinsOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [color, setColorState] = useState<ColorRef>({ hex: '#C8102E', code: '186 C' });
  const setColor = (c: ColorRef) => {
    setColorState(c);
    setRecent((r) => [c, ...r.filter((x) => (x.code ?? x.hex) !== (c.code ?? c.hex))].slice(0, 8));
  };
  const [lineWidth, setLineWidth] = useState(0.4);
  const [toolId, setToolId] = useState<ToolId>('select');
  const [corners, setCorners] = useState(5);
  const [exportOpen, setExportOpen] = useState(false);
  const [colourwaysOpen, setColourwaysOpen] = useState(false);
  const [traceFile, setTraceFile] = useState<File | null>(null);
  const [cardOpen, setCardOpen] = useState(false);
  const [newOpen, setNewOpen] = useState(false);
  const [textForm, setTextForm] = useState<{ at: { x: number; y: number }; editId?: string; initial: TextValues } | null>(null);
  const [reference, setReferenceState] = useState<ReferenceImage | null>(null);
  const refInput = useRef<HTMLInputElement>(null);
  const viewRef = useRef<CanvasView | null>(null);
  const referenceRef = useRef(reference);
  referenceRef.current = reference;
  const setReference = (r: ReferenceImage | null) => {
    setReferenceState(r);
    void saveReference(pinId.current, r).catch(() => setMessage({ kind: 'error', text: 'The reference image could not be stored; it stays until you reload.' }));
  };
  const [fitKey, setFitKey] = useState(0);
  /** Open a pin; `fromStore`: it was just read from My pins (not changed, so not saved again). */
  const openPin = (id: string, d: typeof doc, fromStore = false) => {
    pinId.current = id;
    if (fromStore) autosave.known(id, d);
    store.getState().load(d);
    tabs.open(id);
    setFitKey((k) => k + 1);
    setFocus(null);
    setReferenceState(null);
    void loadReference(id, isReferenceImage).then((r) => { if (pinId.current === id) setReferenceState(r); });
  };
  const [showGrid, setShowGrid] = useState(true);
  const [wireframe, setWireframe] = useState(false);
  const gridRef = useRef(showGrid);
  gridRef.current = showGrid;
  const [, redraw] = useState(0);
  const settings = useRef({ color, lineWidth, corners });
  settings.current = { color, lineWidth, corners };
  const tools = useTools({ store, settings, gridRef, viewRef, setColor, notify: (text) => setMessage({ kind: 'error', text }),
    placeText: (at) => setTextForm({ at, initial: { text: '', size: 2, mode: 'raised-metal' } }),
    sampleReference: (at) => pickFromReference(referenceRef.current, at, setColor, (text) => setMessage({ kind: 'info', text })) });
  const tool = tools[toolId];
  const toolIdRef = useRef(toolId);
  toolIdRef.current = toolId;
  // Without IndexedDB nothing will be kept: say so before the artist puts work in, not after.
  const [saveStatus, setSaveStatus] = useState<SaveStatus | null>(() => (autosaveAvailable() ? null : { state: 'failed', reason: NO_STORAGE_REASON }));
  const lastAuto = useRef(new Map<string, string>());
  /** Keep a version of the open pin as it is now. */
  const keep = async (kind: SnapshotKind, label: string) => {
    const id = pinId.current;
    const meta = await takeSnapshot(id, store.getState().doc, kind, label).catch(() => undefined);
    return meta ? { id: meta.id, at: meta.at } : undefined;
  };
  const announce = useRef<(ids: string[]) => void>(() => {});
  const autosave = useMemo(() => createAutosaver(setSaveStatus, (ids) => announce.current(ids)), []);
  const { role, tabs } = usePinTabs(store, pinId, autosave.flush);
  announce.current = (ids) => tabs.announceSaved(ids);
  const started = useRef(false);
  /** The sample shown on a first start before the store answered: not saved unless edited. */
  const untouched = useRef<PinDocument | null>(null);
  const [ready, setReady] = useState(false);
  const verdict = useLiveChecks(doc, inGesture, ready);
  // Each colourway is checked after the pin's own verdict is in.
  const colourwayChecks = useColourwayChecks(doc, verdict.current && !inGesture);
  const { report } = verdict;
  // Every committed change is queued for saving the moment the store has it, not when React gets
  // to render it: a reload 100 ms after an edit on a busy machine must not find nothing pending.
  // A drag is saved when it lands (serialising a big pin mid-drag would stall frames).
  useEffect(() => store.subscribe((s, prev) => {
    const landed = prev.gestureStart !== null && s.gestureStart === null;
    if ((s.doc === prev.doc && !landed) || !started.current || s.doc === untouched.current || s.gestureStart || s.readOnly) return;
    autosave.save(pinId.current, s.doc);
  }), [store, autosave]);
  useEffect(() => {
    if (!started.current || doc === untouched.current || inGesture || store.getState().readOnly) return;
    autosave.save(pinId.current, doc);
    // Every few minutes of editing (not on opening a pin) a version is kept.
    if (store.getState().past.length && dueForAutoSnapshot(lastAuto.current.get(pinId.current), Date.now())) {
      lastAuto.current.set(pinId.current, new Date().toISOString());
      void keep('auto', '');
    }
  }, [doc, autosave, inGesture, store]);
  usePrepareWhenIdle(verdict.current);
  // My pins shows each pin's error count, from the check of the very version saved.
  useEffect(() => {
    if (started.current && verdict.current && verdict.report) autosave.checked(pinId.current, doc, verdict.report.summary.errors);
  }, [verdict.current, verdict.report, doc, autosave]);
  // A new version of the app is announced; reloading for it writes what is pending first.
  const [update, setUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    void import('./offline.ts').then(({ registerOffline }) => registerOffline((apply) => setUpdate(() => apply), () => {}))
      .catch(() => { /* no service worker here (tests, old browsers): the app works online */ });
  }, []);
  // Leaving or hiding the page writes what is pending at once.
  useEffect(() => {
    const now = () => void autosave.flush();
    const hidden = () => { if (document.visibilityState === 'hidden') now(); };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => { window.removeEventListener('pagehide', now); document.removeEventListener('visibilitychange', hidden); };
  }, [autosave]);
  useEffect(() => {
    if (store.getState().doc.order.length) return;
    // First start shows the sample; later starts reopen the pin you were working on.
    const { saved, sample, firstStart } = takeStartup(sampleUrl);
    const showSample = async () => {
      const imported = await sample();
      if (!imported.ok) { setError(imported.reason); return null; }
      store.getState().load(imported.value);
      tabs.open(pinId.current);
      setFitKey((k) => k + 1);
      return store.getState().doc;
    };
    const begin = () => { started.current = true; setReady(true); };
    if (firstStart) {
      // Nothing was ever stored here: the sample is shown and checked while the store opens. Until
      // it answers, the untouched sample is not saved (a pin found there replaces it); an edit is.
      void showSample().then(async (shown) => {
        untouched.current = shown;
        begin();
        const pin = await saved;
        untouched.current = null;
        if (pin && store.getState().doc === shown) openPin(pin.id, pin.doc, !pin.unsaved);
        else if (store.getState().doc === shown && shown) autosave.save(pinId.current, shown);
      }).catch((e: unknown) => setError(String(e)));
      return;
    }
    void saved.then(async (pin) => {
      if (pin) openPin(pin.id, pin.doc, !pin.unsaved);
      else await showSample();
      begin();
    }).catch((e: unknown) => setError(String(e)));
  }, [store, sampleUrl]);

  /** Open a dropped or picked file. A broken one leaves the open pin exactly as it was. */
  const { openFile, conflict, resolveConflict } = useOpenFile({
    open: (id, d) => openPin(id ?? newPinId(), d),
    tell: (kind, text) => setMessage({ kind, text }),
    trace: (f) => { startTracing(f); setTraceFile(f); },
    beforeReplace: (id) => loadSavedPin(id).then((d) => d && takeSnapshot(id, d, 'before-import', 'before a file replaced it')),
  });
  const saveFile = () => download(savePinFile(store.getState().doc), `${fileStem(store.getState().doc.name)}.pin.json`, 'application/json');
  const saveTo = useCallback((as: boolean) => {
    const d = store.getState().doc;
    void saveToFile(pinId.current, d.name, savePinFile(d), as)
      .then((text) => setMessage({ kind: 'info', text }))
      .catch((e: unknown) => setMessage({ kind: 'error', text: `The pin could not be saved to a file: ${e instanceof Error ? e.message : String(e)}` }));
  }, [store]);
  const { ask, dialog: askDialog } = useAsk((text) => setMessage({ kind: 'info', text }));
  const commands = useEditorCommands({ store, viewRef, tools, toolIdRef, setToolId, redraw: () => redraw((x) => x + 1), onSave: saveTo, tell: (text) => setMessage({ kind: 'error', text }), onToggleOutline: () => setWireframe((w) => !w),
    askNumber: (title, label, initial) => ask({ title, label, initial, kind: 'number', unit: 'mm', okLabel: 'Offset', check: (v) => (Number(v) && Math.abs(Number(v)) <= 100 ? undefined : 'a distance other than 0, up to 100 mm'), cancelled: 'No offset: nothing changed.' }) });

  /** Outline the text with the bundled font and add it, or replace the text being edited. */
  const placeText = async (v: TextValues) => {
    if (!textForm) return;
    const fontId = v.font ?? DEFAULT_FONT;
    const font = await loadTextFont(fontId);
    if (!font.ok) { setMessage({ kind: 'error', text: font.reason }); return; }
    const old = textForm.editId ? store.getState().doc.items[textForm.editId] : undefined;
    const at = old?.kind === 'text' ? { x: old.x, y: old.y } : textForm.at;
    const outlines = textOutlines(font.value, v.text, v.size, at.x, at.y, v.tracking ?? 0);
    if (!outlines.ok) { setMessage({ kind: 'error', text: outlines.reason }); return; }
    const id = old?.id ?? `text-${Date.now().toString(36)}`;
    const colorRef = v.mode === 'recessed-enamel' ? { color: old?.kind === 'text' && old.color ? old.color : settings.current.color } : {};
    const item = { id, kind: 'text' as const, text: v.text, font: fontId, size: v.size, x: at.x, y: at.y, mode: v.mode, ...(v.tracking ? { tracking: v.tracking } : {}), ...colorRef, outlines: outlines.value, ...(old?.name ? { name: old.name } : {}), ...(old?.group ? { group: old.group } : {}) };
    store.getState().apply({ type: 'replace-items', upserts: [item], removed: [] });
    store.getState().select([id]);
    setTextForm(null);
  };
  const placeReference = async (file: File) => {
    const r = await readReferenceImage(file, store.getState().doc.artboard);
    if (!r.ok) setMessage({ kind: 'error', text: r.reason });
    else setReference(r.ref);
  };
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
  // Stable callbacks keep the layers list (one row per item) from re-rendering on unrelated changes.
  const onLayerSelect = useCallback((ids: string[], add: boolean) => {
    const st = store.getState();
    st.select(add ? [...new Set([...st.selection, ...ids])] : ids);
  }, [store]);
  // A grouped item hides and locks with its group.
  const onLayerFlags = useCallback((id: string, flags: { hidden?: boolean; locked?: boolean }) => {
    const ids = withGroups(store.getState().doc, [id]);
    if (ids.length > 1) store.getState().apply({ type: 'set-flags-many', ids, ...flags });
    else store.getState().apply({ type: 'set-flags', id, ...flags });
  }, [store]);
  const onPointer = (kind: 'down' | 'move' | 'up', info: Parameters<Tool['down']>[0]) => {
    if (kind === 'down') {
      setMessage(null);
      tool.down(info);
    } else if (kind === 'move') tool.move(info);
    else tool.up(info);
    // Moves redraw only while the tool shows something that follows the pointer.
    if (kind !== 'move' || toolId === 'pen' || tool.preview().length || tool.marquee?.() || tool.guides?.().length) redraw((x) => x + 1);
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
      <TopBar doc={doc} store={store} saveStatus={saveStatus} colourways={colourwayChecks} canUndo={canUndo} canRedo={canRedo}
        onNew={() => setNewOpen(true)} onOpen={(f) => void openFile(f)} onSave={() => saveTo(false)}
        onExport={() => setExportOpen(true)} onPins={() => setPinsOpen(true)} onHistory={() => setHistoryOpen(true)} onColourways={() => setColourwaysOpen(true)} onCard={() => setCardOpen(true)} />
      {update && (
        <div className="message info toast" role="status">
          <span>A new version of Pinsmith is ready. Your pin is saved; reload when it suits you.</span>
          <button type="button" className="update" onClick={() => void autosave.flush().then(update)}>Reload to update</button>
        </div>
      )}
      <DocumentBanners following={role === 'following'} onTakeOver={() => tabs.takeOver()} saveStatus={saveStatus} onDownload={saveFile} />
      {message && (
        <div className={`message ${message.kind} toast${update ? ' second' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <span>{message.text}</span>
          <button type="button" onClick={() => setMessage(null)} aria-label="Dismiss">×</button>
        </div>
      )}
      {dragging && <div className="drop-overlay">Drop an SVG, PDF, Illustrator (.ai) or .pin.json file, or a bundle .zip, to open it</div>}
      {commands.overlays}
      {askDialog}
      {conflict && <OpenConflictDialog existing={conflict.existing} onChoose={resolveConflict} />}
      {historyOpen && (
        <HistoryDialog pinId={pinId.current} doc={doc} onClose={() => setHistoryOpen(false)} onRestore={(d, m) => {
          setHistoryOpen(false);
          if (store.getState().readOnly) {
            setMessage({ kind: 'error', text: 'This pin is being edited in another tab: choose "Edit here instead" first, then restore the version.' });
            return;
          }
          // A new state, so Undo brings back what was there.
          store.getState().apply({ type: 'replace-document', doc: d });
          setMessage({ kind: 'info', text: `Restored the version of ${new Date(m.at).toLocaleString()}${m.label ? ` (${m.label})` : ''}. Undo brings back what you had.` });
        }} />
      )}
      {pinsOpen && (
        <MyPinsDialog openId={pinId.current} onClose={() => setPinsOpen(false)}
          onRenameOpen={(name) => store.getState().apply({ type: 'set-name', name })}
          onOpen={(id, d) => { setPinsOpen(false); openPin(id, d, true); }} />
      )}
      {newOpen && (
        <NewPinDialog onClose={() => setNewOpen(false)} onCreate={(d) => {
          // The pin that was open stays in My pins; the new one opens fitted, ready to draw on.
          setNewOpen(false);
          openPin(newPinId(), d);
          setMessage({ kind: 'info', text: `New pin "${d.name}": ${d.order.length ? 'draw on it, then fill the cells with the bucket' : 'import or draw the art, then make its die line with the die button'}.` });
        }} />
      )}
      {traceFile && <TraceDialog file={traceFile} onClose={() => setTraceFile(null)}
        onCreate={(d, note) => { setTraceFile(null); openPin(newPinId(), d); setMessage({ kind: 'info', text: note }); }} />}
      {cardOpen && <CardDialog doc={doc} onClose={() => setCardOpen(false)} onChange={(card) => store.getState().apply({ type: 'set-card', card })} />}
      {colourwaysOpen && <ColourwaysDialog doc={doc} ownReport={verdict.current ? verdict.report : null} checks={colourwayChecks} onClose={() => setColourwaysOpen(false)}
        onChange={(colourways) => store.getState().apply({ type: 'set-colourways', colourways })} />}
      {exportOpen && (
        <ExportDialog doc={doc} verdict={verdict} colourways={colourwayChecks} onClose={() => setExportOpen(false)}
          onSpec={(patch) => store.getState().apply({ type: 'set-spec', patch })}
          onScale={(factor) => { void keep('before-scale', `before scaling ×${factor.toFixed(3)}`); store.getState().apply({ type: 'scale-design', factor }); }}
          keepVersion={() => keep('export', `exported, revision ${doc.spec.revision || '-'}`)}
          onDone={(text) => setMessage({ kind: 'info', text })} />
      )}
      <main className="body">
        <Toolbar tool={toolId} color={color} lineWidth={lineWidth} corners={corners} onTool={setToolId} onLineWidth={setLineWidth} onCorners={setCorners}
          onDeriveOutline={async () => {
            const answer = await ask(RIM_QUESTION);
            if (answer === null) return;
            const r = deriveOutline(store.getState().doc, Number(answer), { outline: `outline-${Date.now().toString(36)}`, rim: `rim-${Date.now().toString(36)}` });
            if (!r.ok) setMessage({ kind: 'error', text: r.reason });
            else store.getState().apply({ type: 'replace-items', upserts: [r.outline, r.rim], removed: r.removed });
          }} />
        <section className="canvas" aria-label="Pin" onContextMenu={commands.onContextMenu}>
          {error ? <p role="alert">Could not open the sample pin: {error}</p> : (
            <PinCanvas doc={doc} fitKey={fitKey} violations={report?.violations ?? []} findingsStale={!verdict.current} selection={selection} focus={focus}
              preview={tool.preview()} previewWidth={lineWidth} showGrid={showGrid} onToggleGrid={() => setShowGrid((g) => !g)} cursor={toolId === 'select' ? 'default' : 'crosshair'} onPointer={onPointer}
              onSelect={(ids) => { store.getState().select(ids); if (!ids.length) setFocus(null); }}
              tool={toolId} wireframe={wireframe} guides={tool.guides?.() ?? []} onRulerGuides={(x, y) => store.getState().apply({ type: 'set-guides', x, y })} lifted={inGesture && (toolId === 'select' || toolId === 'direct')} marquee={tool.marquee?.() ?? null} viewRef={viewRef} reference={reference}
              onReferenceMove={(x, y) => reference && setReference({ ...reference, x, y })} />
          )}
          {textForm && (
            <TextForm key={`${textForm.at.x},${textForm.at.y},${textForm.editId ?? ''}`} title={textForm.editId ? 'Edit text' : 'New text'} initial={textForm.initial}
              minSize={PROFILES.find((p) => p.id === doc.checks.profile)?.rules['text-too-small']?.options?.metalCapWarnBelow as number | undefined}
              onCancel={() => setTextForm(null)} onSubmit={(v) => void placeText(v)} />
          )}
          <p className="hint">{toolHint(toolId)}</p>
        </section>
        <aside className="panel">
          <ChecksPanel report={report} busyMs={verdict.ms} current={verdict.current} checkingSince={verdict.checkingSince} failure={verdict.failure} canEdit={role === 'editing'} focus={focus} onFix={applyFix}
            onWaive={(v) => void ask(WAIVER_QUESTION).then((comment) => comment && store.getState().apply({ type: 'add-waiver', waiver: waiverFor(v, comment, new Date().toISOString()) }))}
            fixesFor={(v) => recessFixes(v, (p) => `${p}-${Date.now().toString(36)}`, settings.current.color).map((x) => ({
              label: x.label, apply: () => { store.getState().apply({ type: 'add-item', item: x.item }); setFocus(null); },
            }))}
            onFocus={(v) => { setFocus(v); store.getState().select(v.items); }} />
          <Inspector item={selected} count={selection.length}
            onWidth={(id, width) => store.getState().apply({ type: 'set-line-width', id, width })}
            onStroke={(id, s) => store.getState().apply({ type: 'set-stroke', id, ...s })}
            onColor={(id, c) => { store.getState().apply({ type: 'set-fill-color', id, color: c }); setColor(c); }}
            onFinish={(id, finish) => store.getState().apply({ type: 'set-finish', id, finish })}
            onPickColor={setColor}
            onEditText={(id) => {
              const it = store.getState().doc.items[id];
              if (it?.kind === 'text') setTextForm({ at: { x: it.x, y: it.y }, editId: id, initial: { text: it.text, size: it.size, mode: it.mode, font: isBundledFont(it.font) ? it.font : DEFAULT_FONT, tracking: it.tracking ?? 0 } });
            }} />
          <PalettePanel current={color} used={verdict.current ? verdict.areas : null} stale={verdict.areas} recent={recent} onPick={setColor} />
          <ReferencePanel reference={reference} onPick={() => refInput.current?.click()}
            onChange={(patch) => reference && setReference({ ...reference, ...patch })} onRemove={() => setReference(null)} />
          <input ref={refInput} type="file" accept="image/png,image/jpeg" hidden data-testid="reference-input"
            onChange={(e) => { const f = e.target.files?.[0]; if (f) void placeReference(f); e.target.value = ''; }} />
          <LayersPanel doc={doc} selection={selection} onSelect={onLayerSelect} onFlags={onLayerFlags}
            onReorder={(id, target) => store.getState().apply({ type: 'place-above', ids: withGroups(store.getState().doc, [id]), target })} />
        </aside>
      </main>
    </div>
  );
}
