// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pin, PMS } from '../core/document/builders.ts';
import type { PinDocument } from '../core/document/types.ts';
import { useLiveChecks } from './useLiveChecks.ts';

const thinLine = (width: number): PinDocument => pin('Badge', 20, 20)
  .rectOutline(0, 0, 20, 20, 'die')
  .rectFill(1, 1, 18, 18, PMS.sky291, { id: 'sky' })
  .line([[2, 10], [18, 10]], width, { id: 'line' })
  .build();

describe('live verdicts', () => {
  it('undo and redo land on documents already checked: their verdict shows with the change', async () => {
    const thin = thinLine(0.1);
    const fixed = thinLine(0.4);
    const { result, rerender } = renderHook(({ doc }) => useLiveChecks(doc, false), { initialProps: { doc: thin } });
    await waitFor(() => expect(result.current.current).toBe(true), { timeout: 20_000 });
    const thinErrors = result.current.report!.summary.errors;
    expect(thinErrors).toBeGreaterThan(0);
    rerender({ doc: fixed });
    expect(result.current.current).toBe(false);
    await waitFor(() => expect(result.current.current).toBe(true), { timeout: 20_000 });
    expect(result.current.report!.summary.errors).toBeLessThan(thinErrors);
    // Undo: the very document checked before, current in the same render, with its own verdict.
    rerender({ doc: thin });
    expect(result.current.current).toBe(true);
    expect(result.current.report!.summary.errors).toBe(thinErrors);
    // An equal document that is a new object is a new change: checked, not assumed.
    rerender({ doc: structuredClone(thin) });
    expect(result.current.current).toBe(false);
    await waitFor(() => expect(result.current.current).toBe(true), { timeout: 20_000 });
    expect(result.current.report!.summary.errors).toBe(thinErrors);
  });
});
