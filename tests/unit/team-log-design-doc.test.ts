import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badDocs, campaign, entry } from '../../lib/team-log/__fixtures__/records';
import { entryEditsAfter } from '../../lib/team-log/edits';
import { sortIncoming } from '../../lib/team-log/incoming';
import { mergeVersions } from '../../lib/team-log/merge';
import { campaignToDoc, deletionDoc, entryToDoc } from '../../lib/team-log/team-doc';

/** The server's validate_doc_update, run here as CouchDB runs it: a function of the new document. */
type Validate = (doc: unknown, old: unknown, user: unknown, security: unknown) => void;
const source = readFileSync(new URL('../../server/couchdb/validate-doc-update.js', import.meta.url), 'utf8');
const validate = new Function(
  `return (${source.replace(/^[\s\S]*?function validate/m, 'function')});`,
)() as Validate;

const security = { admins: { names: [], roles: [] }, members: { names: ['ana'], roles: ['rostrum'] } };
const member = { name: 'ana', roles: [] };

/** What the server says: '' when it accepts the write, else its refusal. */
function serverSays(doc: unknown, user: unknown = member): string {
  try {
    validate(doc, null, user, security);
    return '';
  } catch (refusal) {
    return JSON.stringify(refusal);
  }
}

const good = entryToDoc(entry, entryEditsAfter(undefined, entry, {}), 'browser-a');

describe('validate_doc_update', () => {
  it('accepts what Rostrum writes: entries, campaigns, deletions, merged documents', () => {
    const other = { ...entry, text: 'B', updatedAt: entry.updatedAt + 1 };
    const merged = mergeVersions([
      { ...good, _rev: '2-a' },
      { ...entryToDoc(other, entryEditsAfter(entry, other, good.edits), 'browser-b'), _rev: '2-b' },
      { ...deletionDoc('entry', entry.id, 'browser-c', 5), _rev: '2-c' },
    ]);
    if (merged.state !== 'live') throw new Error('expected a live merge');
    const docs = [
      good,
      campaignToDoc(campaign, {}, 'browser-a'),
      deletionDoc('entry', 'e1', 'b', 1),
      merged.doc,
    ];
    expect(docs.map((doc) => serverSays(doc))).toEqual(['', '', '', '']);
  });

  it('refuses every document the browser refuses', () => {
    const bad = badDocs(good);
    expect(sortIncoming(bad).accepted).toEqual([]);
    for (const doc of bad) expect(serverSays(doc), String(doc._id)).toMatch(/forbidden/);
  });

  it('lets members and admins write, and no one else', () => {
    expect(serverSays(good, { name: null, roles: [] })).toMatch(/unauthorized/);
    expect(serverSays(good, { name: 'eve', roles: [] })).toMatch(/only members/i);
    expect(serverSays(good, { name: 'bo', roles: ['rostrum'] })).toBe('');
    expect(serverSays(good, { name: 'cy', roles: ['rostrum', 'rostrum-reader'] })).toMatch(/read/);
    expect(serverSays(good, { name: 'root', roles: ['_admin'] })).toBe('');
  });
});
