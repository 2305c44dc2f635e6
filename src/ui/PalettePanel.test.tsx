// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pantoneSolidCoated } from '../core/palette/index.ts';
import { BASICS, PalettePanel } from './PalettePanel.tsx';

describe('PalettePanel', () => {
  it('base swatches are real palette entries', () => {
    const pal = pantoneSolidCoated();
    for (const c of BASICS) expect(pal.find(c.code!)?.hex, c.code).toBe(c.hex);
  });

  it('lists the colours used with their areas, flags custom ones, and picks on click', () => {
    const onPick = vi.fn();
    render(<PalettePanel current={{ hex: '#C8102E', code: '186 C' }} onPick={onPick} recent={[{ hex: '#0032A0', code: '286 C' }]}
      used={[{ color: { hex: '#C8102E', code: '186 C' }, area: 70.4, items: 1 }, { color: { hex: '#55AA33' }, area: 12, items: 2 }]} />);
    expect(screen.getByText('70.4 mm²')).toBeTruthy();
    expect(screen.getByText('#55AA33 (custom)').className).toBe('custom');
    fireEvent.click(screen.getByLabelText('Use 286 C'));
    expect(onPick).toHaveBeenCalledWith({ hex: '#0032A0', code: '286 C' });
  });
});
