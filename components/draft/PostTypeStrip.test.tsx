/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POST_TYPES } from '../../lib/playbook/signals';
import { PostTypeStrip } from './PostTypeStrip';

afterEach(cleanup);

describe('PostTypeStrip', () => {
  it('says what the draft reads as and keeps the list closed until asked', () => {
    render(<PostTypeStrip types={[{ id: 'call-for-evidence', chosen: false }]} onChange={() => {}} />);
    expect(screen.getByTestId('post-types-line').textContent).toBe('Reads as: Call for evidence');
    const change = screen.getByRole('button', { name: 'Change the kind of post' });
    expect(change.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Kind of post' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Use what Rostrum recognised' })).toBeNull();
  });

  it('opens every kind of post inline, the recognised ones ticked', () => {
    render(
      <PostTypeStrip
        types={[
          { id: 'report-published', chosen: false },
          { id: 'explainer', chosen: false },
        ]}
        onChange={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Change the kind of post' }));
    expect(
      screen.getByRole('button', { name: 'Change the kind of post' }).getAttribute('aria-expanded'),
    ).toBe('true');
    const group = screen.getByRole('group', { name: 'Kind of post' });
    const boxes = group.querySelectorAll('input[type="checkbox"]');
    expect(boxes).toHaveLength(POST_TYPES.length);
    const ticked = screen
      .getAllByRole('checkbox')
      .filter((b) => (b as HTMLInputElement).checked)
      .map((b) => b.closest('label')?.textContent?.trim());
    expect(ticked).toEqual(['Report published', 'Explainer']);
    expect(screen.getByTestId('post-types-line').textContent).toBe(
      'Reads as: Report published and Explainer',
    );
  });

  it('ticking adds a kind and unticking removes it, from what is shown now', () => {
    const onChange = vi.fn();
    render(<PostTypeStrip types={[{ id: 'call-for-evidence', chosen: false }]} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change the kind of post' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Petition' }));
    expect(onChange).toHaveBeenLastCalledWith(['call-for-evidence', 'petition']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Call for evidence' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('a choice says so and can be undone', () => {
    const onChange = vi.fn();
    render(<PostTypeStrip types={[{ id: 'vote-result', chosen: true }]} onChange={onChange} />);
    expect(screen.getByTestId('post-types-line').textContent).toBe('You chose: Vote result');
    fireEvent.click(screen.getByRole('button', { name: 'Use what Rostrum recognised' }));
    expect(onChange).toHaveBeenCalledWith(undefined);
  });

  it('names an empty choice rather than leaving a blank', () => {
    render(<PostTypeStrip types={[]} onChange={() => {}} />);
    expect(screen.getByTestId('post-types-line').textContent).toBe('Reads as: no particular kind');
  });
});
