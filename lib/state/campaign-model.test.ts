import { describe, expect, it } from 'vitest';
import { createLogRepository } from '../log/repository';
import { ACTIVE_CAMPAIGN_KEY, createCampaignModel, type SettingsStore } from './campaign-model';

let n = 0;
function setup(initial: Record<string, unknown> = {}) {
  const store = new Map<string, unknown>(Object.entries(initial));
  const settings: SettingsStore = {
    get: async (key) => store.get(key),
    set: async (key, value) => void store.set(key, value),
  };
  const repository = createLogRepository(`campaign-model-${++n}`);
  return { store, settings, repository, model: createCampaignModel({ repository, settings }) };
}

const input = { name: 'Open day', hashtags: '#OpenDay', startDate: '2025-05-01', endDate: '2025-05-02' };

describe('campaign model', () => {
  it('creates a campaign, lists it and makes it active (remembered in settings)', async () => {
    const { model, store } = setup();
    await model.load();
    expect(model.campaigns.value).toEqual([]);
    const result = await model.save(input);
    expect(result.ok).toBe(true);
    expect(model.campaigns.value.map((c) => c.name)).toEqual(['Open day']);
    expect(model.activeCampaign.value?.name).toBe('Open day');
    expect(store.get(ACTIVE_CAMPAIGN_KEY)).toBe(model.activeCampaignId.value);
  });

  it('returns field errors for the form instead of throwing', async () => {
    const { model } = setup();
    const result = await model.save({ ...input, name: '' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: 'Give the campaign a name.' } });
    expect(model.campaigns.value).toEqual([]);
  });

  it('restores the remembered active campaign on load, and drops one that no longer exists', async () => {
    const first = setup();
    const saved = await first.model.save(input);
    if (!saved.ok) throw new Error('setup failed');
    const reloaded = createCampaignModel({ repository: first.repository, settings: first.settings });
    await reloaded.load();
    expect(reloaded.activeCampaignId.value).toBe(saved.campaign.id);

    const stale = setup({ [ACTIVE_CAMPAIGN_KEY]: 'gone' });
    await stale.model.load();
    expect(stale.model.activeCampaignId.value).toBeNull();
  });

  it('switches and clears the active campaign', async () => {
    const { model, store } = setup();
    const a = await model.save(input);
    await model.save({ ...input, name: 'Second' });
    if (!a.ok) throw new Error('setup failed');
    await model.setActive(a.campaign.id);
    expect(model.activeCampaign.value?.name).toBe('Open day');
    await model.setActive(null);
    expect(model.activeCampaign.value).toBeNull();
    expect(store.get(ACTIVE_CAMPAIGN_KEY)).toBeNull();
  });

  it('editing a campaign keeps the active one', async () => {
    const { model } = setup();
    const a = await model.save(input);
    const b = await model.save({ ...input, name: 'B' });
    if (!a.ok || !b.ok) throw new Error('setup failed');
    await model.save({ ...input, id: a.campaign.id, name: 'Renamed' });
    expect(model.activeCampaignId.value).toBe(b.campaign.id);
    expect(model.campaigns.value.map((c) => c.name).sort()).toEqual(['B', 'Renamed']);
  });

  it('reports a settings failure without losing the choice in memory', async () => {
    const repository = createLogRepository(`campaign-model-${++n}`);
    const settings: SettingsStore = {
      get: async () => undefined,
      set: async () => {
        throw new Error('storage unavailable');
      },
    };
    const model = createCampaignModel({ repository, settings });
    await model.setActive('x');
    expect(model.activeCampaignId.value).toBe('x');
    expect(model.error.value).toBe('storage unavailable');
  });
});

describe('campaign model: windows, platforms, archive, dashboard', () => {
  it('keeps the same lists of objectives and accounts as the playbook', async () => {
    const log = await import('../log/schema');
    const playbook = await import('../playbook/signals');
    expect([...log.OBJECTIVES]).toEqual([...playbook.OBJECTIVES]);
    expect([...log.ACCOUNTS]).toEqual([...playbook.ACCOUNTS]);
  });

  it('keeps one active campaign per window, new windows starting from the last choice', async () => {
    const { settings, repository } = setup();
    const left = createCampaignModel({ repository, settings, scope: 'w1' });
    const a = await left.save(input);
    const b = await left.save({ ...input, name: 'B' });
    if (!a.ok || !b.ok) throw new Error('setup failed');
    await left.setActive(a.campaign.id);
    const right = createCampaignModel({ repository, settings, scope: 'w2' });
    await right.load();
    expect(right.activeCampaignId.value).toBe(a.campaign.id);
    await right.setActive(b.campaign.id);
    await right.setActive(null);
    const leftAgain = createCampaignModel({ repository, settings, scope: 'w1' });
    await leftAgain.load();
    expect(leftAgain.activeCampaignId.value).toBe(a.campaign.id);
    const rightAgain = createCampaignModel({ repository, settings, scope: 'w2' });
    await rightAgain.load();
    expect(rightAgain.activeCampaignId.value).toBeNull();
  });

  it('remembers the last choice per platform and switches back to it', async () => {
    const { model } = setup();
    const a = await model.save(input);
    const b = await model.save({ ...input, name: 'B' });
    if (!a.ok || !b.ok) throw new Error('setup failed');
    await model.setPlatform('x');
    await model.setActive(a.campaign.id);
    await model.setPlatform('bluesky');
    expect(model.activeCampaignId.value).toBe(a.campaign.id); // nothing remembered for bluesky yet
    await model.setActive(b.campaign.id);
    await model.setPlatform('x');
    expect(model.activeCampaignId.value).toBe(a.campaign.id);
    await model.setPlatform('bluesky');
    expect(model.activeCampaignId.value).toBe(b.campaign.id);
  });

  it('archives: hidden from the picker list, no longer active, restorable', async () => {
    const { model } = setup();
    const a = await model.save(input);
    if (!a.ok) throw new Error('setup failed');
    expect(model.activeCampaignId.value).toBe(a.campaign.id);
    expect(await model.archive(a.campaign.id)).toBe(true);
    expect(model.activeCampaignId.value).toBeNull();
    expect(model.openCampaigns.value).toEqual([]);
    expect(model.campaigns.value).toHaveLength(1);
    await model.archive(a.campaign.id, false);
    expect(model.openCampaigns.value).toHaveLength(1);
  });

  it('opens a dashboard with the figures and makes a Markdown report', async () => {
    const { model, repository } = setup();
    const a = await model.save({ ...input, name: 'Open Day — Été', targets: { posts: 2 } });
    if (!a.ok) throw new Error('setup failed');
    await repository.addEntry({ text: 'Come visit', platform: 'x', campaignId: a.campaign.id });
    await model.openDashboard(a.campaign.id);
    expect(model.dashboard.value?.stats.targets).toEqual([
      { key: 'posts', target: 2, actual: 1, ratio: 0.5 },
    ]);
    const report = model.reportMarkdown();
    expect(report?.filename).toBe('open-day-ete-report.md');
    expect(report?.text).toContain('| Posts | 2 | 1 | 50% |');
    model.closeDashboard();
    expect(model.reportMarkdown()).toBeNull();
  });
});
