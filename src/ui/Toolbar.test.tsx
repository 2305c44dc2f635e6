// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TOOL_KEYS, Toolbar } from './Toolbar.tsx';

describe('Toolbar', () => {
  it('has the Illustrator shortcuts', () => {
    expect(TOOL_KEYS).toMatchObject({ v: 'select', a: 'direct', p: 'pen', b: 'brush', m: 'rectangle', l: 'ellipse', k: 'bucket', i: 'eyedropper', h: 'hand', z: 'zoom', t: 'text' });
  });
  it('picks a tool, shows the corner count only for polygon and star, and rejects impossible counts', () => {
    const onTool = vi.fn();
    const onCorners = vi.fn();
    const props = { color: { hex: '#C8102E', code: '186 C' }, lineWidth: 0.4, corners: 5, onTool, onLineWidth: () => {}, onCorners, onDeriveOutline: () => {} };
    const { rerender } = render(<Toolbar tool="select" {...props} />);
    expect(screen.queryByLabelText('Star points')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Star: drag from the centre' }));
    expect(onTool).toHaveBeenCalledWith('star');
    rerender(<Toolbar tool="star" {...props} />);
    fireEvent.change(screen.getByLabelText('Star points'), { target: { value: '7' } });
    expect(onCorners).toHaveBeenCalledWith(7);
    fireEvent.change(screen.getByLabelText('Star points'), { target: { value: '2' } });
    expect(onCorners).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Select, move, scale, rotate' }).getAttribute('aria-pressed')).toBe('false');
  });
});
