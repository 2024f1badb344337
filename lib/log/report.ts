import { METRICS, type Campaign, type ReportLabels } from './schema';

export type { ReportLabels } from './schema';
import type { CampaignStats } from './stats';

/**
 * The printable campaign report as Markdown. lib/log cannot reach the UI's translations, so the
 * words come in as `labels` (English by default; the panel passes its t() strings) and names of
 * platforms and findings through `names`.
 */

export const REPORT_LABELS_EN: ReportLabels = {
  title: 'Campaign report: $1',
  plan: 'Plan',
  objective: 'Objective',
  audience: 'Audience',
  keyMessages: 'Key messages',
  dates: 'Dates',
  account: 'Account',
  language: 'Language',
  hashtags: 'Hashtags',
  platforms: 'Platforms',
  summary: 'Summary',
  posts: 'Posts logged',
  published: 'Published',
  drafts: 'Drafts',
  overTime: 'Posts over time',
  perPlatform: 'Posts per platform',
  platform: 'Platform',
  period: 'From',
  count: 'Posts',
  targets: 'Totals against targets',
  metric: 'Measure',
  target: 'Target',
  actual: 'Actual',
  progress: 'Progress',
  totals: 'Totals',
  engagementPerPost: 'Engagement per post',
  post: 'Post',
  engagements: 'Engagements',
  rate: 'Engagement rate',
  metricsEntered: 'Figures entered for $1 of $2 published posts.',
  topFindings: 'Most frequent findings',
  finding: 'Finding',
  none: 'None',
  archived: 'Archived',
  generated: 'Made with Rostrum on $1.',
  targetNames: {
    posts: 'Posts',
    impressions: 'Impressions',
    engagements: 'Engagements',
    linkClicks: 'Link clicks',
    shares: 'Shares',
    replies: 'Replies',
    videoViews: 'Video views',
  },
  objectives: {
    inform: 'Inform',
    explain: 'Explain',
    engage: 'Engage',
    consult: 'Consult',
    invite: 'Invite',
  },
  accounts: { institution: 'Institution', member: 'Member’s office' },
};

export interface ReportOptions {
  labels?: ReportLabels;
  platformName?: (id: string) => string;
  findingName?: (id: string) => string;
  formatNumber?: (n: number) => string;
  /** Today, as the report should print it. */
  generatedOn?: string;
  /** How many of the most engaging posts to list. */
  topPosts?: number;
}

/** A label of `labels`, read as data (own keys only), or the id itself. */
function ownLabel(labels: Readonly<Record<string, string>>, id: string): string {
  const label: unknown = Object.getOwnPropertyDescriptor(labels, id)?.value;
  return typeof label === 'string' ? label : id;
}

function fill(template: string, ...subs: string[]): string {
  return template.replace(/\$(\d)/g, (whole, d: string) => subs[Number(d) - 1] ?? whole);
}

/** Text from users, made inert in Markdown: no headings, links, emphasis or table breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function shorten(text: string, max = 80): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** The campaign's plan and figures as a Markdown document. */
export function campaignReportMarkdown(
  campaign: Campaign,
  stats: CampaignStats,
  options: ReportOptions = {},
): string {
  const L = options.labels ?? REPORT_LABELS_EN;
  const platformName = options.platformName ?? ((id: string) => id);
  const findingName = options.findingName ?? ((id: string) => id);
  const num = options.formatNumber ?? ((n: number) => String(Math.round(n * 100) / 100));
  const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
  const out: string[] = [];

  out.push(`# ${escapeMarkdown(fill(L.title, campaign.name))}`);
  if (campaign.archived) out.push(`_${L.archived}_`);

  out.push(`## ${L.plan}`);
  const plan: Array<[string, string]> = [
    [L.objective, campaign.objective ? ownLabel(L.objectives, campaign.objective) : L.none],
    [L.audience, campaign.audience ? escapeMarkdown(campaign.audience) : L.none],
    [L.dates, `${campaign.startDate} – ${campaign.endDate}`],
    [L.account, campaign.account ? ownLabel(L.accounts, campaign.account) : L.none],
    [L.language, campaign.language || L.none],
    [
      L.hashtags,
      campaign.hashtags.length ? campaign.hashtags.map((h) => escapeMarkdown(`#${h}`)).join(', ') : L.none,
    ],
    [L.platforms, campaign.platforms.length ? campaign.platforms.map(platformName).join(', ') : L.none],
  ];
  out.push(plan.map(([k, v]) => `- **${k}:** ${v}`).join('\n'));
  if (campaign.keyMessages.length) {
    out.push(`### ${L.keyMessages}`);
    out.push(campaign.keyMessages.map((m, i) => `${i + 1}. ${escapeMarkdown(m)}`).join('\n'));
  }

  out.push(`## ${L.summary}`);
  out.push(
    [
      `- **${L.posts}:** ${num(stats.posts)}`,
      `- **${L.published}:** ${num(stats.published)}`,
      `- **${L.drafts}:** ${num(stats.drafts)}`,
    ].join('\n'),
  );

  out.push(`## ${L.targets}`);
  out.push(
    stats.targets.length
      ? table(
          [L.metric, L.target, L.actual, L.progress],
          stats.targets.map((t) => [L.targetNames[t.key], num(t.target), num(t.actual), pct(t.ratio)]),
        )
      : L.none,
  );
  out.push(`### ${L.totals}`);
  out.push(
    table(
      [L.metric, L.actual],
      METRICS.map((m) => [L.targetNames[m], num(stats.totals[m])]),
    ),
  );
  out.push(fill(L.metricsEntered, num(stats.metricsEntered), num(stats.published)));

  out.push(`## ${L.overTime}`);
  out.push(
    table(
      [L.period, L.count],
      stats.overTime.map((b) => [b.start, num(b.count)]),
    ),
  );

  out.push(`## ${L.perPlatform}`);
  out.push(
    stats.perPlatform.length
      ? table(
          [L.platform, L.count],
          stats.perPlatform.map((p) => [escapeMarkdown(platformName(p.platform)), num(p.count)]),
        )
      : L.none,
  );

  out.push(`## ${L.engagementPerPost}`);
  const top = stats.engagementPerPost.slice(0, options.topPosts ?? 10);
  out.push(
    top.length
      ? table(
          [L.post, L.platform, L.engagements, L.rate],
          top.map((p) => [
            escapeMarkdown(shorten(p.text)),
            escapeMarkdown(platformName(p.platform)),
            num(p.engagements),
            p.rate === undefined ? '–' : pct(p.rate),
          ]),
        )
      : L.none,
  );

  out.push(`## ${L.topFindings}`);
  out.push(
    stats.topFindings.length
      ? table(
          [L.finding, L.count],
          stats.topFindings.map((f) => [escapeMarkdown(findingName(f.finding)), num(f.count)]),
        )
      : L.none,
  );

  if (options.generatedOn) out.push(`---\n${fill(L.generated, options.generatedOn)}`);
  return `${out.join('\n\n')}\n`;
}
