// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { barPin } from '../../test/support/pins.ts';
import { LayersPanel } from './LayersPanel.tsx';

describe('LayersPanel', () => {
  it('groups items as the factory sees them, with colour codes and line widths', () => {
    render(<LayersPanel doc={barPin().build()} selection={['wall']} onSelect={() => {}} onFlags={() => {}} />);
    expect(screen.getByText('Metal').parentElement?.textContent).toContain('(2, 1 selected)');
    expect(screen.getByText('Enamel').parentElement?.textContent).toContain('(2)');
    expect(screen.getByText('Die line').parentElement?.textContent).toContain('(1)');
    expect(screen.getByText('186 C')).toBeTruthy();
    expect(screen.getByText(/metal line 0\.4 mm/)).toBeTruthy();
    expect(screen.getByText('wall').closest('li')?.className).toBe('selected');
  });

  it('selects on click (shift adds) and toggles hide and lock', () => {
    const onSelect = vi.fn();
    const onFlags = vi.fn();
    render(<LayersPanel doc={barPin().build()} selection={[]} onSelect={onSelect} onFlags={onFlags} />);
    fireEvent.click(screen.getByText('left'), { shiftKey: true });
    expect(onSelect).toHaveBeenCalledWith(['left'], true);
    fireEvent.click(screen.getByLabelText('Hide left'));
    expect(onFlags).toHaveBeenCalledWith('left', { hidden: true });
    fireEvent.click(screen.getByLabelText('Lock wall'));
    expect(onFlags).toHaveBeenCalledWith('wall', { locked: true });
  });

  it('folds a long group and renders its rows only when opened', () => {
    const doc = barPin().build();
    for (let i = 0; i < 30; i++) {
      doc.items[`cell${i}`] = { ...doc.items.left!, id: `cell${i}` };
      doc.order.push(`cell${i}`);
    }
    const { container } = render(<LayersPanel doc={doc} selection={['cell3']} onSelect={() => {}} onFlags={() => {}} />);
    expect(screen.getByText('Enamel').parentElement?.textContent).toContain('(32, 1 selected)');
    expect(screen.queryByText('cell3')).toBeNull();
    const enamel = container.querySelectorAll('details')[1]!;
    enamel.open = true;
    fireEvent(enamel, new Event('toggle'));
    expect(screen.getByText('cell3').closest('li')?.className).toBe('selected');
  });

  it('drags a row onto another of its section to paint it just above; never across sections', () => {
    const onReorder = vi.fn();
    render(<LayersPanel doc={barPin().build()} selection={[]} onSelect={() => {}} onFlags={() => {}} onReorder={onReorder} />);
    const store: Record<string, string> = {};
    const dataTransfer = {
      setData: (k: string, v: string) => { store[k] = v; },
      getData: (k: string) => store[k] ?? '',
      get types() { return Object.keys(store); },
      effectAllowed: 'all',
    };
    const row = (name: string) => screen.getByText(name).closest('li')!;
    fireEvent.dragStart(row('left'), { dataTransfer });
    fireEvent.dragOver(row('wall'), { dataTransfer });
    fireEvent.drop(row('wall'), { dataTransfer });
    expect(onReorder).not.toHaveBeenCalled();
    const enamel = [...document.querySelectorAll('details')].find((d) => d.textContent?.startsWith('Enamel'))!;
    const other = [...enamel.querySelectorAll('li')].find((li) => li !== row('left'))!;
    fireEvent.dragOver(other, { dataTransfer });
    fireEvent.drop(other, { dataTransfer });
    expect(onReorder).toHaveBeenCalledWith('left', expect.any(String));
  });
});
