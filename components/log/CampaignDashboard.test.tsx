/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Campaign, CampaignStats } from '../../lib/log/schema';
import { CampaignDashboard } from './CampaignDashboard';

afterEach(cleanup);

const campaign = {
  id: 'c',
  name: 'Budget week',
  startDate: '2025-03-03',
  endDate: '2025-03-09',
  archived: false,
  targets: { posts: 4, impressions: 1000 },
} as Campaign;

const stats: CampaignStats = {
  posts: 4,
  published: 3,
  drafts: 1,
  period: 'day',
  overTime: [
    { start: '2025-03-03', count: 2 },
    { start: '2025-03-04', count: 0 },
    { start: '2025-03-05', count: 2 },
  ],
  perPlatform: [
    { platform: 'x', count: 3 },
    { platform: 'bluesky', count: 1 },
  ],
  totals: { impressions: 400, engagements: 25, linkClicks: 0, shares: 2, replies: 0, videoViews: 0 },
  metricsEntered: 3,
  targets: [
    { key: 'posts', target: 4, actual: 3, ratio: 0.75 },
    { key: 'impressions', target: 1000, actual: 400, ratio: 0.4 },
  ],
  engagementPerPost: [
    {
      id: 'e1',
      platform: 'x',
      createdAt: 1,
      text: 'Budget vote today',
      engagements: 20,
      impressions: 400,
      rate: 0.05,
    },
  ],
  averageEngagements: 20,
  topFindings: [{ finding: 'jargon', count: 3 }],
};

function table(name: RegExp) {
  const figure = screen.getByRole('figure', { name });
  return within(figure).getByRole('table', { hidden: true });
}

describe('CampaignDashboard', () => {
  it('draws each chart in SVG hidden from screen readers, with a table of the same figures', () => {
    render(
      <CampaignDashboard
        campaign={campaign}
        stats={stats}
        platformLabels={{ x: 'X' }}
        findingLabels={{ jargon: 'Jargon' }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Dashboard: Budget week' })).toBeTruthy();
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(5);
    for (const figure of figures) {
      expect(figure.querySelector('svg')?.closest('[aria-hidden="true"]')).toBeTruthy();
    }
    const rowsOf = (name: RegExp) =>
      within(table(name))
        .getAllByRole('row')
        .slice(1)
        .map((r) => [...r.children].map((c) => c.textContent));
    expect(rowsOf(/over time/)).toEqual([
      ['Mar 3, 2025', '2'],
      ['Mar 4, 2025', '0'],
      ['Mar 5, 2025', '2'],
    ]);
    expect(rowsOf(/per platform/)).toEqual([
      ['X', '3'],
      ['bluesky', '1'],
    ]);
    expect(rowsOf(/against targets/)).toEqual([
      ['Posts', '4', '3', '75%'],
      ['Impressions', '1,000', '400', '40%'],
      ['Engagements', '–', '25', '–'],
      ['Shares', '–', '2', '–'],
    ]);
    expect(rowsOf(/Engagement per post/)).toEqual([['Budget vote today', 'X', '20', '5%']]);
    expect(rowsOf(/findings/)).toEqual([['Jargon', '3']]);
  });

  it('lets sighted users show a table, and offers the report', () => {
    const onExportReport = vi.fn();
    const onPrint = vi.fn();
    render(
      <CampaignDashboard
        campaign={campaign}
        stats={stats}
        onExportReport={onExportReport}
        onPrint={onPrint}
      />,
    );
    const toggle = within(screen.getByRole('figure', { name: /per platform/ })).getByRole('button', {
      name: 'Show as a table',
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(table(/per platform/).getAttribute('style')).toBeFalsy();
    fireEvent.click(screen.getByRole('button', { name: 'Export report (Markdown)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Print report' }));
    expect(onExportReport).toHaveBeenCalled();
    expect(onPrint).toHaveBeenCalled();
  });

  it('says when there is nothing to chart', () => {
    const empty: CampaignStats = {
      ...stats,
      posts: 0,
      published: 0,
      drafts: 0,
      perPlatform: [],
      engagementPerPost: [],
      topFindings: [],
      targets: [],
      totals: { impressions: 0, engagements: 0, linkClicks: 0, shares: 0, replies: 0, videoViews: 0 },
    };
    const { averageEngagements: _a, ...withoutAverage } = empty;
    render(<CampaignDashboard campaign={campaign} stats={withoutAverage} />);
    expect(screen.getByText('No engagement figures entered yet.')).toBeTruthy();
    expect(screen.getByText('No findings were logged with these posts.')).toBeTruthy();
  });

  it('labels prototype-named platform and finding ids with the ids themselves', () => {
    render(
      <CampaignDashboard
        campaign={campaign}
        stats={{
          ...stats,
          perPlatform: [{ platform: 'constructor', count: 1 }],
          topFindings: [{ finding: '__proto__', count: 1 }],
        }}
        platformLabels={{ x: 'X' }}
        findingLabels={{ jargon: 'Jargon' }}
      />,
    );
    fireEvent.click(
      within(screen.getByRole('figure', { name: /per platform/ })).getByRole('button', {
        name: 'Show as a table',
      }),
    );
    expect(within(table(/per platform/)).getByText('constructor')).toBeTruthy();
    expect(screen.getAllByText('__proto__').length).toBeGreaterThan(0);
  });
});
