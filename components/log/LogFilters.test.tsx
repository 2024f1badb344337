/** @vitest-environment happy-dom */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayBound, dayOf, LogFilters } from './LogFilters';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const props = {
  campaigns: [{ id: 'c1', name: 'Budget week' }],
  platforms: [
    { id: 'x', label: 'X' },
    { id: 'bluesky', label: 'Bluesky' },
  ],
  tags: ['live', 'vote'],
};

describe('LogFilters', () => {
  it('sets and clears each filter', () => {
    const onChange = vi.fn();
    const { rerender } = render(<LogFilters query={{}} onChange={onChange} {...props} />);
    fireEvent.change(screen.getByLabelText('Campaign'), { target: { value: 'c1' } });
    expect(onChange).toHaveBeenLastCalledWith({ campaignId: 'c1' });
    fireEvent.change(screen.getByLabelText('Campaign'), { target: { value: '\u0000none' } });
    expect(onChange).toHaveBeenLastCalledWith({ campaignId: null });
    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'bluesky' } });
    expect(onChange).toHaveBeenLastCalledWith({ platform: 'bluesky' });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'draft' } });
    expect(onChange).toHaveBeenLastCalledWith({ status: 'draft' });
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'oldest' } });
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'oldest' });

    rerender(<LogFilters query={{ platform: 'x', tag: 'live' }} onChange={onChange} {...props} />);
    expect((screen.getByLabelText('Platform') as HTMLSelectElement).value).toBe('x');
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ platform: 'x' });
  });

  it('turns dates into whole local days', () => {
    const onChange = vi.fn();
    const { rerender } = render(<LogFilters query={{}} onChange={onChange} {...props} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-03-01' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: new Date(2025, 2, 1).getTime() });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-03-31' } });
    expect(onChange).toHaveBeenLastCalledWith({ to: new Date(2025, 3, 1).getTime() - 1 });
    rerender(<LogFilters query={{ from: new Date(2025, 2, 1).getTime() }} onChange={onChange} {...props} />);
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2025-03-01');
    expect(dayBound('nonsense', false)).toBeUndefined();
    expect(dayOf(undefined)).toBe('');
  });

  it('searches words after a pause in typing, not on every key', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    render(<LogFilters query={{ platform: 'x' }} onChange={onChange} {...props} textDelay={200} />);
    const box = screen.getByRole('searchbox', { name: 'Search words' });
    fireEvent.input(box, { target: { value: 'bud' } });
    fireEvent.input(box, { target: { value: 'budget' } });
    expect(onChange).not.toHaveBeenCalled();
    void act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange).toHaveBeenCalledWith({ platform: 'x', text: 'budget' });
  });
});
