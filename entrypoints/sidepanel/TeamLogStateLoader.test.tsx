/** @vitest-environment happy-dom */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEAM_LOG_KEYS } from '../../lib/team-log/sync-state';
import { TeamLogStateLoader } from './TeamLogStateLoader';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const setStatus = (value: unknown) => fakeBrowser.storage.local.set({ [TEAM_LOG_KEYS.status]: value });

describe('TeamLogStateLoader', () => {
  it('shows nothing while the team log is off or has never run', async () => {
    await setStatus({ enabled: false });
    const { container } = render(<TeamLogStateLoader />);
    // A status written after the first read proves the first read has been taken in.
    await setStatus({ enabled: true, sync: { state: 'offline' }, rejected: 0 });
    await screen.findByTestId('team-log-state');
    await setStatus({ enabled: false });
    await waitFor(() => expect(container.textContent).toBe(''));
  });

  it('shows the recorded state on opening', async () => {
    await setStatus({ enabled: true, sync: { state: 'sending', pending: 2 }, rejected: 0 });
    render(<TeamLogStateLoader />);
    expect((await screen.findByTestId('team-log-state')).textContent).toBe('Team log: sending 2 changes…');
  });

  it('follows the background as the state changes', async () => {
    render(<TeamLogStateLoader />);
    await setStatus({ enabled: true, sync: { state: 'offline' }, rejected: 0 });
    expect((await screen.findByTestId('team-log-state')).textContent).toContain('offline, will retry');
    await setStatus({ enabled: true, sync: { state: 'refused', reason: 'wrong-password' }, rejected: 0 });
    await waitFor(() =>
      expect(screen.getByTestId('team-log-state').textContent).toContain('wrong user name or password'),
    );
  });

  it('treats a record that does not parse as off', async () => {
    await setStatus({ enabled: true, sync: { state: 'sending', pending: 0 }, rejected: 0 });
    const { container } = render(<TeamLogStateLoader />);
    await setStatus({ enabled: true, sync: { state: 'offline' }, rejected: 0 });
    await screen.findByTestId('team-log-state');
    await setStatus({ enabled: true, sync: { state: 'bogus' }, rejected: 0 });
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});
