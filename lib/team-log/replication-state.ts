import type { SyncState } from './sync-state';

export const DIRECTIONS = ['push', 'pull'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Each direction's latest pause: the error it paused on, if any; absent while it is active. */
export type Pauses = Partial<Record<Direction, { error: unknown }>>;

/**
 * The one state the user sees of the two replications (push and pull). An error either direction paused
 * on wins, so nothing can overwrite a refusal or an unreachable server with good news; then what is still
 * to send; "synced" only once both directions have paused without error with nothing left to send.
 * Undefined while a direction is still working: the last state shown stays.
 */
export function combinedState(
  paused: Pauses,
  pending: number,
  stateOfError: (error: unknown) => SyncState,
  at: number,
): SyncState | undefined {
  const failed = paused.push?.error ?? paused.pull?.error;
  if (failed) return stateOfError(failed);
  if (pending > 0) return { state: 'sending', pending };
  if (paused.push && paused.pull) return { state: 'synced', at };
  return undefined;
}
