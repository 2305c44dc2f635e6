/// <reference lib="webworker" />
import { CheckSession } from '../core/checks/index.ts';
import { colorAreas } from '../core/editing/colorAreas.ts';
import { applyPatch, type DocumentPatch } from '../core/document/patch.ts';
import type { PinDocument } from '../core/document/types.ts';

// Live checks off the main thread. The worker keeps its own copy of the document and applies
// patches, so unchanged items stay the same objects and the session re-checks only near edits.
const session = new CheckSession();
let doc: PinDocument | undefined;

self.onmessage = (e: MessageEvent<{ seq: number; full?: PinDocument; patch?: DocumentPatch }>) => {
  const { seq, full, patch } = e.data;
  if (full) doc = full;
  else if (patch && doc) doc = applyPatch(doc, patch);
  if (!doc) return;
  const t0 = performance.now();
  const result = session.run(doc);
  const ms = performance.now() - t0;
  self.postMessage({ seq, result, ms, areas: colorAreas(doc) });
};
