import { describe, expect, it } from 'vitest';
import type { Campaign, Entry } from '../log/schema';
import { campaign, entry } from './__fixtures__/records';
import type { TeamReplicator, TeamReplicatorOptions } from './replicator';
import { createTeamLogService, type TeamLogServiceDeps } from './service';
import { TEAM_LOG_KEYS, readStatus } from './sync-state';

const SETTINGS = { enabled: true, url: 'https://couch.example.org/team', user: 'ana', password: 'secret' };

/** A replicator that records what the service asks of it; its options let the test report states. */
function fakeReplicators() {
  const made: Array<{ options: TeamReplicatorOptions; calls: string[]; sent: Array<[Campaign[], Entry[]]> }> =
    [];
  const create = (options: TeamReplicatorOptions): TeamReplicator => {
    const record = { options, calls: [] as string[], sent: [] as Array<[Campaign[], Entry[]]> };
    made.push(record);
    return {
      start: () => record.calls.push('start'),
      pause: () => record.calls.push('pause'),
      stop: async () => void record.calls.push('stop'),
      sendEntry: async () => undefined,
      sendEntryDeletion: async () => undefined,
      sendChanged: async (campaigns, entries) => {
        record.sent.push([[...campaigns], [...entries]]);
        return campaigns.length + entries.length;
      },
    };
  };
  const nth = (i: number) => {
    const replicator = made[i];
    if (!replicator) throw new Error(`no replicator #${i}`);
    return replicator;
  };
  return { made, create, nth };
}

function setUp(options: { access?: boolean; entries?: Entry[] } = {}) {
  const stored = new Map<string, unknown>();
  const replicators = fakeReplicators();
  let loads = 0;
  const deps: TeamLogServiceDeps = {
    local: {
      get: async (key) => stored.get(key),
      set: async (key, value) => void stored.set(key, value),
    },
    log: {
      listCampaigns: async () => [campaign],
      listEntries: async () => options.entries ?? [entry],
      applyImport: async () => ({ campaigns: 0, entries: 0 }) as never,
      deleteEntries: async () => [],
    },
    hasAccess: async () => options.access ?? true,
    loadReplicator: async () => {
      loads++;
      return replicators.create;
    },
    newReplicaId: () => 'replica-1',
  };
  return { stored, replicators, deps, loads: () => loads, service: createTeamLogService(deps) };
}

describe('team log service', () => {
  it('with no settings, or the team log off, loads no replicator and records "off"', async () => {
    const { service, stored, loads } = setUp();
    await service.refresh();
    stored.set(TEAM_LOG_KEYS.settings, { ...SETTINGS, enabled: false });
    await service.refresh();
    expect(loads()).toBe(0);
    expect(readStatus(stored.get(TEAM_LOG_KEYS.status))).toEqual({ enabled: false });
  });

  it('without the host permission for the origin, does not start', async () => {
    const { service, stored, loads } = setUp({ access: false });
    stored.set(TEAM_LOG_KEYS.settings, SETTINGS);
    await service.refresh();
    expect(loads()).toBe(0);
  });

  it('starts with the stored settings, hands over the local log, and records each state', async () => {
    const { service, stored, replicators } = setUp();
    stored.set(TEAM_LOG_KEYS.settings, SETTINGS);
    await service.refresh();
    const made = replicators.nth(0);
    expect(made.options.settings).toMatchObject({ url: SETTINGS.url, user: 'ana' });
    expect(made.options.replicaId).toBe('replica-1');
    expect(made.calls).toEqual(['start']);
    expect(made.sent).toEqual([[[campaign], [entry]]]);
    made.options.onState?.({ state: 'sending', pending: 2 });
    made.options.onRejected?.([{ id: 'entry:x', problem: 'bad' } as never]);
    await Promise.resolve();
    expect(readStatus(stored.get(TEAM_LOG_KEYS.status))).toEqual({
      enabled: true,
      sync: { state: 'sending', pending: 2 },
      rejected: 1,
    });
  });

  it('hands over only what changed after the last hand-over', async () => {
    const later = { ...entry, id: 'e2', updatedAt: entry.updatedAt + 5 };
    const { service, stored, replicators, deps } = setUp();
    stored.set(TEAM_LOG_KEYS.settings, SETTINGS);
    await service.refresh();
    deps.log.listEntries = async () => [entry, later];
    await service.sendLocalChanges();
    await service.sendLocalChanges();
    expect(replicators.nth(0).sent.slice(1)).toEqual([[[], [later]]]);
  });

  it('restarts when the settings change and stops when switched off', async () => {
    const { service, stored, replicators } = setUp();
    stored.set(TEAM_LOG_KEYS.settings, SETTINGS);
    await service.refresh();
    await service.refresh();
    expect(replicators.made).toHaveLength(1);
    stored.set(TEAM_LOG_KEYS.settings, { ...SETTINGS, password: 'other' });
    await service.refresh();
    expect(replicators.made).toHaveLength(2);
    expect(replicators.nth(0).calls).toEqual(['start', 'stop']);
    stored.set(TEAM_LOG_KEYS.settings, { ...SETTINGS, enabled: false });
    await service.refresh();
    expect(replicators.nth(1).calls).toEqual(['start', 'stop']);
    expect(readStatus(stored.get(TEAM_LOG_KEYS.status))).toEqual({ enabled: false });
  });
});
