/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PublishNotices, type PublishNoticeView } from './PublishNotices';

afterEach(cleanup);

const pending: PublishNoticeView = {
  id: 'p1',
  state: 'pending',
  platformLabel: 'X',
  campaignName: 'Budget week',
  excerpt: 'Vote today',
};
const logged: PublishNoticeView = { ...pending, id: 'l1', state: 'logged', excerpt: 'Hearing at 10' };

function renderNotices(props: Partial<Parameters<typeof PublishNotices>[0]> = {}) {
  const handlers = { onLog: vi.fn(), onUndo: vi.fn(), onDismiss: vi.fn() };
  render(<PublishNotices items={[pending, logged]} busyId={null} error={null} {...handlers} {...props} />);
  return handlers;
}

describe('PublishNotices', () => {
  it('asks whether to log a post just published, and logs or dismisses it', () => {
    const h = renderNotices();
    expect(screen.getByText('Log this published post?')).toBeTruthy();
    expect(screen.getByText('You just published on X. Add it to the campaign “Budget week”?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(h.onLog).toHaveBeenCalledWith('p1');
    expect(h.onDismiss).toHaveBeenCalledWith('p1');
  });

  it('offers undo for a post logged on its own', () => {
    const h = renderNotices();
    expect(screen.getByText('Published post logged')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(h.onUndo).toHaveBeenCalledWith('l1');
    expect(h.onDismiss).toHaveBeenCalledWith('l1');
  });

  it('says a publish the site did not confirm was not logged, and offers only to close the notice', () => {
    const givenUp: PublishNoticeView = { ...pending, id: 'g1', state: 'given-up', excerpt: 'Failed' };
    const h = renderNotices({ items: [givenUp] });
    expect(screen.getByRole('status').textContent).toBe(
      'Not published X did not confirm this post, so it was not added to the campaign “Budget week”.',
    );
    expect(screen.queryByRole('button', { name: 'Log it' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(h.onDismiss).toHaveBeenCalledWith('g1');
  });

  it('disables the buttons of the post being handled and shows errors as an alert', () => {
    renderNotices({ busyId: 'p1', error: 'Disk full' });
    expect((screen.getByRole('button', { name: 'Log it' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByRole('alert').textContent).toBe('That did not work: Disk full');
  });

  it('renders nothing when there is nothing to say', () => {
    const { container } = render(
      <PublishNotices
        items={[]}
        busyId={null}
        error={null}
        onLog={vi.fn()}
        onUndo={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});
