/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readStatus } from '../../lib/team-log/sync-state';
import { TeamLogState } from './TeamLogState';

afterEach(cleanup);

const shown = (value: unknown) => {
  const { container } = render(<TeamLogState status={readStatus(value)} />);
  return container.textContent ?? '';
};

describe('TeamLogState', () => {
  it('shows nothing when the team log is off or the record does not parse', () => {
    expect(shown({ enabled: false })).toBe('');
    expect(shown({ enabled: true, sync: { state: 'sending', pending: -1 }, rejected: 0 })).toBe('');
    expect(screen.queryByTestId('team-log-state')).toBeNull();
  });

  it('synced: says so, with the time', () => {
    const at = Date.UTC(2026, 0, 2, 9, 30);
    const text = shown({ enabled: true, sync: { state: 'synced', at }, rejected: 0 });
    expect(text).toMatch(/^Team log: synced at .+\.$/);
    expect(text).toContain(new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(at));
  });

  it('sending: the number of changes', () => {
    expect(shown({ enabled: true, sync: { state: 'sending', pending: 3 }, rejected: 0 })).toBe(
      'Team log: sending 3 changes…',
    );
  });

  it('offline: will retry, and nothing to do', () => {
    const text = shown({ enabled: true, sync: { state: 'offline' }, rejected: 0 });
    expect(text).toContain('offline, will retry');
    expect(text).toContain('Nothing to do');
  });

  it.each([
    ['wrong-password', 'wrong user name or password', 'Settings → Team log'],
    ['no-access', 'no access', 'add you as a member'],
    ['missing-database', 'does not exist', 'create the database'],
    ['not-couchdb', 'CouchDB', 'Check the address'],
  ])('refused (%s): what is wrong and what to do', (reason, what, todo) => {
    const text = shown({ enabled: true, sync: { state: 'refused', reason }, rejected: 0 });
    expect(text).toContain(what);
    expect(text).toContain(todo);
  });

  it('counts the documents refused by the zod check', () => {
    expect(shown({ enabled: true, sync: null, rejected: 2 })).toContain('2 documents from the server');
  });
});
