import { memo, useState, type DragEvent } from 'react';
import type { Item, PinDocument } from '../core/document/types.ts';
import { KIND_LABEL } from '../core/kinds/labels.ts';

export interface LayersPanelProps {
  doc: PinDocument;
  selection: string[];
  onSelect: (ids: string[], add: boolean) => void;
  onFlags: (id: string, flags: { hidden?: boolean; locked?: boolean }) => void;
  /** A row dragged onto another of the same section: paint it just above that one. */
  onReorder?: (id: string, target: string) => void;
}

const swatch = (it: Item) => (it.kind === 'enamel-fill' ? it.color.hex : it.kind === 'outline' || it.kind === 'cutout' ? 'transparent' : '#C9A227');
/** Groups longer than this start folded: a mosaic of 2,000 cells is not a list to scroll. */
const OPEN_UP_TO = 12;

interface RowProps {
  item: Item;
  selected: boolean;
  onSelect: LayersPanelProps['onSelect'];
  onReorder?: LayersPanelProps['onReorder'];
  /** The section's name: a row moves only within its own (metal always paints over enamel). */
  section: string;
  onFlags: LayersPanelProps['onFlags'];
}

/** One item's row; memoised, so dragging one item re-renders one row. */
const DRAG_TYPE = 'application/x-pinsmith-layer';

const LayerRow = memo(function LayerRow({ item: it, selected, onSelect, onFlags, onReorder, section }: RowProps) {
  const [over, setOver] = useState(false);
  const accepts = (e: DragEvent<HTMLLIElement>) => e.dataTransfer.types.includes(`${DRAG_TYPE}-${section.toLowerCase().replace(/\W+/g, '-')}`);
  return (
    <li className={`${selected ? 'selected' : ''}${over ? ' drop-above' : ''}`} draggable={!!onReorder && !it.locked}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, it.id);
        // The section rides in the type, which a dragover may read (the data it may not).
        e.dataTransfer.setData(`${DRAG_TYPE}-${section.toLowerCase().replace(/\W+/g, '-')}`, it.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => { if (accepts(e)) { e.preventDefault(); setOver(true); } }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (id && id !== it.id && accepts(e)) { e.preventDefault(); onReorder?.(id, it.id); }
      }}>
      <button type="button" className="layer-name" onClick={(e) => onSelect([it.id], e.shiftKey)}>
        <span className="swatch" style={{ background: swatch(it), borderStyle: it.kind === 'outline' || it.kind === 'cutout' ? 'dashed' : 'solid' }} />
        {it.name ?? it.id} <span className="muted small">{it.kind === 'enamel-fill' ? it.color.code ?? it.color.hex : KIND_LABEL[it.kind]}{it.kind === 'metal-line' ? ` ${Number(it.width.toFixed(3))} mm` : ''}</span>
      </button>
      <button type="button" className={`flag${it.hidden ? ' on' : ''}`} aria-label={`${it.hidden ? 'Show' : 'Hide'} ${it.name ?? it.id}`} title={it.hidden ? 'Show' : 'Hide'}
        onClick={() => onFlags(it.id, { hidden: !it.hidden })}>{it.hidden ? '◌' : '●'}</button>
      <button type="button" className={`flag${it.locked ? ' on' : ''}`} aria-label={`${it.locked ? 'Unlock' : 'Lock'} ${it.name ?? it.id}`} title={it.locked ? 'Unlock' : 'Lock'}
        onClick={() => onFlags(it.id, { locked: !it.locked })}>{it.locked ? 'L' : 'l'}</button>
    </li>
  );
});

function LayerGroup({ name, list, selection, onSelect, onFlags, onReorder }: { name: string; list: Item[] } & Omit<LayersPanelProps, 'doc'>) {
  const [open, setOpen] = useState(list.length <= OPEN_UP_TO);
  const selected = new Set(selection);
  const here = selected.size ? list.filter((it) => selected.has(it.id)).length : 0;
  return (
    <details className="layer-group" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{name} <span className="muted">({list.length}{here ? `, ${here} selected` : ''})</span></summary>
      {open && (
        <ul>
          {list.map((it) => <LayerRow key={it.id} item={it} selected={selected.has(it.id)} onSelect={onSelect} onFlags={onFlags} section={name} {...(onReorder ? { onReorder } : {})} />)}
        </ul>
      )}
    </details>
  );
}

/** Items top to bottom as painted, grouped as the factory sees them; hide and lock per item. */
export const LayersPanel = memo(function LayersPanel({ doc, selection, onSelect, onFlags, onReorder }: LayersPanelProps) {
  const items = [...doc.order].reverse().map((id) => doc.items[id]!).filter(Boolean);
  const groups: Array<[string, Item[]]> = [
    ['Metal', items.filter((it) => it.kind === 'metal-line' || it.kind === 'metal-area' || (it.kind === 'text' && it.mode === 'raised-metal'))],
    ['Enamel', items.filter((it) => it.kind === 'enamel-fill' || (it.kind === 'text' && it.mode === 'recessed-enamel'))],
    ['Die line', items.filter((it) => it.kind === 'outline' || it.kind === 'cutout')],
  ];
  return (
    <section className="panel-section" aria-label="Layers">
      <h2>Layers <small className="muted">{items.length} items</small></h2>
      {groups.map(([name, list]) => <LayerGroup key={name} name={name} list={list} selection={selection} onSelect={onSelect} onFlags={onFlags} {...(onReorder ? { onReorder } : {})} />)}
    </section>
  );
});
