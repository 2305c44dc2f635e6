/// <reference lib="webworker" />
import { CheckSession, runChecks } from '../core/checks/index.ts';
import { warmUpPin } from '../core/checks/warmUp.ts';
import { colorAreas } from '../core/editing/colorAreas.ts';
import { applyPatch, type DocumentPatch } from '../core/document/patch.ts';
import type { PinDocument } from '../core/document/types.ts';
import { CHECK_BUDGET_MS } from './checkBudget.ts';

// Live checks off the main thread. The worker keeps its own copy of the document and applies
// patches, so unchanged items stay the same objects and the session re-checks only near edits.
const session = new CheckSession();
let doc: PinDocument | undefined;

// A fresh engine runs the checks several times slower than a warmed one, so while nobody waits
// (before the first pin arrives, then whenever 250 ms pass without an edit) the checks run on a
// small pin, one run per task, a dozen times in all: the verdicts an artist waits for then come
// from code that has already run.
const IDLE_MS = 250;
let warmRuns = 12;
let warmTimer: ReturnType<typeof setTimeout> | null = null;
const warmUp = () => {
  warmTimer = null;
  if (warmRuns-- <= 0) return;
  const pin = warmUpPin();
  runChecks(pin);
  colorAreas(pin);
  warmTimer = setTimeout(warmUp, doc ? IDLE_MS : 0);
};
warmTimer = setTimeout(warmUp, 0);

self.onmessage = (e: MessageEvent<{ seq: number; full?: PinDocument; patch?: DocumentPatch }>) => {
  const { seq, full, patch } = e.data;
  if (full) doc = full;
  else if (patch && doc) doc = applyPatch(doc, patch);
  if (!doc) return;
  const t0 = performance.now();
  const result = session.run(doc, { budgetMs: CHECK_BUDGET_MS });
  const ms = performance.now() - t0;
  self.postMessage({ seq, result, ms, areas: colorAreas(doc) });
  if (warmTimer) clearTimeout(warmTimer);
  warmTimer = warmRuns > 0 ? setTimeout(warmUp, IDLE_MS) : null;
};
