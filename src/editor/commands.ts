import type { Card, ColorRef, Colourway, Finish, Item, MetalLineItem, PinDocument, PinSpec, Waiver } from '../core/document/types.ts';
import { moveAnchor, transformItem, type AnchorPart } from '../core/editing/transformItems.ts';
import type { Matrix } from '../core/geometry/index.ts';
import { fitArtboardToArt } from '../core/editing/fitArtboard.ts';
import { arrange, type ArrangeTo } from '../core/editing/arrange.ts';
import type { Move } from '../core/editing/align.ts';

// Every edit is a pure command (doc, args) => doc. Items that do not change keep their identity,
// so live checking re-computes only around the ones that did.

export type Command =
  | { type: 'add-item'; item: Item }
  | { type: 'delete-items'; ids: string[] }
  | { type: 'move-items'; ids: string[]; dx: number; dy: number }
  | { type: 'transform-items'; ids: string[]; matrix: Matrix }
  | { type: 'scale-design'; factor: number }
  | { type: 'fit-artboard' }
  | { type: 'set-name'; name: string }
  | { type: 'move-anchor'; id: string; sub: number; seg: number; part: AnchorPart; to: { x: number; y: number } }
  | { type: 'set-line-width'; id: string; width: number }
  | { type: 'set-stroke'; id: string; cap?: MetalLineItem['cap']; join?: MetalLineItem['join']; miterLimit?: number }
  | { type: 'set-fill-color'; id: string; color: ColorRef }
  | { type: 'set-finish'; id: string; finish: Finish }
  | { type: 'replace-document'; doc: PinDocument }
  | { type: 'replace-items'; upserts: Item[]; removed: string[] }
  | { type: 'set-spec'; patch: Partial<PinSpec> }
  | { type: 'set-profile'; profile: string }
  | { type: 'add-waiver'; waiver: Waiver }
  | { type: 'set-flags'; id: string; hidden?: boolean; locked?: boolean }
  | { type: 'set-flags-many'; ids: string[]; hidden?: boolean; locked?: boolean }
  | { type: 'duplicate-items'; ids: string[]; newIds: string[]; dx: number; dy: number }
  | { type: 'arrange'; ids: string[]; to: ArrangeTo }
  | { type: 'place-above'; ids: string[]; target: string }
  | { type: 'set-guides'; x: number[]; y: number[] }
  | { type: 'set-colourways'; colourways: Colourway[] }
  | { type: 'set-card'; card: Card | null }
  | { type: 'move-each'; moves: Move[] }
  | { type: 'group'; ids: string[]; groupId: string }
  | { type: 'ungroup'; ids: string[] };

function moveItem(it: Item, dx: number, dy: number): Item {
  if (it.kind === 'text') {
    return { ...it, x: it.x + dx, y: it.y + dy, outlines: movePath(it.outlines, dx, dy) };
  }
  return { ...it, path: movePath(it.path, dx, dy) } as Item;
}

function movePath<T extends { closed: boolean; segments: Array<{ x: number; y: number }> }>(path: T[], dx: number, dy: number): T[] {
  return path.map((sp) => ({ ...sp, segments: sp.segments.map((s) => ({ ...s, x: s.x + dx, y: s.y + dy })) }));
}

/** Items with a field changed; the same document when none did. */
function updateItems(doc: PinDocument, ids: readonly string[], change: (it: Item) => Item | undefined): PinDocument {
  let items: PinDocument['items'] | undefined;
  for (const id of ids) {
    const it = doc.items[id];
    const next = it ? change(it) : undefined;
    if (!next || next === it) continue;
    items ??= { ...doc.items };
    items[id] = next;
  }
  return items ? { ...doc, items } : doc;
}

