// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { barPin } from '../../test/support/pins.ts';
import type { CheckReport } from '../core/checks/index.ts';
import { ExportDialog } from './ExportDialog.tsx';

const report = (errors: number): CheckReport => ({ profile: 'hard-enamel', summary: { errors, warnings: 0, waived: 0 }, violations: [], truncated: {}, staleWaivers: [] });

describe('ExportDialog', () => {
  it('edits the order spec through onSpec and scales the art to a longest side', () => {
    const onSpec = vi.fn();
    const onScale = vi.fn();
    render(<ExportDialog doc={barPin().build()} verdict={{ report: report(0), current: true, checkingSince: null }} onSpec={onSpec} onScale={onScale} onClose={() => {}} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText('Artist'), { target: { value: 'Ada' } });
    expect(onSpec).toHaveBeenLastCalledWith({ artist: 'Ada' });
    fireEvent.change(screen.getByLabelText('Edition (LE)'), { target: { value: '250' } });
    expect(onSpec).toHaveBeenLastCalledWith({ editionSize: 250 });
    fireEvent.change(screen.getByLabelText('Backstamp'), { target: { value: 'custom' } });
    expect(onSpec).toHaveBeenLastCalledWith({ backstamp: { kind: 'custom' } });
    // The bar pin's die line is 20 mm wide: 1 inch is a factor of 25.4 / 20.
    fireEvent.change(screen.getByLabelText('Size unit'), { target: { value: 'in' } });
    fireEvent.change(screen.getByLabelText('Longest side'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Scale the art' }));
    expect(onScale).toHaveBeenCalledTimes(1);
    expect(onScale.mock.calls[0]![0]).toBeCloseTo(25.4 / 20, 2);
    expect((screen.getByRole('button', { name: 'Export zip' }) as HTMLButtonElement).disabled).toBe(false);
  });
  it('with errors open, export waits for a reason', () => {
    render(<ExportDialog doc={barPin().build()} verdict={{ report: report(2), current: true, checkingSince: null }} onSpec={() => {}} onScale={() => {}} onClose={() => {}} onDone={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('2 errors a factory would reject');
    const button = screen.getByRole('button', { name: 'Export with errors' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Reason to export with errors'), { target: { value: 'sample run' } });
    expect(button.disabled).toBe(false);
  });
  it('while the pin on screen is being checked, an older report decides nothing: export waits', () => {
    render(<ExportDialog doc={barPin().build()} verdict={{ report: report(0), current: false, checkingSince: performance.now() }} onSpec={() => {}} onScale={() => {}} onClose={() => {}} onDone={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/Checking the pin before export… \d+\.\d s/);
    expect((screen.getByRole('button', { name: 'Export zip' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByText(/errors a factory would reject/)).toBeNull();
  });
});
