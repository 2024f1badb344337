import { entry } from './shared-records.mjs';

/** A valid entry and campaign, as the log stores them (one copy for unit and e2e tests). */
export { campaign, entry } from './shared-records.mjs';

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
