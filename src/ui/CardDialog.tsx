import { useRef, useState } from 'react';
import { CARD_POST_HOLE_MM, CARD_PRESETS, cardLayout, defaultCard } from '../core/card/layout.ts';
import type { Card, PinDocument } from '../core/document/types.ts';
import { thumbnailUrl } from '../core/editing/thumbnail.ts';
import { expandBounds, pathGeomToData, regionToPath } from '../core/geometry/index.ts';
import { MM_PER_INCH } from '../core/units.ts';

export interface CardDialogProps {
  doc: PinDocument;
  /** Each change is one undoable edit of the pin; null removes the card (the pin ships in a bag). */
  onChange: (card: Card | null) => void;
  onClose: () => void;
}

/** Card art as an image: PNG/JPEG as they are, an SVG drawn at this many dots an inch of the card. */
const SVG_ART_DPI = 300;
const MAX_ART_BYTES = 8 * 1024 * 1024;
const r1 = (v: number) => Math.round(v * 10) / 10;

/** A text field that edits on Enter or leaving it (one undo step per change, not per key). */
function Committed({ value, onCommit, ...rest }: { value: string; onCommit: (v: string) => void } & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const [text, setText] = useState<string | null>(null);
  return <input {...rest} value={text ?? value} onChange={(e) => setText(e.target.value)}
    onBlur={() => { if (text !== null && text !== value) onCommit(text); setText(null); }}
    onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }} />;
}

