import { useId } from 'preact/hooks';
import { formatDay, formatNumber, t } from '../../lib/i18n';
import type { Campaign, CampaignStats, TargetKey } from '../../lib/log/schema';
import { labelOf } from '../label-of';
import { BarChart } from './charts/BarChart';
import { ChartFigure } from './charts/ChartFigure';
import { ColumnChart } from './charts/ColumnChart';
import { excerpt } from './excerpt';
import { TARGET_KEYS, TARGET_LABEL_KEYS } from './metric-labels';

export interface CampaignDashboardProps {
  campaign: Campaign;
  stats: CampaignStats;
  platformLabels?: Readonly<Record<string, string>>;
  /** Names of findings by id (the analysis's titles); the id is shown when missing. */
  findingLabels?: Readonly<Record<string, string>>;
  /** How many of the most engaging posts to chart. */
  topPosts?: number;
  onExportReport?(): void;
  onPrint?(): void;
  onClose?(): void;
}

const PERIOD_KEYS = { day: 'log_periodDay', week: 'log_periodWeek', month: 'log_periodMonth' } as const;

function percent(ratio: number): string {
  return `${formatNumber(Math.round(ratio * 100))}%`;
}

/**
 * The measure stage of one campaign: posts over time, per platform, totals against targets,
 * engagement per post and the most frequent findings. Every chart is SVG with a table alternative.
 */
export function CampaignDashboard(props: CampaignDashboardProps) {
  const { campaign, stats, platformLabels = {}, findingLabels = {}, topPosts = 10 } = props;
  const headingId = useId();
  const platformName = (id: string) => labelOf(platformLabels, id);
  const topEngaging = stats.engagementPerPost.slice(0, topPosts);
  const targetByKey = new Map(stats.targets.map((x) => [x.key, x]));
  const actualOf = (k: TargetKey) => (k === 'posts' ? stats.published : stats.totals[k]);
  // Posts always; a metric when it has a target or someone entered figures for it.
  const measured = TARGET_KEYS.filter((k) => k === 'posts' || targetByKey.has(k) || actualOf(k) > 0);

  return (
    <section class="campaign-dashboard" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('log_dashboardTitle', campaign.name)}</h2>
      <p>
        {t('log_dashboardDates', formatDay(campaign.startDate), formatDay(campaign.endDate))}
        {campaign.archived && <span class="badge"> {t('campaigns_archived')}</span>}
      </p>
      <dl class="dashboard-summary">
        <dt>{t('log_summaryPosts')}</dt>
        <dd>{formatNumber(stats.posts)}</dd>
        <dt>{t('log_statusPublished')}</dt>
        <dd>{formatNumber(stats.published)}</dd>
        <dt>{t('log_statusDraft')}</dt>
        <dd>{formatNumber(stats.drafts)}</dd>
        <dt>{t('log_summaryAverageEngagements')}</dt>
        <dd>
          {stats.averageEngagements === undefined
            ? '–'
            : formatNumber(Math.round(stats.averageEngagements * 10) / 10)}
        </dd>
      </dl>
      <div class="actions">
        {props.onExportReport && (
          <button type="button" onClick={props.onExportReport}>
            {t('log_exportReport')}
          </button>
        )}
        {props.onPrint && (
          <button type="button" onClick={props.onPrint}>
            {t('log_printReport')}
          </button>
        )}
        {props.onClose && (
          <button type="button" onClick={props.onClose}>
            {t('log_closeDashboard')}
          </button>
        )}
      </div>

      <ChartFigure
        title={t('log_chartOverTime', t(PERIOD_KEYS[stats.period]))}
        columns={[t('log_colPeriod'), t('log_colPosts')]}
        rows={stats.posts === 0 ? [] : stats.overTime.map((b) => [formatDay(b.start), formatNumber(b.count)])}
      >
        <ColumnChart data={stats.overTime.map((b) => ({ label: formatDay(b.start), value: b.count }))} />
      </ChartFigure>

      <ChartFigure
        title={t('log_chartPerPlatform')}
        columns={[t('log_colPlatform'), t('log_colPosts')]}
        rows={stats.perPlatform.map((p) => [platformName(p.platform), formatNumber(p.count)])}
      >
        <BarChart
          data={stats.perPlatform.map((p) => ({ label: platformName(p.platform), value: p.count }))}
        />
      </ChartFigure>

      <ChartFigure
        title={t('log_chartTargets')}
        columns={[t('log_colMeasure'), t('log_colTarget'), t('log_colActual'), t('log_colProgress')]}
        rows={measured.map((k) => {
          const target = targetByKey.get(k);
          return [
            t(TARGET_LABEL_KEYS[k]),
            target ? formatNumber(target.target) : '–',
            formatNumber(actualOf(k)),
            target ? percent(target.ratio) : '–',
          ];
        })}
      >
        <BarChart
          data={measured.map((k) => ({
            label: t(TARGET_LABEL_KEYS[k]),
            value: actualOf(k),
            display: formatNumber(actualOf(k)),
          }))}
          targets={measured.map((k) => targetByKey.get(k)?.target)}
          scale="per-target"
        />
      </ChartFigure>
      <p class="hint">
        {t('log_metricsEntered', formatNumber(stats.metricsEntered), formatNumber(stats.published))}
      </p>

      <ChartFigure
        title={t('log_chartEngagement')}
        columns={[t('log_colPost'), t('log_colPlatform'), t('log_colEngagements'), t('log_colRate')]}
        rows={topEngaging.map((p) => [
          excerpt(p.text, 60),
          platformName(p.platform),
          formatNumber(p.engagements),
          p.rate === undefined ? '–' : percent(p.rate),
        ])}
        empty={t('log_chartNoMetrics')}
      >
        <BarChart data={topEngaging.map((p) => ({ label: excerpt(p.text, 30), value: p.engagements }))} />
      </ChartFigure>

      <ChartFigure
        title={t('log_chartFindings')}
        columns={[t('log_colFinding'), t('log_colPosts')]}
        rows={stats.topFindings.map((f) => [labelOf(findingLabels, f.finding), formatNumber(f.count)])}
        empty={t('log_chartNoFindings')}
      >
        <BarChart
          data={stats.topFindings.map((f) => ({
            label: labelOf(findingLabels, f.finding),
            value: f.count,
          }))}
        />
      </ChartFigure>
    </section>
  );
}
