// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TextForm } from './TextForm.tsx';

describe('TextForm', () => {
  it('submits the text, cap height and how it is made', () => {
    const onSubmit = vi.fn();
    render(<TextForm title="New text" initial={{ text: '', size: 2, mode: 'raised-metal' }} minSize={1.5} onSubmit={onSubmit} onCancel={() => {}} />);
    const add = screen.getByRole('button', { name: 'Add text' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'LE 100' } });
    fireEvent.change(screen.getByLabelText('Cap height in millimetres'), { target: { value: '1.2' } });
    expect(screen.getByText(/at least 1.5 mm tall/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/enamel in the current colour/));
    fireEvent.change(screen.getByLabelText('Font'), { target: { value: 'Inter Bold' } });
    fireEvent.change(screen.getByLabelText('Letter spacing'), { target: { value: '80' } });
    fireEvent.click(add);
    expect(onSubmit).toHaveBeenCalledWith({ text: 'LE 100', size: 1.2, mode: 'recessed-enamel', font: 'Inter Bold', tracking: 80 });
  });
  it('refuses an impossible size and cancels on Escape', () => {
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    render(<TextForm title="Edit text" initial={{ text: 'PEAK', size: 2, mode: 'raised-metal' }} onSubmit={onSubmit} onCancel={onCancel} />);
    fireEvent.change(screen.getByLabelText('Cap height in millimetres'), { target: { value: '0' } });
    expect((screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(screen.getByLabelText('Text'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
