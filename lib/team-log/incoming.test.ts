import { describe, expect, it } from 'vitest';
import { badDocs, campaign, entry } from './__fixtures__/records';
import { sortIncoming } from './incoming';
import { campaignToDoc, deletionDoc, entryToDoc } from './team-doc';

describe('sortIncoming', () => {
  it('accepts entries, campaigns and deletions in the export schema, with CouchDB revision fields', () => {
    const docs = [
      { ...entryToDoc(entry, { text: 1 }, 'browser-a'), _rev: '1-a' },
      { ...campaignToDoc(campaign, {}, 'browser-a'), _rev: '1-b' },
      { ...deletionDoc('entry', 'e2', 'browser-b', 5), _rev: '2-c' },
    ];
    const batch = sortIncoming(docs);
    expect(batch.rejected).toEqual([]);
    expect(batch.accepted.map((d) => d._id)).toEqual(['entry:e1', 'campaign:c1', 'entry:e2']);
  });

  it('reports each bad document and still accepts the good ones after it', () => {
    const good = entryToDoc(entry, {}, 'browser-a');
    const docs = [...badDocs(good), null, good];
    const batch = sortIncoming(docs);
    expect(batch.accepted.map((d) => d._id)).toEqual(['entry:e1']);
    expect(batch.rejected.map((r) => r.id)).toEqual([
      'entry:x',
      'entry:y',
      'entry:z',
      'note:1',
      'entry:w',
      'entry:v',
      'entry:u',
      'entry:t',
      'entry:s',
      'entry:r',
      '',
    ]);
    expect(batch.rejected[0]!.message).toMatch(/negative/);
    expect(batch.rejected[2]!.message).toMatch(/another id/);
  });

  it('skips design documents: they are the server’s, not the log’s', () => {
    const batch = sortIncoming([{ _id: '_design/rostrum', validate_doc_update: 'function () {}' }]);
    expect(batch).toEqual({ accepted: [], rejected: [] });
  });
});
