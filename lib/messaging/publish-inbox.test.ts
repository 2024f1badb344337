import { describe, expect, it } from 'vitest';
import { createLogRepository } from '../log/repository';
import {
  publishKey,
  summaryKey,
  type BgBadge,
  type CsPublishGivenUp,
  type CsPublished,
  type PublishInbox,
} from './protocol';
import { createPublishService, REPEAT_WINDOW_MS } from './publish-inbox';
import type { TabStateStore } from './tab-states';
import { hashText } from './text-hash';

function memory(): TabStateStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  };
}

let dbs = 0;
async function setup(local: Record<string, unknown> = {}) {
  let clock = 1_800_000_000_000;
  let ids = 0;
  const log = createLogRepository(`publish-test-${++dbs}`);
  const campaign = await log.saveCampaign({
    name: 'Budget week',
    hashtags: '#Budget',
    startDate: '2026-11-01',
    endDate: '2026-11-30',
  });
  const settings: Record<string, unknown> = { 'log.activeCampaignId': campaign.id, ...local };
  const session = memory();
  const badges: Array<[number, BgBadge]> = [];
  const service = createPublishService({
    session,
    local: { get: async (key) => settings[key] },
    log,
    notifyTab: (tabId, message) => badges.push([tabId, message]),
    now: () => clock,
    newId: () => `item-${++ids}`,
  });
  return {
    service,
    session,
    log,
    campaign,
    settings,
    badges,
    advance: (ms: number) => (clock += ms),
    inbox: () => session.data.get(publishKey(7)) as PublishInbox | undefined,
  };
}

const post = (text: string): CsPublished => ({
  type: 'cs:published',
  platform: 'x',
  url: 'https://x.com/home',
  composerId: 'c1',
  text,
  at: 1,
});

const givenUp = (text: string): CsPublishGivenUp => ({ ...post(text), type: 'cs:publish-given-up' });

const summary = (text: string) => ({
  type: 'panel:analysis' as const,
  tabId: 7,
  composerId: 'c1',
  draftAt: 5,
  textHash: hashText(text),
  count: 2,
  worst: 'warning' as const,
  findings: ['hashtag-not-camelcase', 'no-call-to-action'],
  tips: ['tip-camel-case'],
});

