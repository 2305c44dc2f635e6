// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pantoneSolidCoated } from '../core/palette/index.ts';
import { CustomColour, readColour } from './CustomColour.tsx';

describe('custom colour entry', () => {
  it('reads hex with or without #, rgb() and colour names', () => {
    expect(readColour('#c8102e')).toBe('#C8102E');
    expect(readColour('C8102E')).toBe('#C8102E');
    expect(readColour('rgb(200 16 46)')).toBe('#C8102E');
    expect(readColour('crimson')).toBe('#DC143C');
    expect(readColour('not a colour')).toBeUndefined();
  });
  it('always shows the nearest PMS codes with ΔE, and snaps to one or keeps the colour as drawn', () => {
    const onUse = vi.fn();
    render(<CustomColour palette={pantoneSolidCoated()} onUse={onUse} />);
    fireEvent.change(screen.getByLabelText('Custom colour (hex or RGB)'), { target: { value: '#E0115F' } });
    const near = screen.getByLabelText('Nearest PMS');
    expect(near.textContent).toMatch(/ΔE \d+\.\d/);
    fireEvent.click(near.querySelectorAll('button')[0]!);
    expect(onUse.mock.calls[0]![0]).toMatchObject({ code: expect.any(String) });
    fireEvent.click(screen.getByText('Use #E0115F as drawn'));
    expect(onUse).toHaveBeenLastCalledWith({ hex: '#E0115F' });
  });
  it('a colour that is a PMS code says so', () => {
    render(<CustomColour palette={pantoneSolidCoated()} onUse={() => {}} />);
    fireEvent.change(screen.getByLabelText('Custom colour (hex or RGB)'), { target: { value: '#C8102E' } });
    expect(screen.getByText('#C8102E is 186 C.')).toBeTruthy();
  });
});
