import { describe, expect, it } from 'vitest';
import type { Campaign, Entry } from './schema';
import { computeCampaignStats, localDay } from './stats';

const campaign: Campaign = {
  id: 'c',
  name: 'Budget week',
  objective: 'explain',
  audience: '',
  keyMessages: [],
  hashtags: [],
  platforms: [],
  startDate: '2025-03-03',
  endDate: '2025-03-09',
  account: 'institution',
  language: 'en',
  targets: { posts: 4, impressions: 1000, shares: 0 },
  archived: false,
  createdAt: 0,
  updatedAt: 0,
};

const at = (day: number, hour = 12) => new Date(2025, 2, day, hour).getTime();
let n = 0;
const entry = (over: Partial<Entry>): Entry => ({
  id: `e${++n}`,
  text: 't',
  platform: 'x',
  url: '',
  campaignId: 'c',
  tags: [],
  findings: [],
  tips: [],
  status: 'published',
  metrics: {},
  createdAt: at(3),
  updatedAt: at(3),
  ...over,
});

describe('computeCampaignStats', () => {
  const entries = [
    entry({ createdAt: at(3), metrics: { impressions: 400, engagements: 20 }, findings: ['jargon'] }),
    entry({ createdAt: at(3, 18), platform: 'bluesky', metrics: { impressions: 0, engagements: 5 } }),
    entry({ createdAt: at(5), metrics: { shares: 2 }, findings: ['jargon', 'all-caps'] }),
    entry({
      createdAt: at(6),
      status: 'draft',
      metrics: { impressions: 999 },
      findings: ['all-caps', 'jargon'],
    }),
  ];
  const stats = computeCampaignStats(campaign, entries);

  it('counts posts, drafts and posts per platform', () => {
    expect(stats).toMatchObject({ posts: 4, published: 3, drafts: 1 });
    expect(stats.perPlatform).toEqual([
      { platform: 'x', count: 3 },
      { platform: 'bluesky', count: 1 },
    ]);
  });

  it('buckets posts by day over the whole campaign, empty days included', () => {
    expect(stats.period).toBe('day');
    expect(stats.overTime.map((b) => [b.start, b.count])).toEqual([
      ['2025-03-03', 2],
      ['2025-03-04', 0],
      ['2025-03-05', 1],
      ['2025-03-06', 1],
      ['2025-03-07', 0],
      ['2025-03-08', 0],
      ['2025-03-09', 0],
    ]);
  });

  it('sums metrics of published posts only and compares them with the targets', () => {
    expect(stats.totals).toEqual({
      impressions: 400,
      engagements: 25,
      linkClicks: 0,
      shares: 2,
      replies: 0,
      videoViews: 0,
    });
    expect(stats.metricsEntered).toBe(3);
    expect(stats.targets).toEqual([
      { key: 'posts', target: 4, actual: 3, ratio: 0.75 },
      { key: 'impressions', target: 1000, actual: 400, ratio: 0.4 },
      { key: 'shares', target: 0, actual: 2, ratio: 0 },
    ]);
  });

  it('ranks posts by engagement with a rate where impressions are known', () => {
    expect(stats.engagementPerPost.map((p) => [p.engagements, p.rate])).toEqual([
      [20, 0.05],
      [5, undefined],
    ]);
    expect(stats.averageEngagements).toBe(12.5);
  });

  it('ranks findings by frequency', () => {
    expect(stats.topFindings).toEqual([
      { finding: 'jargon', count: 3 },
      { finding: 'all-caps', count: 2 },
    ]);
  });

  it('switches to weeks and months for long campaigns, and copes with no entries', () => {
    const long = { ...campaign, startDate: '2025-01-01', endDate: '2025-04-30' };
    const weekly = computeCampaignStats(long, [entry({ createdAt: at(5) })]);
    expect(weekly.period).toBe('week');
    expect(weekly.overTime[0]?.start).toBe('2024-12-30');
    expect(weekly.overTime.reduce((s, b) => s + b.count, 0)).toBe(1);
    const yearly = computeCampaignStats({ ...campaign, startDate: '2024-01-15', endDate: '2025-01-10' }, []);
    expect(yearly.period).toBe('month');
    expect(yearly.overTime).toHaveLength(13);
    expect(yearly.overTime[0]?.start).toBe('2024-01-01');
    expect(yearly.averageEngagements).toBeUndefined();
  });

  it('takes in posts logged outside the campaign dates', () => {
    const s = computeCampaignStats(campaign, [entry({ createdAt: at(1) })]);
    expect(s.overTime[0]).toEqual({ start: localDay(at(1)), count: 1 });
  });
});
