import { describe, expect, it } from 'vitest';
import { HORIZONTAL_SPIKE } from './support/engineCalls.ts';
import { callWithWatchdog } from './support/watchdog.ts';

// The polygon engine must return on every input; each reproducer runs on a thread a watchdog
// stops, so a regression fails here instead of hanging the suite.
describe('polygon engine terminates', () => {
  it('on a ring with a horizontal spike that doubles back (fuzz reproducer, issue 15)', async () => {
    const r = await callWithWatchdog<number>(new URL('./support/engineCalls.ts', import.meta.url), 'unionBare', [HORIZONTAL_SPIKE], 120_000);
    expect(r.finished, `union still running after ${Math.round(r.ms)} ms`).toBe(true);
    // The ring encloses no area: it runs out and back along two lines.
    if (r.finished) expect(r.value).toBe(0);
  }, 130_000);
});
