import type { Campaign, Entry } from '../../log/schema';

/** A valid entry and campaign, as the log stores them. */
export const entry: Entry = {
  id: 'e1',
  text: 'The committee meets today',
  platform: 'x',
  url: 'https://x.com/compose/post',
  campaignId: 'c1',
  tags: ['budget'],
  findings: [],
  tips: [],
  status: 'published',
  metrics: { impressions: 10 },
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};
export const campaign: Campaign = {
  id: 'c1',
  name: 'Budget week',
  objective: null,
  audience: '',
  keyMessages: [],
  hashtags: ['Budget'],
  platforms: ['x'],
  startDate: '2026-01-01',
  endDate: '2026-01-31',
  account: null,
  language: 'en',
  targets: {},
  archived: false,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};