export function applyCommand(doc: PinDocument, cmd: Command): PinDocument {
  switch (cmd.type) {
    case 'set-guides': {
      const clean = (v: number[]) => [...new Set(v.filter(Number.isFinite).map((n) => Math.round(n * 1000) / 1000))].sort((a, b) => a - b);
      const x = clean(cmd.x);
      const y = clean(cmd.y);
      const was = doc.guides ?? { x: [], y: [] };
      if (x.join() === was.x.join() && y.join() === was.y.join()) return doc;
      if (!x.length && !y.length) {
        const { guides: _, ...rest } = doc;
        return rest as PinDocument;
      }
      return { ...doc, guides: { x, y } };
    }
    case 'place-above': {
      // Dragged in the layers panel onto another row: painted just above it.
      const moving = new Set(cmd.ids.filter((id) => doc.items[id] && id !== cmd.target));
      if (!moving.size || !doc.items[cmd.target]) return doc;
      const rest = doc.order.filter((id) => !moving.has(id));
      const at = rest.indexOf(cmd.target) + 1;
      const order = [...rest.slice(0, at), ...doc.order.filter((id) => moving.has(id)), ...rest.slice(at)];
      return order.every((id, i) => id === doc.order[i]) ? doc : { ...doc, order };
    }
    case 'arrange': {
      const order = arrange(doc.order, cmd.ids, cmd.to);
      return order === doc.order ? doc : { ...doc, order: [...order] };
    }
    case 'move-each': {
      const byId = new Map(cmd.moves.filter((m) => Number.isFinite(m.dx) && Number.isFinite(m.dy) && (m.dx || m.dy)).map((m) => [m.id, m]));
      return updateItems(doc, [...byId.keys()], (it) => (it.locked ? undefined : moveItem(it, byId.get(it.id)!.dx, byId.get(it.id)!.dy)));
    }
    case 'group': {
      // The die line is the pin's edge, never part of a group of art.
      const ids = cmd.ids.filter((id) => doc.items[id] && doc.items[id]!.kind !== 'outline');
      if (ids.length < 2 || !cmd.groupId) return doc;
      return updateItems(doc, ids, (it) => (it.group === cmd.groupId ? undefined : { ...it, group: cmd.groupId }));
    }
    case 'ungroup':
      return updateItems(doc, cmd.ids, (it) => {
        if (!it.group) return undefined;
        const { group: _, ...rest } = it;
        return rest as Item;
      });
    case 'replace-document':
      return cmd.doc;
    case 'set-flags-many':
      return cmd.ids.reduce((d, id) => applyCommand(d, { type: 'set-flags', id, ...(cmd.hidden !== undefined ? { hidden: cmd.hidden } : {}), ...(cmd.locked !== undefined ? { locked: cmd.locked } : {}) }), doc);
    case 'set-flags': {
      const it = doc.items[cmd.id];
      if (!it) return doc;
      const next = { ...it } as Item;
      if (cmd.hidden !== undefined) {
        if (cmd.hidden) next.hidden = true;
        else delete next.hidden;
      }
      if (cmd.locked !== undefined) {
        if (cmd.locked) next.locked = true;
        else delete next.locked;
      }
      return { ...doc, items: { ...doc.items, [cmd.id]: next } };
    }
    case 'duplicate-items': {
      const items = { ...doc.items };
      const order = [...doc.order];
      cmd.ids.forEach((id, i) => {
        const it = doc.items[id];
        const nid = cmd.newIds[i];
        if (!it || !nid || items[nid] || it.kind === 'outline') return;
        // Copies of a group make a new group of their own.
        const copy = moveItem({ ...it, id: nid, ...(it.group ? { group: `${it.group}~${cmd.newIds[0]}` } : {}) }, cmd.dx, cmd.dy);
        if (copy.name) copy.name = `${copy.name} copy`;
        items[nid] = copy;
        order.push(nid);
      });
      return order.length === doc.order.length ? doc : { ...doc, items, order };
    }
    case 'set-card': {
      // The card is the packaging: designing one packs the pin on it, removing it packs it in a bag.
      const { card: _old, ...rest } = doc;
      return cmd.card
        ? { ...rest, card: cmd.card, spec: { ...doc.spec, packaging: { kind: 'backing-card', cardWidthMm: cmd.card.widthMm, cardHeightMm: cmd.card.heightMm } } }
        : { ...rest, spec: { ...doc.spec, packaging: { kind: 'poly-bag' } } };
    }
    case 'set-colourways': {
      // No colourways: the field goes, so the pin is as an older Pinsmith wrote it.
      const { colourways: _old, ...rest } = doc;
      return cmd.colourways.length ? { ...rest, colourways: cmd.colourways } : rest;
    }
    case 'set-spec':
      return { ...doc, spec: { ...doc.spec, ...cmd.patch } };
    case 'set-profile':
      return doc.checks.profile === cmd.profile ? doc : { ...doc, checks: { ...doc.checks, profile: cmd.profile } };
    case 'add-waiver':
      return { ...doc, checks: { ...doc.checks, waivers: [...doc.checks.waivers, cmd.waiver] } };
    case 'replace-items': {
      if (!cmd.upserts.length && !cmd.removed.length) return doc;
      const items = { ...doc.items };
      const gone = new Set(cmd.removed);
      for (const id of gone) delete items[id];
      const added: string[] = [];
      for (const it of cmd.upserts) {
        if (!items[it.id] && !doc.order.includes(it.id)) added.push(it.id);
        items[it.id] = it;
      }
      return { ...doc, items, order: [...doc.order.filter((id) => !gone.has(id)), ...added] };
    }
    case 'add-item':
      if (doc.items[cmd.item.id]) return doc;
      return { ...doc, items: { ...doc.items, [cmd.item.id]: cmd.item }, order: [...doc.order, cmd.item.id] };
    case 'delete-items': {
      const gone = new Set(cmd.ids.filter((id) => doc.items[id]));
      if (!gone.size) return doc;
      const items = { ...doc.items };
      for (const id of gone) delete items[id];
      return { ...doc, items, order: doc.order.filter((id) => !gone.has(id)) };
    }
    case 'move-items': {
      if (!cmd.dx && !cmd.dy) return doc;
      const items = { ...doc.items };
      for (const id of cmd.ids) {
        const it = items[id];
        if (it && !it.locked) items[id] = moveItem(it, cmd.dx, cmd.dy);
      }
      return { ...doc, items };
    }
    case 'transform-items': {
      if (!cmd.matrix.every(Number.isFinite) || Math.abs(cmd.matrix[0] * cmd.matrix[3] - cmd.matrix[1] * cmd.matrix[2]) < 1e-12) return doc;
      const items = { ...doc.items };
      let changed = false;
      for (const id of cmd.ids) {
        const it = items[id];
        if (it && !it.locked) {
          items[id] = transformItem(it, cmd.matrix);
          changed = true;
        }
      }
      return changed ? { ...doc, items } : doc;
    }
    case 'set-name': {
      const name = cmd.name.trim();
      return !name || name === doc.name ? doc : { ...doc, name };
    }
    case 'fit-artboard':
      return fitArtboardToArt(doc);
    case 'scale-design': {
      // The whole pin to a new size: art, artboard and post positions together, locked or not.
      const k = cmd.factor;
      if (!(k > 0) || !Number.isFinite(k) || k === 1) return doc;
      const m: Matrix = [k, 0, 0, k, 0, 0];
      const items = Object.fromEntries(Object.entries(doc.items).map(([id, it]) => [id, transformItem(it, m)]));
      return {
        ...doc, items,
        artboard: { width: doc.artboard.width * k, height: doc.artboard.height * k },
        spec: { ...doc.spec, posts: doc.spec.posts.map((p) => ({ x: p.x * k, y: p.y * k })) },
      };
    }
    case 'move-anchor': {
      const it = doc.items[cmd.id];
      if (!it || it.locked || it.kind === 'text' || !Number.isFinite(cmd.to.x) || !Number.isFinite(cmd.to.y)) return doc;
      const path = moveAnchor(it.path, cmd.sub, cmd.seg, cmd.part, cmd.to);
      return path === it.path ? doc : { ...doc, items: { ...doc.items, [cmd.id]: { ...it, path } } };
    }
    case 'set-line-width': {
      const it = doc.items[cmd.id];
      if (!it || it.kind !== 'metal-line' || !(cmd.width > 0) || it.width === cmd.width) return doc;
      return { ...doc, items: { ...doc.items, [cmd.id]: { ...it, width: cmd.width } } };
    }
    case 'set-stroke': {
      const it = doc.items[cmd.id];
      if (!it || it.kind !== 'metal-line' || it.locked) return doc;
      const miter = cmd.miterLimit;
      if (miter !== undefined && !(miter >= 1 && miter <= 100)) return doc;
      const next = { ...it, ...(cmd.cap ? { cap: cmd.cap } : {}), ...(cmd.join ? { join: cmd.join } : {}), ...(miter !== undefined ? { miterLimit: miter } : {}) };
      return next.cap === it.cap && next.join === it.join && next.miterLimit === it.miterLimit ? doc : { ...doc, items: { ...doc.items, [cmd.id]: next } };
    }
    case 'set-finish': {
      const it = doc.items[cmd.id];
      if (!it || it.kind !== 'enamel-fill' || it.finish === cmd.finish) return doc;
      return { ...doc, items: { ...doc.items, [cmd.id]: { ...it, finish: cmd.finish } } };
    }
    case 'set-fill-color': {
      const it = doc.items[cmd.id];
      if (!it || it.kind !== 'enamel-fill') return doc;
      return { ...doc, items: { ...doc.items, [cmd.id]: { ...it, color: { ...cmd.color } } } };
    }
  }
}
