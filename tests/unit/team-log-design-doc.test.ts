import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badDocs, campaign, entry } from '../../lib/team-log/__fixtures__/records';
import { entryEditsAfter } from '../../lib/team-log/edits';
import { sortIncoming } from '../../lib/team-log/incoming';
import { mergeVersions } from '../../lib/team-log/merge';
import { CampaignRecord, EntryRecord, METRICS, TARGET_KEYS } from '../../lib/log/schema';
import { CAMPAIGN_FIELDS, ENTRY_FIELDS } from '../../lib/team-log/fields';
import {
  CAMPAIGN_EDIT_FIELDS,
  ENTRY_EDIT_FIELDS,
  campaignToDoc,
  deletionDoc,
  entryToDoc,
} from '../../lib/team-log/team-doc';

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
    const warned = { ...entry, contentWarning: 'Budget figures' };
    const docs = [
      good,
      entryToDoc(warned, entryEditsAfter(undefined, warned, {}), 'browser-a'),
      campaignToDoc(campaign, {}, 'browser-a'),
      deletionDoc('entry', 'e1', 'b', 1),
      merged.doc,
    ];
    expect(docs.map((doc) => serverSays(doc))).toEqual(['', '', '', '', '']);
  });

  it('refuses an empty content warning, as the browser does', () => {
    const doc = { ...good, record: { ...good.record, contentWarning: '' } };
    expect(sortIncoming([doc]).accepted).toEqual([]);
    expect(serverSays(doc)).toMatch(/contentWarning is not a text/);
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

/**
 * The ES5 lists of the server's function, run as written: from `var <first>` up to `before`, with the
 * named variables returned.
 */
function serverLists(first: string, before: string, names: string[]): Record<string, string[]> {
  const from = source.indexOf(`var ${first}`);
  const to = source.indexOf(before, from);
  if (from < 0 || to < 0) throw new Error(`validate-doc-update.js no longer has var ${first} … ${before}`);
  const body = `${source.slice(from, to)}; return { ${names.join(', ')} };`;
  return (new Function(body) as () => Record<string, string[]>)();
}
const sorted = (list: readonly string[]) => [...list].sort();

describe('the server and the browser agree on the fields', () => {
  const lists = serverLists('METRICS', 'var MAX_TIME', [
    'METRICS',
    'TARGETS',
    'ENTRY_EDITS',
    'CAMPAIGN_EDITS',
  ]);

  it('edit fields: validate_doc_update, team-doc.ts and the conflict rule (fields.ts) name the same', () => {
    expect(sorted(lists.ENTRY_EDITS ?? [])).toEqual(sorted(ENTRY_EDIT_FIELDS));
    expect(sorted(lists.CAMPAIGN_EDITS ?? [])).toEqual(sorted(CAMPAIGN_EDIT_FIELDS));
    expect(sorted(ENTRY_FIELDS.map((f) => f.name))).toEqual(sorted(ENTRY_EDIT_FIELDS));
    expect(sorted(CAMPAIGN_FIELDS.map((f) => f.name))).toEqual(sorted(CAMPAIGN_EDIT_FIELDS));
  });

  it("metrics and targets are the schema's", () => {
    expect(lists.METRICS).toEqual([...METRICS]);
    expect(sorted(lists.TARGETS ?? [])).toEqual(sorted(TARGET_KEYS));
  });

  it("record keys: the server's checkEntry and checkCampaign ask for exactly the schema's keys", () => {
    const entryKeys = serverLists('keys', 'onlyKeys(e, keys', ['keys']).keys ?? [];
    const campaignStart = source.indexOf('function checkCampaign');
    const campaignSource = source.slice(campaignStart);
    const from = campaignSource.indexOf('var keys');
    const to = campaignSource.indexOf('onlyKeys(c, keys');
    const campaignKeys = (
      new Function(`${campaignSource.slice(from, to)}; return keys;`) as () => string[]
    )();
    expect(sorted(entryKeys)).toEqual(sorted(EntryRecord.keyof().options));
    expect(sorted(campaignKeys)).toEqual(sorted(CampaignRecord.keyof().options));
  });
});
