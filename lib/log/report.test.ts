import { describe, expect, it } from 'vitest';
import { campaignReportMarkdown, escapeMarkdown, REPORT_LABELS_EN } from './report';
import type { Campaign, Entry } from './schema';
import { computeCampaignStats } from './stats';

const campaign: Campaign = {
  id: 'c',
  name: 'Budget | week *now*',
  objective: 'consult',
  audience: 'Students\n# not a heading',
  keyMessages: ['Have your [say](http://evil)'],
  hashtags: ['Budget2025'],
  platforms: ['x', 'bluesky'],
  startDate: '2025-03-03',
  endDate: '2025-03-04',
  account: 'member',
  language: 'en',
  targets: { posts: 2, engagements: 100 },
  archived: true,
  createdAt: 0,
  updatedAt: 0,
};
const entry: Entry = {
  id: 'e1',
  text: 'Tell us | what you think',
  platform: 'x',
  url: '',
  campaignId: 'c',
  tags: [],
  findings: ['jargon'],
  tips: [],
  status: 'published',
  metrics: { engagements: 40, impressions: 800 },
  createdAt: new Date(2025, 2, 3, 10).getTime(),
  updatedAt: 0,
};

describe('campaignReportMarkdown', () => {
  const md = campaignReportMarkdown(campaign, computeCampaignStats(campaign, [entry]), {
    platformName: (id) => ({ x: 'X', bluesky: 'Bluesky' })[id] ?? id,
    findingName: (id) => (id === 'jargon' ? 'Jargon' : id),
    generatedOn: '5 March 2025',
  });

  it('has the plan, targets, totals, time, platforms, engagement and findings sections', () => {
    for (const heading of [
      'Plan',
      'Summary',
      'Totals against targets',
      'Posts over time',
      'Posts per platform',
      'Engagement per post',
      'Most frequent findings',
    ]) {
      expect(md).toContain(`## ${heading}`);
    }
    expect(md).toContain('- **Objective:** Consult');
    expect(md).toContain('- **Platforms:** X, Bluesky');
    expect(md).toContain('| Posts | 2 | 1 | 50% |');
    expect(md).toContain('| Engagements | 100 | 40 | 40% |');
    expect(md).toContain('| 2025-03-03 | 1 |');
    expect(md).toContain('| Jargon | 1 |');
    expect(md).toContain('| 5% |');
    expect(md).toContain('Made with Rostrum on 5 March 2025.');
    expect(md).toContain('_Archived_');
  });

  it('makes user text inert: no broken tables, headings or links', () => {
    expect(md).toContain('# Campaign report: Budget \\| week \\*now\\*');
    expect(md).toContain('- **Audience:** Students \\# not a heading');
    expect(md).toContain('1. Have your \\[say\\]\\(http://evil\\)');
    expect(md).toContain('| Tell us \\| what you think | X | 40 | 5% |');
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
      expect(line.replace(/\\\|/g, '').split('|').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('says "None" where there is nothing to show', () => {
    const empty = { ...campaign, targets: {}, keyMessages: [], archived: false };
    const text = campaignReportMarkdown(empty, computeCampaignStats(empty, []));
    expect(text).toContain(`## Totals against targets\n\n${REPORT_LABELS_EN.none}`);
    expect(text).not.toContain('Key messages');
    expect(escapeMarkdown('a_b')).toBe('a\\_b');
  });
});
