import { t } from '../../lib/i18n';
import type { ReportLabels } from '../../lib/log/schema';
import {
  ACCOUNT_KEYS,
  ACCOUNT_LABEL_KEYS,
  OBJECTIVE_KEYS,
  OBJECTIVE_LABEL_KEYS,
} from '../campaigns/plan-labels';
import { TARGET_LABEL_KEYS } from './metric-labels';

/** The Markdown report's words in the panel's language (pass to campaignReportMarkdown / reportMarkdown). */
export function reportLabels(): ReportLabels {
  return {
    title: t('log_reportTitle', '$1'),
    plan: t('campaigns_plan'),
    objective: t('campaigns_objective'),
    audience: t('campaigns_audience'),
    keyMessages: t('campaigns_keyMessages'),
    dates: t('log_reportDates'),
    account: t('campaigns_account'),
    language: t('campaigns_language'),
    hashtags: t('campaigns_hashtags'),
    platforms: t('campaigns_platforms'),
    summary: t('log_reportSummary'),
    posts: t('log_summaryPosts'),
    published: t('log_statusPublished'),
    drafts: t('log_statusDraft'),
    overTime: t('log_reportOverTime'),
    perPlatform: t('log_chartPerPlatform'),
    platform: t('log_colPlatform'),
    period: t('log_colPeriod'),
    count: t('log_colPosts'),
    targets: t('log_chartTargets'),
    metric: t('log_colMeasure'),
    target: t('log_colTarget'),
    actual: t('log_colActual'),
    progress: t('log_colProgress'),
    totals: t('log_reportTotals'),
    engagementPerPost: t('log_chartEngagement'),
    post: t('log_colPost'),
    engagements: t('log_colEngagements'),
    rate: t('log_colRate'),
    metricsEntered: t('log_metricsEntered', '$1', '$2'),
    topFindings: t('log_chartFindings'),
    finding: t('log_colFinding'),
    none: t('log_reportNone'),
    archived: t('campaigns_archived'),
    generated: t('log_reportGenerated', '$1'),
    targetNames: Object.fromEntries(
      Object.entries(TARGET_LABEL_KEYS).map(([key, message]) => [key, t(message)]),
    ) as ReportLabels['targetNames'],
    objectives: Object.fromEntries(OBJECTIVE_KEYS.map((o) => [o, t(OBJECTIVE_LABEL_KEYS[o])])),
    accounts: Object.fromEntries(ACCOUNT_KEYS.map((a) => [a, t(ACCOUNT_LABEL_KEYS[a])])),
  };
}
