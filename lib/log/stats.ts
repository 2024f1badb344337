import {
  METRICS,
  TARGET_KEYS,
  type Campaign,
  type CampaignStats,
  type Entry,
  type Metric,
  type Period,
  type PostEngagement,
  type TargetProgress,
  type TimeBucket,
} from './schema';

export type { CampaignStats, Period, PostEngagement, TargetProgress, TimeBucket } from './schema';
import { inTimeRange } from './time-range';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local calendar day of a time, YYYY-MM-DD. */
export function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Start of the bucket holding `day` (weeks start on Monday, ISO style). */
function bucketStart(day: string, period: Period): string {
  const date = parseDay(day);
  if (period === 'month') date.setDate(1);
  if (period === 'week') date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return localDay(date.getTime());
}

function nextBucket(start: string, period: Period): string {
  const date = parseDay(start);
  if (period === 'day') date.setDate(date.getDate() + 1);
  else if (period === 'week') date.setDate(date.getDate() + 7);
  else date.setMonth(date.getMonth() + 1);
  return localDay(date.getTime());
}

function choosePeriod(first: string, last: string): Period {
  const days = (parseDay(last).getTime() - parseDay(first).getTime()) / 86_400_000;
  if (days <= 45) return 'day';
  if (days <= 200) return 'week';
  return 'month';
}

/** Posts per bucket over the campaign's dates (widened to take in posts logged outside them). */
function postsOverTime(
  campaign: Campaign,
  entries: readonly Entry[],
): { period: Period; overTime: TimeBucket[] } {
  // A record damaged outside Rostrum (a time out of range) has no day: it is left off the chart.
  const days = entries.filter((e) => inTimeRange(e.createdAt)).map((e) => localDay(e.createdAt));
  const first = [campaign.startDate, ...days].reduce((a, b) => (b < a ? b : a));
  const last = [campaign.endDate, ...days].reduce((a, b) => (b > a ? b : a));
  const period = choosePeriod(first, last);
  const counts = new Map<string, number>();
  for (const day of days) {
    const start = bucketStart(day, period);
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  const overTime: TimeBucket[] = [];
  const end = bucketStart(last, period);
  // A campaign is at most a few hundred buckets long; the guard stops a corrupt date from looping.
  for (let start = bucketStart(first, period); start <= end && overTime.length < 1000;) {
    overTime.push({ start, count: counts.get(start) ?? 0 });
    start = nextBucket(start, period);
  }
  return { period, overTime };
}

function countBy(values: Iterable<string>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The figures of one campaign. Metrics and targets count published posts only: drafts have no
 * audience yet. Posts over time and per platform count everything logged.
 */
export function computeCampaignStats(campaign: Campaign, entries: readonly Entry[]): CampaignStats {
  const published = entries.filter((e) => e.status === 'published');
  const totals = Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>;
  let metricsEntered = 0;
  for (const e of published) {
    let any = false;
    for (const m of METRICS) {
      const value = e.metrics[m];
      if (value !== undefined) {
        totals[m] += value;
        any = true;
      }
    }
    if (any) metricsEntered++;
  }

  const targets: TargetProgress[] = [];
  for (const key of TARGET_KEYS) {
    const target = campaign.targets[key];
    if (target === undefined) continue;
    const actual = key === 'posts' ? published.length : totals[key];
    targets.push({ key, target, actual, ratio: target === 0 ? 0 : actual / target });
  }

  const engagementPerPost: PostEngagement[] = [];
  for (const e of published) {
    const engagements = e.metrics.engagements;
    if (engagements === undefined) continue;
    const impressions = e.metrics.impressions;
    engagementPerPost.push({
      id: e.id,
      platform: e.platform,
      createdAt: e.createdAt,
      text: e.text,
      engagements,
      ...(impressions === undefined ? {} : { impressions }),
      ...(impressions ? { rate: engagements / impressions } : {}),
    });
  }
  engagementPerPost.sort((a, b) => b.engagements - a.engagements || b.createdAt - a.createdAt);
  const averageEngagements =
    engagementPerPost.length === 0
      ? undefined
      : engagementPerPost.reduce((sum, p) => sum + p.engagements, 0) / engagementPerPost.length;

  return {
    posts: entries.length,
    published: published.length,
    drafts: entries.length - published.length,
    ...postsOverTime(campaign, entries),
    perPlatform: countBy(entries.map((e) => e.platform)).map(([platform, count]) => ({ platform, count })),
    totals,
    metricsEntered,
    targets,
    engagementPerPost,
    ...(averageEngagements === undefined ? {} : { averageEngagements }),
    topFindings: countBy(entries.flatMap((e) => e.findings))
      .slice(0, 10)
      .map(([finding, count]) => ({ finding, count })),
  };
}
