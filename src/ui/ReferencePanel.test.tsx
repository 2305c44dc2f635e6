// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReferencePanel } from './ReferencePanel.tsx';
import { isReferenceImage, type ReferenceImage } from '../canvas/reference.ts';

const ref: ReferenceImage = { src: 'data:image/png;base64,AAAA', name: 'sketch.png', x: 0, y: 0, width: 20, height: 10, opacity: 0.5, locked: true, visible: true };

describe('ReferencePanel', () => {
  it('offers to place a picture when there is none', () => {
    const onPick = vi.fn();
    render(<ReferencePanel reference={null} onPick={onPick} onChange={() => {}} onRemove={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Place…' }));
    expect(onPick).toHaveBeenCalled();
  });
  it('changes opacity, lock and width (keeping the aspect ratio)', () => {
    const onChange = vi.fn();
    const onRemove = vi.fn();
    render(<ReferencePanel reference={ref} onPick={() => {}} onChange={onChange} onRemove={onRemove} />);
    fireEvent.change(screen.getByLabelText('Reference opacity'), { target: { value: '0.3' } });
    expect(onChange).toHaveBeenLastCalledWith({ opacity: 0.3 });
    fireEvent.click(screen.getByLabelText('lock'));
    expect(onChange).toHaveBeenLastCalledWith({ locked: false });
    fireEvent.change(screen.getByLabelText('Reference width in millimetres'), { target: { value: '40' } });
    expect(onChange).toHaveBeenLastCalledWith({ width: 40, height: 20 });
    fireEvent.change(screen.getByLabelText('Reference width in millimetres'), { target: { value: '-3' } });
    expect(onChange).toHaveBeenCalledTimes(3);
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onRemove).toHaveBeenCalled();
  });
  it('trusts only well-formed stored references', () => {
    expect(isReferenceImage(ref)).toBe(true);
    expect(isReferenceImage({ ...ref, src: 'javascript:alert(1)' })).toBe(false);
    expect(isReferenceImage({ ...ref, width: Number.NaN })).toBe(false);
    expect(isReferenceImage(null)).toBe(false);
  });
});
