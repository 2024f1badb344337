import { describe, expect, it } from 'vitest';
import { combinedState, type Pauses } from './replication-state';
import type { SyncState } from './sync-state';

const refused: SyncState = { state: 'refused', reason: 'wrong-password' };
const stateOfError = (error: unknown): SyncState =>
  (error as { status?: number }).status === 401 ? refused : { state: 'offline' };
const AT = 1_700_000_000_000;
const ok = { error: undefined };

describe('combinedState', () => {
  it('is synced only when both directions have paused without error and nothing is left to send', () => {
    expect(combinedState({ push: ok, pull: ok }, 0, stateOfError, AT)).toEqual({ state: 'synced', at: AT });
    expect(combinedState({ push: ok }, 0, stateOfError, AT)).toBeUndefined();
    expect(combinedState({}, 0, stateOfError, AT)).toBeUndefined();
  });

  it('says what is still to send while nothing has failed', () => {
    expect(combinedState({}, 2, stateOfError, AT)).toEqual({ state: 'sending', pending: 2 });
    expect(combinedState({ push: ok, pull: ok }, 1, stateOfError, AT)).toEqual({
      state: 'sending',
      pending: 1,
    });
  });

  it('keeps an error of either direction over good news and over what is to send', () => {
    const pullFailed: Pauses = { push: ok, pull: { error: { status: 401 } } };
    expect(combinedState(pullFailed, 0, stateOfError, AT)).toEqual(refused);
    expect(combinedState(pullFailed, 3, stateOfError, AT)).toEqual(refused);
    // The push still working (no pause) while the pull has failed: the failure shows.
    expect(combinedState({ pull: { error: new TypeError('fetch failed') } }, 0, stateOfError, AT)).toEqual({
      state: 'offline',
    });
    expect(combinedState({ push: { error: { status: 401 } }, pull: ok }, 0, stateOfError, AT)).toEqual(
      refused,
    );
  });
});
