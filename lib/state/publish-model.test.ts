import { describe, expect, it, vi } from 'vitest';
import type { HandlerResult, PanelMessage, PublishInbox, PublishItem } from '../messaging/protocol';
import { hashText } from '../messaging/text-hash';
import { createPublishModel, type PublishModelDeps } from './publish-model';

const item = (over: Partial<PublishItem> = {}): PublishItem => ({
  id: 'i1',
  state: 'pending',
  platform: 'x',
  url: 'https://x.com/home',
  text: 'Vote today',
  publishedAt: 1,
  campaignId: 'camp',
  findings: [],
  tips: [],
  findingsKnown: true,
  ...over,
});

function setup(inbox: PublishInbox | undefined, extra: Partial<PublishModelDeps> = {}) {
  const sent: PanelMessage[] = [];
  const settings = new Map<string, unknown>();
  const stored = { inbox };
  const deps: PublishModelDeps = {
    readInbox: async (tabId) => (tabId === 7 ? structuredClone(stored.inbox) : undefined),
    send: async (message): Promise<HandlerResult> => {
      sent.push(message);
      return { ok: true };
    },
    settings: {
      get: async (key) => settings.get(key),
      set: async (key, value) => void settings.set(key, value),
    },
    ...extra,
  };
  const model = createPublishModel(deps);
  return { model, sent, settings, stored };
}

describe('publish model', () => {
  it('shows the followed tab’s captured posts and nothing for another tab', async () => {
    const t = setup({ items: [item()], last: null });
    t.model.tabId.value = 7;
    await t.model.load();
    expect(t.model.items.value.map((i) => i.id)).toEqual(['i1']);
    t.model.tabId.value = 8;
    await t.model.refresh();
    expect(t.model.items.value).toEqual([]);
  });

  it('sends log, undo and dismiss to the background, then reloads and tells the log', async () => {
    const onLogChanged = vi.fn();
    const t = setup({ items: [item()], last: null }, { onLogChanged });
    t.model.tabId.value = 7;
    await t.model.load();
    await t.model.log('i1');
    await t.model.undo('i1');
    await t.model.dismiss('i1');
    expect(t.sent).toEqual([
      { type: 'panel:publish-action', tabId: 7, itemId: 'i1', action: 'log' },
      { type: 'panel:publish-action', tabId: 7, itemId: 'i1', action: 'undo' },
      { type: 'panel:publish-action', tabId: 7, itemId: 'i1', action: 'dismiss' },
    ]);
    expect(onLogChanged).toHaveBeenCalledTimes(2);
    expect(t.model.busy.value).toBeNull();
  });

  it('shows what went wrong', async () => {
    const t = setup(
      { items: [item()], last: null },
      { send: async () => ({ ok: false, error: 'Disk full' }) },
    );
    t.model.tabId.value = 7;
    await t.model.load();
    await t.model.log('i1');
    expect(t.model.error.value).toBe('Disk full');
  });

  it('works out findings once for a post captured without them', async () => {
    const analyze = vi.fn(() => ({ findings: ['all-caps', 'all-caps'], tips: ['tip-a'] }));
    const t = setup(
      { items: [item({ findingsKnown: false, state: 'logged', entryId: 'e1' })], last: null },
      { analyze },
    );
    t.model.tabId.value = 7;
    await t.model.load();
    await t.model.refresh();
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(t.sent).toEqual([
      { type: 'panel:publish-findings', tabId: 7, itemId: 'i1', findings: ['all-caps'], tips: ['tip-a'] },
    ]);
  });

  it('reads and saves the policy and the badge switch per site', async () => {
    const t = setup(undefined);
    t.settings.set('publish.policy', 'bogus');
    t.settings.set('badge.hiddenOn', ['x', 'myspace']);
    await t.model.load();
    expect(t.model.policy.value).toBe('ask');
    expect(t.model.badgeHiddenOn.value).toEqual(['x']);
    await t.model.setPolicy('always');
    expect(t.settings.get('publish.policy')).toBe('always');
    await t.model.setBadgeShown('x', true);
    await t.model.setBadgeShown('bluesky', false);
    expect(t.settings.get('badge.hiddenOn')).toEqual(['bluesky']);
  });

  it('reports the analysis after a pause, once per change, with the count and the worst severity', () => {
    vi.useFakeTimers();
    const t = setup(undefined);
    const report = {
      tabId: 7,
      composerId: 'c1',
      draftAt: 10,
      text: 'VOTE #budget',
      findings: [
        { id: 'hashtag-not-camelcase', severity: 'info' as const },
        { id: 'all-caps', severity: 'warning' as const },
        { id: 'all-caps', severity: 'warning' as const },
      ],
      tips: ['tip-a'],
    };
    t.model.reportAnalysis({ ...report, draftAt: 9, text: 'VOTE' });
    vi.advanceTimersByTime(100);
    t.model.reportAnalysis(report);
    vi.advanceTimersByTime(100);
    // Still typing: nothing sent yet.
    expect(t.sent).toEqual([]);
    vi.advanceTimersByTime(100);
    t.model.reportAnalysis({ ...report });
    vi.advanceTimersByTime(500);
    expect(t.sent).toEqual([
      {
        type: 'panel:analysis',
        tabId: 7,
        composerId: 'c1',
        draftAt: 10,
        textHash: hashText('VOTE #budget'),
        count: 3,
        worst: 'warning',
        findings: ['hashtag-not-camelcase', 'all-caps'],
        tips: ['tip-a'],
      },
    ]);
    t.model.reportAnalysis({ ...report, draftAt: 11, findings: [] });
    vi.advanceTimersByTime(500);
    expect(t.sent.at(-1)).toMatchObject({ count: 0, worst: null, draftAt: 11 });
    vi.useRealTimers();
  });
});
