import type { Metric, TargetKey } from '../../lib/log/schema';

/**
 * Message keys of the metrics. Typed as a Record over the log's Metric type, so the compiler makes sure
 * every metric has a label and no stray one exists (components may not import lib/log at run time).
 */
export const METRIC_LABEL_KEYS: Readonly<Record<Metric, string>> = {
  impressions: 'log_metricImpressions',
  engagements: 'log_metricEngagements',
  linkClicks: 'log_metricLinkClicks',
  shares: 'log_metricShares',
  replies: 'log_metricReplies',
  videoViews: 'log_metricVideoViews',
};

/** The metrics in display order. */
export const METRIC_KEYS = Object.keys(METRIC_LABEL_KEYS) as Metric[];

/** Message keys of what a campaign can set a target for. */
export const TARGET_LABEL_KEYS: Readonly<Record<TargetKey, string>> = {
  posts: 'log_metricPosts',
  ...METRIC_LABEL_KEYS,
};

/** Targets in display order. */
export const TARGET_KEYS = Object.keys(TARGET_LABEL_KEYS) as TargetKey[];
