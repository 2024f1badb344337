/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BulkActions } from './BulkActions';

afterEach(cleanup);

describe('BulkActions', () => {
  it('adds and removes a tag, moves to a campaign, deletes and clears', () => {
    const onChange = vi.fn();
    const onDelete = vi.fn();
    const onClear = vi.fn();
    render(
      <BulkActions
        selected={['a', 'b']}
        campaigns={[{ id: 'c1', name: 'Budget week' }]}
        onChange={onChange}
        onDelete={onDelete}
        onClear={onClear}
      />,
    );
    expect(screen.getByText('2 selected')).toBeTruthy();
    const add = screen.getByRole('button', { name: 'Add tag' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Tag'), { target: { value: '  live ' } });
    fireEvent.click(add);
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b'], { addTags: ['live'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag' }));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b'], { removeTags: ['live'] });
    fireEvent.change(screen.getByLabelText('Move to campaign'), { target: { value: 'c1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b'], { campaignId: 'c1' });
    fireEvent.change(screen.getByLabelText('Move to campaign'), { target: { value: '\u0000none' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b'], { campaignId: null });
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(onDelete).toHaveBeenCalledWith(['a', 'b']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(onClear).toHaveBeenCalled();
  });
});
