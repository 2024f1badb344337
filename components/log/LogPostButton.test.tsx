/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogPostButton } from './LogPostButton';

afterEach(cleanup);
const draft = { text: 'Hello', platform: 'x', url: 'https://x.com/home' };

describe('LogPostButton', () => {
  it('hands the draft over when pressed', () => {
    const onLog = vi.fn();
    render(<LogPostButton draft={draft} status="idle" campaignName="Budget week" onLog={onLog} />);
    fireEvent.click(screen.getByRole('button', { name: 'Log this post' }));
    expect(onLog).toHaveBeenCalledWith(draft);
    expect(screen.getByText('Goes to: Budget week')).toBeTruthy();
  });

  it.each([null, { ...draft, text: '  \n ' }])('is disabled without a draft (%#)', (value) => {
    const onLog = vi.fn();
    render(<LogPostButton draft={value} status="idle" onLog={onLog} />);
    const button = screen.getByRole('button', { name: 'Log this post' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(onLog).not.toHaveBeenCalled();
  });

  it('announces the outcome in a status region', () => {
    const { rerender } = render(<LogPostButton draft={draft} status="saving" onLog={() => {}} />);
    expect((screen.getByRole('button', { name: 'Log this post' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<LogPostButton draft={draft} status="saved" onLog={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Logged.');
    rerender(<LogPostButton draft={draft} status="error" error="Disk full" onLog={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Not logged: Disk full');
  });

  it('adds the tags and status chosen here to the logged draft', () => {
    const onLog = vi.fn();
    const onTagsChange = vi.fn();
    const onEntryStatusChange = vi.fn();
    render(
      <LogPostButton
        draft={draft}
        status="idle"
        tags="live, vote,, live"
        onTagsChange={onTagsChange}
        entryStatus="draft"
        onEntryStatusChange={onEntryStatusChange}
        onLog={onLog}
      />,
    );
    fireEvent.input(screen.getByLabelText('Tags for this post'), { target: { value: 'x' } });
    expect(onTagsChange).toHaveBeenCalledWith('x');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'published' } });
    expect(onEntryStatusChange).toHaveBeenCalledWith('published');
    fireEvent.click(screen.getByRole('button', { name: 'Log this post' }));
    expect(onLog).toHaveBeenCalledWith({ ...draft, tags: ['live', 'vote'], status: 'draft' });
  });
});
