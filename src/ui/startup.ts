import { mayHaveSavedPins, restoreAutosave } from '../editor/autosave.ts';
import { startCheckWorker } from '../editor/liveChecks.ts';
import type { PinDocument } from '../core/document/types.ts';
import { fail, ok, type Result } from '../core/result.ts';

export const SAMPLE_URL = '/sample-pin.svg';

type Saved = Awaited<ReturnType<typeof restoreAutosave>>;
type Sample = Result<PinDocument>;

/** What the first screen waits for: the pin you were working on, else the sample pin. */
export interface Startup {
  saved: Promise<Saved>;
  /** Nothing was ever stored here: show the sample at once, without waiting for the store. */
  firstStart: boolean;
  /** The sample, imported while the store opens (opening IndexedDB on a first start took 0.6 s). */
  sample: () => Promise<Sample>;
}

let early: Startup | null = null;

/**
 * Begins, as the page loads and before React draws anything, the work the first verdict waits
 * on: the checks' Worker (it loads and warms up on the other core), the saved pin, the importer
 * and the sample file.
 */
export function beginStartup(sampleUrl = SAMPLE_URL): void {
  startCheckWorker();
  early = startup(sampleUrl);
}

/** The startup begun with the page if there is one (once), else one begun now. */
export function takeStartup(sampleUrl = SAMPLE_URL): Startup {
  const s = early ?? startup(sampleUrl);
  early = null;
  return s;
}

function startup(sampleUrl: string): Startup {
  const firstStart = !mayHaveSavedPins();
  const saved = restoreAutosave();
  let settled = false;
  void saved.finally(() => { settled = true; });
  let sample: Promise<Sample> | null = null;
  const importSample = () => (sample ??= Promise.all([fetch(sampleUrl).then((r) => r.text()), import('../core/io/svg/import.ts')])
    .then(([text, { importSvg }]): Sample => {
      const r = importSvg(text, { name: 'Mountain badge' });
      return r.ok ? ok(r.doc) : fail(r.error);
    })
    .catch((e: unknown): Sample => fail(String(e))));
  // The importer is needed for any file anyway; the sample is only imported ahead while the
  // store is still opening (a returning artist's pin usually comes back first).
  void import('../core/io/svg/import.ts').then(() => { if (!settled || firstStart) void importSample(); }, () => {});
  return { saved, firstStart, sample: importSample };
}