describe('publish capture in the background', () => {
  it("'always': logs the post to the active campaign with the panel's findings for that text", async () => {
    const t = await setup({ 'publish.policy': 'always' });
    await t.service.analysis(summary('Vote #budget'));
    expect(await t.service.published(7, post('Vote #budget'))).toMatchObject({
      ok: true,
      data: { outcome: 'logged' },
    });
    const entries = await t.log.listEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      text: 'Vote #budget',
      platform: 'x',
      url: 'https://x.com/home',
      campaignId: t.campaign.id,
      status: 'published',
      findings: ['hashtag-not-camelcase', 'no-call-to-action'],
      tips: ['tip-camel-case'],
    });
    expect(t.inbox()?.items).toEqual([
      expect.objectContaining({ state: 'logged', entryId: entries[0]!.id, findingsKnown: true }),
    ]);
  });

  it('logs without findings when the last analysis was of other text, for the panel to fill in', async () => {
    const t = await setup({ 'publish.policy': 'always' });
    await t.service.analysis(summary('an older draft'));
    await t.service.published(7, post('Vote #budget'));
    const [entry] = await t.log.listEntries();
    expect(entry).toMatchObject({ findings: [], tips: [] });
    const item = t.inbox()!.items[0]!;
    expect(item.findingsKnown).toBe(false);

    await t.service.findings({
      type: 'panel:publish-findings',
      tabId: 7,
      itemId: item.id,
      findings: ['all-caps'],
      tips: ['tip-caps'],
    });
    expect(await t.log.getEntry(entry!.id)).toMatchObject({ findings: ['all-caps'], tips: ['tip-caps'] });
    expect(t.inbox()!.items[0]).toMatchObject({ findingsKnown: true, findings: ['all-caps'] });
  });

  it("'ask' (the default): keeps the post for the panel, and logs it when asked", async () => {
    const t = await setup();
    await t.service.published(7, post('Hearing at 10:00'));
    expect(await t.log.listEntries()).toEqual([]);
    const item = t.inbox()!.items[0]!;
    expect(item).toMatchObject({ state: 'pending', text: 'Hearing at 10:00', campaignId: t.campaign.id });

    const result = await t.service.action({
      type: 'panel:publish-action',
      tabId: 7,
      itemId: item.id,
      action: 'log',
    });
    expect(result.ok).toBe(true);
    const entries = await t.log.listEntries();
    expect(entries).toHaveLength(1);
    expect(t.inbox()!.items[0]).toMatchObject({ state: 'logged', entryId: entries[0]!.id });
    // Asking twice does not log twice.
    await t.service.action({ type: 'panel:publish-action', tabId: 7, itemId: item.id, action: 'log' });
    expect(await t.log.listEntries()).toHaveLength(1);
  });

  it('undo deletes the logged entry; dismiss forgets the post and logs nothing', async () => {
    const t = await setup({ 'publish.policy': 'always' });
    await t.service.published(7, post('First'));
    t.advance(REPEAT_WINDOW_MS);
    const logged = t.inbox()!.items[0]!;
    await t.service.action({ type: 'panel:publish-action', tabId: 7, itemId: logged.id, action: 'undo' });
    expect(await t.log.listEntries()).toEqual([]);
    expect(t.session.data.has(publishKey(7))).toBe(true);
    expect(t.inbox()!.items).toEqual([]);

    t.settings['publish.policy'] = 'ask';
    await t.service.published(7, post('Second'));
    const pending = t.inbox()!.items[0]!;
    await t.service.action({ type: 'panel:publish-action', tabId: 7, itemId: pending.id, action: 'dismiss' });
    expect(await t.log.listEntries()).toEqual([]);
    expect(t.inbox()!.items).toEqual([]);
    expect(
      await t.service.action({ type: 'panel:publish-action', tabId: 7, itemId: 'gone', action: 'log' }),
    ).toEqual({
      ok: false,
      error: 'no such post',
    });
  });

  it('takes the same text from the same tab within the repeat window as one post', async () => {
    const t = await setup({ 'publish.policy': 'always' });
    await t.service.published(7, post('Once'));
    t.advance(2000);
    expect(await t.service.published(7, post('Once'))).toMatchObject({ data: { outcome: 'repeat' } });
    expect(await t.log.listEntries()).toHaveLength(1);
    t.advance(REPEAT_WINDOW_MS);
    await t.service.published(7, post('Once'));
    expect(await t.log.listEntries()).toHaveLength(2);
  });

  it.each([
    ['the policy is never', { 'publish.policy': 'never' }, 'never'],
    ['no campaign is active', { 'publish.policy': 'always', 'log.activeCampaignId': null }, 'no-campaign'],
    [
      'the campaign is gone',
      { 'publish.policy': 'always', 'log.activeCampaignId': 'deleted' },
      'no-campaign',
    ],
  ])('logs nothing and offers nothing when %s', async (_name, local, outcome) => {
    const t = await setup(local);
    expect(await t.service.published(7, post('Quiet'))).toMatchObject({ data: { outcome } });
    expect(await t.log.listEntries()).toEqual([]);
    expect(t.inbox()?.items ?? []).toEqual([]);
  });

  it('logs nothing for an archived campaign', async () => {
    const t = await setup({ 'publish.policy': 'always' });
    await t.log.archiveCampaign(t.campaign.id);
    await t.service.published(7, post('Archived'));
    expect(await t.log.listEntries()).toEqual([]);
  });

  it('keeps the analysis summary per tab and passes its figures on to the tab’s badge', async () => {
    const t = await setup();
    await t.service.analysis(summary('Vote'));
    expect(t.session.data.get(summaryKey(7))).toMatchObject({ textHash: hashText('Vote'), count: 2 });
    expect(t.badges).toEqual([
      [7, { type: 'bg:badge', composerId: 'c1', draftAt: 5, count: 2, worst: 'warning' }],
    ]);
    await t.service.forget(7);
    expect(t.session.data.size).toBe(0);
  });

  it('keeps at most five posts per tab, newest first', async () => {
    const t = await setup();
    for (let i = 1; i <= 7; i++) await t.service.published(7, post(`Post ${i}`));
    expect(t.inbox()!.items.map((i) => i.text)).toEqual(['Post 7', 'Post 6', 'Post 5', 'Post 4', 'Post 3']);
  });

  it('keeps a publish the site did not confirm as a notice, logs nothing, and cannot be logged', async () => {
    const t = await setup({ 'publish.policy': 'always' });
    expect(await t.service.givenUp(7, givenUp('Failed'))).toMatchObject({
      ok: true,
      data: { outcome: 'given-up', itemId: 'item-1' },
    });
    expect(await t.service.givenUp(7, givenUp('Failed'))).toMatchObject({ data: { itemId: 'item-2' } });
    expect(t.inbox()!.items.map((i) => [i.id, i.state, i.text])).toEqual([['item-2', 'given-up', 'Failed']]);
    expect(
      await t.service.action({ type: 'panel:publish-action', tabId: 7, itemId: 'item-2', action: 'log' }),
    ).toEqual({
      ok: false,
      error: 'not published',
    });
    expect(await t.log.listEntries()).toEqual([]);
    await t.service.action({ type: 'panel:publish-action', tabId: 7, itemId: 'item-2', action: 'dismiss' });
    expect(t.inbox()?.items ?? []).toEqual([]);
  });

  it('lets a retry that went out replace the notice of the attempt that did not', async () => {
    const t = await setup({ 'publish.policy': 'always' });
    await t.service.givenUp(7, givenUp('Other'));
    await t.service.givenUp(7, givenUp('Retried'));
    await t.service.published(7, post('Retried'));
    expect(t.inbox()!.items.map((i) => [i.state, i.text])).toEqual([
      ['logged', 'Retried'],
      ['given-up', 'Other'],
    ]);
    expect((await t.log.listEntries()).map((e) => e.text)).toEqual(['Retried']);
  });

  it.each([
    ['never', { 'publish.policy': 'never' }],
    ['no campaign', { 'log.activeCampaignId': '' }],
  ])('says nothing of a publish given up where nothing would be logged (%s)', async (_name, local) => {
    const t = await setup(local);
    expect(await t.service.givenUp(7, givenUp('Quiet'))).toMatchObject({ data: { outcome: 'ignored' } });
    expect(t.inbox()).toBeUndefined();
  });

  it('logs the content warning a Mastodon post went out with', async () => {
    const t = await setup({ 'publish.policy': 'always' });
    await t.service.published(7, {
      ...post('Budget tonight'),
      platform: 'mastodon',
      contentWarning: 'Figures',
    });
    expect(t.inbox()!.items[0]).toMatchObject({ contentWarning: 'Figures' });
    const [entry] = await t.log.listEntries();
    expect(entry).toMatchObject({ text: 'Budget tonight', contentWarning: 'Figures' });
    await t.service.published(7, post('No warning'));
    expect((await t.log.listEntries()).find((e) => e.text === 'No warning')).not.toHaveProperty(
      'contentWarning',
    );
  });
});
