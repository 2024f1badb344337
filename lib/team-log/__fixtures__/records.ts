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

/** Documents that break the schema, each in one way; both the browser and the server refuse them. */
export function badDocs(good: Record<string, unknown>): Record<string, unknown>[] {
  return [
    { ...good, _id: 'entry:x', record: { ...entry, id: 'x', metrics: { impressions: -1 } } },
    { ...good, _id: 'entry:y', record: { ...entry, id: 'y', owner: 'me' } },
    { ...good, _id: 'entry:z' },
    { ...good, _id: 'note:1' },
    { ...good, _id: 'entry:w', record: { ...entry, id: 'w' }, version: 99 },
    { ...good, _id: 'entry:v', record: { ...entry, id: 'v' }, edits: { owner: 1 } },
    { ...good, _id: 'entry:u', record: { ...entry, id: 'u' }, _attachments: {} },
    { ...good, _id: 'entry:t', record: { ...entry, id: 't', url: 'javascript:alert(1)' } },
    { ...good, _id: 'entry:s', record: { ...entry, id: 's', tags: ['a', 'a'] } },
    { ...good, _id: 'entry:r', record: { ...entry, id: 'r', status: 'secret' } },
  ];
}
