/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PublishSettings } from './PublishSettings';

afterEach(cleanup);

const platforms = [
  { id: 'x', label: 'X' },
  { id: 'bluesky', label: 'Bluesky' },
];

describe('PublishSettings', () => {
  it('shows the chosen policy and reports a new choice', () => {
    const onPolicy = vi.fn();
    render(
      <PublishSettings
        policy="ask"
        onPolicy={onPolicy}
        platforms={platforms}
        badgeHiddenOn={[]}
        onBadgeShown={vi.fn()}
      />,
    );
    expect((screen.getByLabelText('Ask me whether to log it') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Log it at once (with undo)'));
    expect(onPolicy).toHaveBeenCalledWith('always');
    expect(screen.getByRole('group', { name: 'When I publish a post during a campaign' })).toBeTruthy();
  });

  it('has a badge switch per site', () => {
    const onBadgeShown = vi.fn();
    render(
      <PublishSettings
        policy="never"
        onPolicy={vi.fn()}
        platforms={platforms}
        badgeHiddenOn={['bluesky']}
        onBadgeShown={onBadgeShown}
      />,
    );
    const x = screen.getByLabelText('X') as HTMLInputElement;
    const bluesky = screen.getByLabelText('Bluesky') as HTMLInputElement;
    expect(x.checked).toBe(true);
    expect(bluesky.checked).toBe(false);
    fireEvent.click(x);
    expect(onBadgeShown).toHaveBeenCalledWith('x', false);
  });
});
