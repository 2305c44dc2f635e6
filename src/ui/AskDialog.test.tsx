// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RIM_QUESTION, useAsk, WAIVER_QUESTION, type Question } from './AskDialog.tsx';

function harness(q: Question) {
  const told: string[] = [];
  let ask!: (q: Question) => Promise<string | null>;
  function Host() {
    const a = useAsk((t) => told.push(t));
    ask = a.ask;
    return <>{a.dialog}</>;
  }
  render(<Host />);
  let answer: Promise<string | null>;
  act(() => { answer = ask(q); });
  return { told, answer: () => answer };
}

describe('AskDialog (instead of prompt())', () => {
  it('takes a valid answer', async () => {
    const h = harness(RIM_QUESTION);
    const input = screen.getByRole('spinbutton');
    fireEvent.change(input, { target: { value: '1.5' } });
    fireEvent.click(screen.getByText('Make die line'));
    expect(await h.answer()).toBe('1.5');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
  it('says what is wrong and will not take it', () => {
    harness(RIM_QUESTION);
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toBe('a width above 0 mm');
    expect((screen.getByText('Make die line') as HTMLButtonElement).disabled).toBe(true);
  });
  it('Esc cancels and says that nothing changed', async () => {
    const h = harness(WAIVER_QUESTION);
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(await h.answer()).toBeNull();
    expect(h.told).toEqual(['Not waived: nothing changed.']);
  });
});
