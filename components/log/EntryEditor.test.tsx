/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../lib/log/schema';
import { EntryEditor } from './EntryEditor';

afterEach(cleanup);

const entry: Entry = {
  id: 'e1',
  text: 'Budget debate at 2pm',
  platform: 'x',
  url: '',
  campaignId: null,
  tags: ['live'],
  findings: [],
  tips: [],
  status: 'draft',
  metrics: { impressions: 100, shares: 4 },
  createdAt: 1,
  updatedAt: 1,
};

describe('EntryEditor', () => {
  it('sends only what changed; emptied metrics are cleared', () => {
    const onSave = vi.fn();
    render(
      <EntryEditor
        entry={entry}
        campaigns={[{ id: 'c1', name: 'Budget week' }]}
        onSave={onSave}
        onCancel={() => {}}
      />,
    );
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'published' } });
    fireEvent.change(screen.getByLabelText('Campaign'), { target: { value: 'c1' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'live, vote, live' } });
    fireEvent.input(screen.getByLabelText('Engagements'), { target: { value: '12' } });
    fireEvent.input(screen.getByLabelText('Shares'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      status: 'published',
      campaignId: 'c1',
      tags: ['live', 'vote'],
      metrics: { engagements: 12, shares: null },
    });
  });

  it('refuses a metric that is not a whole number and focuses it', () => {
    const onSave = vi.fn();
    render(<EntryEditor entry={entry} campaigns={[]} onSave={onSave} onCancel={() => {}} />);
    const replies = screen.getByLabelText('Replies');
    fireEvent.input(replies, { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(replies.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(replies);
    expect(screen.getByText('Use a whole number, 0 or more.')).toBeTruthy();
  });

  it('shows a save error and cancels', () => {
    const onCancel = vi.fn();
    render(
      <EntryEditor entry={entry} campaigns={[]} error="Disk full" onSave={() => {}} onCancel={onCancel} />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Disk full');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
