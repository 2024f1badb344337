import { TeamLogSettings } from './connection';
import type { LogRepository } from '../log/repository';
import type { TeamReplicator, TeamReplicatorOptions } from './replicator';
import { TEAM_LOG_KEYS, type SyncState, type TeamLogStatus } from './sync-state';
import { ReplicaId } from './team-doc';

/**
 * The background's team log: starts the replicator when the stored settings say "on" (and the host
 * permission for that origin is held), stops it when they say "off" or change, and records each state
 * for the panel. The replicator (and PouchDB with it) is loaded only when the team log is on, so a
 * browser with it off neither loads PouchDB nor sends a request.
 */
export interface TeamLogServiceDeps {
  local: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
  log: Pick<LogRepository, 'listCampaigns' | 'listEntries' | 'applyImport' | 'deleteEntries'>;
  /** Whether Rostrum holds the host permission for the database's origin. */
  hasAccess(url: string): Promise<boolean>;
  /** `() => import('./replicator').then((m) => m.createTeamReplicator)` in the extension. */
  loadReplicator(): Promise<(options: TeamReplicatorOptions) => TeamReplicator>;
  newReplicaId(): string;
}

export interface TeamLogService {
  /** Reads the settings again and starts, restarts or stops the replication to match. */
  refresh(): Promise<void>;
  /** Hands the local log's changes since the last hand-over to the replicator (no-op when off). */
  sendLocalChanges(): Promise<void>;
  stop(): Promise<void>;
}

export function createTeamLogService(deps: TeamLogServiceDeps): TeamLogService {
  let running: { replicator: TeamReplicator; key: string } | undefined;
  let rejected = 0;
  // One refresh or hand-over at a time: a settings change during a start waits for it.
  let queue = Promise.resolve();
  const serial = (work: () => Promise<void>) => (queue = queue.then(work, work));

  const record = (status: TeamLogStatus) => deps.local.set(TEAM_LOG_KEYS.status, status);
  let lastState: SyncState | null = null;

  async function replicaId(): Promise<string> {
    const stored = ReplicaId.safeParse(await deps.local.get(TEAM_LOG_KEYS.replicaId));
    if (stored.success) return stored.data;
    const id = deps.newReplicaId();
    await deps.local.set(TEAM_LOG_KEYS.replicaId, id);
    return id;
  }

  async function stopRunning() {
    const current = running;
    running = undefined;
    if (current) await current.replicator.stop();
  }

  async function handOver() {
    if (!running) return;
    const cursor = Number((await deps.local.get(TEAM_LOG_KEYS.sentUpTo)) ?? 0) || 0;
    const campaigns = (await deps.log.listCampaigns()).filter((c) => c.updatedAt > cursor);
    const entries = (await deps.log.listEntries()).filter((e) => e.updatedAt > cursor);
    if (campaigns.length === 0 && entries.length === 0) return;
    await running.replicator.sendChanged(campaigns, entries);
    const upTo = Math.max(cursor, ...campaigns.map((c) => c.updatedAt), ...entries.map((e) => e.updatedAt));
    await deps.local.set(TEAM_LOG_KEYS.sentUpTo, upTo);
  }

  async function refresh() {
    const parsed = TeamLogSettings.safeParse(await deps.local.get(TEAM_LOG_KEYS.settings));
    const settings = parsed.success && parsed.data.enabled ? parsed.data : undefined;
    const key = settings ? JSON.stringify([settings.url, settings.user, settings.password]) : '';
    if (running && running.key === key) return;
    await stopRunning();
    if (!settings || !(await deps.hasAccess(settings.url))) {
      lastState = null;
      await record({ enabled: false });
      return;
    }
    const create = await deps.loadReplicator();
    rejected = 0;
    lastState = null;
    await record({ enabled: true, sync: null, rejected });
    const replicator = create({
      settings,
      log: deps.log,
      replicaId: await replicaId(),
      onState: (state) => {
        lastState = state;
        void record({ enabled: true, sync: state, rejected });
      },
      onRejected: (docs) => {
        rejected += docs.length;
        void record({ enabled: true, sync: lastState, rejected });
      },
    });
    running = { replicator, key };
    replicator.start();
    await handOver();
  }

  return {
    refresh: () => serial(refresh),
    sendLocalChanges: () => serial(handOver),
    stop: () => serial(stopRunning),
  };
}
