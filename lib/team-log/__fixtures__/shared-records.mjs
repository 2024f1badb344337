/**
 * The team log's test records, one copy for the unit tests (records.ts re-exports them) and the
 * e2e tests (plain Node). Not named records.mjs: Vite would take it for records.ts.
 */
/** @type {import('../../log/schema').Entry} */
export const entry = {
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
/** @type {import('../../log/schema').Campaign} */
export const campaign = {
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