/** An SVG (or PNG/JPEG) file as a PNG/JPEG data URL for the card. */
async function artFrom(file: File, card: Card): Promise<string> {
  if (file.size > MAX_ART_BYTES) throw new Error(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; card art up to 8 MB can be placed`);
  const isSvg = /\.svg$/i.test(file.name) || file.type === 'image/svg+xml';
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode().catch(() => { throw new Error(`${file.name} is not an image the browser can draw`); });
    if (!isSvg) {
      return await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(new Error(`${file.name} could not be read`));
        reader.readAsDataURL(file);
      });
    }
    // An SVG is drawn once at print resolution for the card's size, keeping its proportions.
    const px = Math.round((Math.max(card.widthMm, card.heightMm) / MM_PER_INCH) * SVG_ART_DPI);
    const aspect = (img.naturalWidth || 1) / (img.naturalHeight || 1);
    const canvas = document.createElement('canvas');
    canvas.width = aspect >= 1 ? px : Math.round(px * aspect);
    canvas.height = aspect >= 1 ? Math.round(px / aspect) : px;
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The backing card: size (presets or custom), background, art (an image and lines of text), the
 * pin at real size where it sits (drag it) with its post holes, a hang hole; bleed, trim and the
 * safe area drawn; what a printer would question listed. Exported as card.pdf with the bundle.
 */
export function CardDialog({ doc, onChange, onClose }: CardDialogProps) {
  const card = doc.card;
  const [error, setError] = useState<string | null>(null);
  const [drag, setDrag] = useState<{ x: number; y: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const grab = useRef<{ x: number; y: number } | null>(null);
  if (!card) {
    return (
      <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
        <div className="dialog card-dialog" role="dialog" aria-modal="true" aria-label="Backing card">
          <header><h2>Backing card</h2><button type="button" className="close" aria-label="Close the backing card" onClick={onClose}>×</button></header>
          <p className="empty">The pin ships in a poly bag. A printed backing card holds it by its posts and carries your art.</p>
          <footer><div className="row"><button type="button" className="primary" onClick={() => onChange(defaultCard())}>Design a backing card</button></div></footer>
        </div>
      </div>
    );
  }
  const set = (patch: Partial<Card>) => onChange({ ...card, ...patch });
  const shown = drag ? { ...card, pinAt: drag } : card;
  const L = cardLayout(doc, shown);
  const preset = CARD_PRESETS.find((p) => Math.abs(p.widthMm - card.widthMm) < 0.01 && Math.abs(p.heightMm - card.heightMm) < 0.01)?.id ?? 'custom';
  const thumb = expandBounds(L.pin, 0.5);
  const toCard = (e: React.PointerEvent) => {
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return { x: r1(p.x), y: r1(p.y) };
  };
  const resize = (widthMm: number, heightMm: number) => {
    if (!(widthMm > 10 && widthMm <= 300 && heightMm > 10 && heightMm <= 300)) { setError('A card is 10–300 mm a side.'); return; }
    setError(null);
    // The pin keeps its place relative to the card.
    set({ widthMm, heightMm, pinAt: { x: r1((card.pinAt.x / card.widthMm) * widthMm), y: r1((card.pinAt.y / card.heightMm) * heightMm) } });
  };
  const b = L.bleed;

  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="dialog card-dialog" role="dialog" aria-modal="true" aria-label="Backing card">
        <header>
          <h2>Backing card</h2>
          <span className="muted small">{r1(card.widthMm)} × {r1(card.heightMm)} mm ({(card.widthMm / MM_PER_INCH).toFixed(2)} × {(card.heightMm / MM_PER_INCH).toFixed(2)} in) · exported as card.pdf</span>
          <button type="button" className="close" aria-label="Close the backing card" onClick={onClose}>×</button>
        </header>
        <div className="card-body">
          <svg ref={svgRef} className="card-preview" viewBox={`${b.minX} ${b.minY} ${b.maxX - b.minX} ${b.maxY - b.minY}`} role="img" aria-label="Card preview: drag the pin to move it"
            style={{ aspectRatio: `${b.maxX - b.minX} / ${b.maxY - b.minY}` }}>
            <rect x={b.minX} y={b.minY} width={b.maxX - b.minX} height={b.maxY - b.minY} fill={card.background} />
            {card.image && (
              <image href={card.image.href} x={card.image.fit === 'cover' ? b.minX : 0} y={card.image.fit === 'cover' ? b.minY : 0}
                width={card.image.fit === 'cover' ? b.maxX - b.minX : card.widthMm} height={card.image.fit === 'cover' ? b.maxY - b.minY : card.heightMm}
                preserveAspectRatio={card.image.fit === 'cover' ? 'xMidYMid slice' : 'xMidYMid meet'} />
            )}
            {card.texts.map((t, i) => <text key={i} x={t.x} y={t.y} fontSize={t.sizeMm / 0.7} fontWeight={700} fill={t.color} textAnchor="middle" fontFamily="Inter, sans-serif">{t.text}</text>)}
            {/* Bleed: printed, cut away. */}
            <path d={`M${b.minX} ${b.minY}H${b.maxX}V${b.maxY}H${b.minX}Z M0 0V${card.heightMm}H${card.widthMm}V0Z`} fill="rgba(255,255,255,0.55)" fillRule="evenodd" pointerEvents="none" />
            <rect x={0} y={0} width={card.widthMm} height={card.heightMm} fill="none" stroke="#222" strokeWidth={0.2} pointerEvents="none" />
            <rect x={L.safe.minX} y={L.safe.minY} width={L.safe.maxX - L.safe.minX} height={L.safe.maxY - L.safe.minY} fill="none" stroke="#E07B00" strokeWidth={0.2} strokeDasharray="1 0.7" pointerEvents="none" />
            {L.hang && <path d={pathGeomToData(regionToPath(L.hang))} fill="#fff" stroke="#EC008C" strokeWidth={0.2} />}
            <image href={thumbnailUrl(doc, 240)} x={thumb.minX} y={thumb.minY} width={thumb.maxX - thumb.minX} height={thumb.maxY - thumb.minY} preserveAspectRatio="none"
              style={{ cursor: 'move' }} aria-label="The pin at real size"
              onPointerDown={(e) => { (e.target as Element).setPointerCapture(e.pointerId); const p = toCard(e); if (p) { grab.current = p; setDrag(card.pinAt); } }}
              onPointerMove={(e) => {
                const p = toCard(e);
                if (drag && grab.current && p) setDrag({ x: r1(card.pinAt.x + p.x - grab.current.x), y: r1(card.pinAt.y + p.y - grab.current.y) });
              }}
              onPointerUp={() => { if (drag && (drag.x !== card.pinAt.x || drag.y !== card.pinAt.y)) set({ pinAt: drag }); setDrag(null); grab.current = null; }} />
            {L.holes.map((h, i) => <circle key={i} cx={h.x} cy={h.y} r={CARD_POST_HOLE_MM / 2} fill="#fff" stroke="#EC008C" strokeWidth={0.2} pointerEvents="none" />)}
          </svg>
          <section className="card-options" aria-label="Card options">
            <div className="grid2">
              <label className="field">Size
                <select aria-label="Card size" value={preset} onChange={(e) => { const p = CARD_PRESETS.find((x) => x.id === e.target.value); if (p) resize(p.widthMm, p.heightMm); }}>
                  {CARD_PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
                  <option value="custom" disabled={preset !== 'custom'}>custom</option>
                </select>
              </label>
              <label className="field">Background
                <input type="color" aria-label="Card background" value={card.background.toLowerCase()} onChange={(e) => set({ background: e.target.value.toUpperCase() })} />
              </label>
              <label className="field">Width (mm)<Committed type="number" aria-label="Card width (mm)" value={String(r1(card.widthMm))} onCommit={(v) => resize(Number(v), card.heightMm)} /></label>
              <label className="field">Height (mm)<Committed type="number" aria-label="Card height (mm)" value={String(r1(card.heightMm))} onCommit={(v) => resize(card.widthMm, Number(v))} /></label>
              <label className="field">Pin across (mm)<Committed type="number" aria-label="Pin across (mm)" value={String(card.pinAt.x)} onCommit={(v) => { const x = Number(v); if (Number.isFinite(x)) set({ pinAt: { ...card.pinAt, x } }); }} /></label>
              <label className="field">Pin down (mm)<Committed type="number" aria-label="Pin down (mm)" value={String(card.pinAt.y)} onCommit={(v) => { const y = Number(v); if (Number.isFinite(y)) set({ pinAt: { ...card.pinAt, y } }); }} /></label>
              <label className="field">Hang hole
                <select aria-label="Hang hole" value={card.hangHole} onChange={(e) => set({ hangHole: e.target.value as Card['hangHole'] })}>
                  <option value="none">none</option><option value="round">round, 6 mm</option><option value="euro">euro slot</option>
                </select>
              </label>
              <label className="field">Card art (PNG, JPEG or SVG)
                <input type="file" accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml" aria-label="Card art" onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void artFrom(file, card).then((href) => { setError(null); set({ image: { href, fit: card.image?.fit ?? 'cover' } }); }, (x: unknown) => setError(x instanceof Error ? x.message : String(x)));
                }} />
              </label>
            </div>
            {card.image && (
              <div className="row">
                <label>Art <select aria-label="Art fit" value={card.image.fit} onChange={(e) => set({ image: { ...card.image!, fit: e.target.value as 'cover' | 'contain' } })}>
                  <option value="cover">fills the card (to the bleed)</option><option value="contain">fits inside the card</option></select></label>
                <button type="button" onClick={() => { const { image: _i, ...rest } = card; onChange(rest); }}>Remove the art</button>
              </div>
            )}
            <h3>Text</h3>
            <ul className="card-texts">
              {card.texts.map((t, i) => {
                const edit = (patch: Partial<Card['texts'][number]>) => set({ texts: card.texts.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return (
                  <li key={i} className="row">
                    <Committed type="text" aria-label={`Text ${i + 1}`} value={t.text} maxLength={200} onCommit={(text) => edit({ text })} />
                    <Committed type="number" aria-label={`Text ${i + 1} size (mm)`} title="Cap height (mm)" value={String(t.sizeMm)} onCommit={(v) => { const n = Number(v); if (n > 0 && n <= 50) edit({ sizeMm: n }); }} />
                    <Committed type="number" aria-label={`Text ${i + 1} down (mm)`} title="Baseline, mm from the top" value={String(t.y)} onCommit={(v) => { const n = Number(v); if (Number.isFinite(n)) edit({ y: n }); }} />
                    <input type="color" aria-label={`Text ${i + 1} colour`} value={t.color.toLowerCase()} onChange={(e) => edit({ color: e.target.value.toUpperCase() })} />
                    <button type="button" aria-label={`Remove text ${i + 1}`} onClick={() => set({ texts: card.texts.filter((_, j) => j !== i) })}>×</button>
                  </li>
                );
              })}
            </ul>
            <button type="button" disabled={card.texts.length >= 20} onClick={() => set({ texts: [...card.texts, { text: doc.name, x: card.widthMm / 2, y: r1(card.heightMm - 10), sizeMm: 3, color: '#222222' }] })}>Add text</button>
            {error && <p className="error-text" role="alert">{error}</p>}
            <ul className="card-problems" aria-label="What a printer would question">
              {L.problems.map((p) => <li key={p} className="small">{p}</li>)}
            </ul>
            {!L.problems.length && <p className="small muted">Bleed {3} mm (light), safe area (orange dashes), holes on the cut line (magenta): ready to print.</p>}
          </section>
        </div>
        <footer>
          <div className="row">
            <button type="button" onClick={onClose}>Done</button>
            <button type="button" className="danger" onClick={() => onChange(null)}>Remove the card (ship in a bag)</button>
          </div>
        </footer>
      </div>
    </div>
  );
}
