// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CheckReport, Violation } from '../core/checks/index.ts';
import { ChecksPanel } from './ChecksPanel.tsx';

const v = (rule: Violation['rule'], severity: Violation['severity'], message: string, extra: Partial<Violation> = {}): Violation =>
  ({ rule, severity, message, items: ['a'], at: { x: 1, y: 2 }, ...extra });

const report = (violations: Violation[]): CheckReport => ({
  profile: 'hard-enamel',
  summary: { errors: violations.filter((x) => x.severity === 'error').length, warnings: violations.filter((x) => x.severity === 'warning').length, waived: 0 },
  violations,
  truncated: {},
  staleWaivers: [],
});

describe('ChecksPanel', () => {
  it('groups problems by rule with counts, errors and warnings apart', () => {
    render(<ChecksPanel report={report([v('metal-too-thin', 'error', 'thin A'), v('metal-too-thin', 'warning', 'thin B'), v('fill-gap', 'error', 'gap')])}
      busyMs={12} focus={null} onFocus={() => {}} onFix={() => {}} onWaive={() => {}} />);
    expect(screen.getByText('metal-too-thin').parentElement?.textContent).toContain('(2)');
    expect(screen.getByText('fill-gap').parentElement?.textContent).toContain('(1)');
    expect(screen.getByTitle('errors').textContent).toBe('2');
    expect(screen.getByTitle('warnings').textContent).toBe('1');
    expect(screen.getByText('thin B').closest('li')?.className).toContain('warning');
  });

  it('an older report is never the verdict: no counts, no all-clear, no fixes, a checking note instead', () => {
    const thin = v('metal-too-thin', 'error', 'too thin', { suggestion: { kind: 'set-width', width: 0.3, itemId: 'a' } });
    const { rerender } = render(<ChecksPanel report={report([])} current={false} checkingSince={performance.now() - 1500} busyMs={3} focus={null} onFocus={() => {}} onFix={() => {}} onWaive={() => {}} />);
    expect(screen.queryByText(/No problems/)).toBeNull();
    expect(screen.queryByTitle('errors')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Checking… 1\.\d s/);
    rerender(<ChecksPanel report={report([thin])} current={false} checkingSince={performance.now()} busyMs={3} focus={null} onFocus={() => {}} onFix={() => {}} onWaive={() => {}} />);
    expect(screen.getByText(/from before your last change/)).toBeTruthy();
    expect(screen.queryByText('Widen to 0.3 mm')).toBeNull();
    expect((screen.getByText('too thin') as HTMLButtonElement).disabled).toBe(true);
    rerender(<ChecksPanel report={report([thin])} current={false} checkingSince={performance.now()} failure="unknown profile" busyMs={3} focus={null} onFocus={() => {}} onFix={() => {}} onWaive={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('could not run on this pin: unknown profile');
  });

  it('a bare recess offers its fixes as buttons', () => {
    const apply = vi.fn();
    const gap = v('fill-gap', 'error', 'An unfilled recess of 62 mm²');
    render(<ChecksPanel report={report([gap])} busyMs={1} focus={null} onFocus={() => {}} onFix={() => {}} onWaive={() => {}}
      fixesFor={(x) => (x.rule === 'fill-gap' ? [{ label: 'Make it metal', apply }] : [])} />);
    fireEvent.click(screen.getByText('Make it metal'));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('a clean pin says so', () => {
    render(<ChecksPanel report={report([])} busyMs={null} focus={null} onFocus={() => {}} onFix={() => {}} onWaive={() => {}} />);
    expect(screen.getByText(/No problems/)).toBeTruthy();
  });

  it('clicking a problem focuses it; a fix button applies its suggestion', () => {
    const onFocus = vi.fn();
    const onFix = vi.fn();
    const onWaive = vi.fn();
    const thin = v('metal-too-thin', 'error', 'too thin', { suggestion: { kind: 'set-width', width: 0.3, itemId: 'a' } });
    render(<ChecksPanel report={report([thin])} busyMs={null} focus={null} onFocus={onFocus} onFix={onFix} onWaive={onWaive} />);
    fireEvent.click(screen.getByText('too thin'));
    expect(onFocus).toHaveBeenCalledWith(thin);
    fireEvent.click(screen.getByText('Widen to 0.3 mm'));
    expect(onFix).toHaveBeenCalledWith(thin, thin.suggestion);
    // Waiving hands the finding to the editor, which asks why (AskDialog).
    fireEvent.click(screen.getByText('Waive…'));
    expect(onWaive).toHaveBeenCalledWith(thin);
  });

  it('lists waived findings with their reasons, apart from the live ones', () => {
    const waived = v('fill-gap', 'error', 'gap', { waived: { comment: 'filled by hand' } });
    const r = { ...report([waived]), summary: { errors: 0, warnings: 0, waived: 1 } };
    render(<ChecksPanel report={r} busyMs={null} focus={null} onFocus={() => {}} onFix={() => {}} onWaive={() => {}} />);
    expect(screen.getByText('1 waived')).toBeTruthy();
    expect(screen.getByText('fill-gap: filled by hand')).toBeTruthy();
    expect(screen.getByText(/No problems/)).toBeTruthy();
  });
});
