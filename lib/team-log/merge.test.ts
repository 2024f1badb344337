import { describe, expect, it } from 'vitest';
import type { Entry } from '../log/schema';
import { campaign, entry } from './__fixtures__/records';
import { campaignEditsAfter, entryEditsAfter } from './edits';
import { mergeVersions } from './merge';
import { campaignToDoc, deletionDoc, entryToDoc, type EntryDoc, type TeamDoc } from './team-doc';

const T0 = entry.createdAt;
const base = entryEditsAfter(undefined, entry, {});

/** A version of the entry edited on one browser at time `at`, as its replica would send it. */
function edited(by: string, rev: string, at: number, change: Partial<Entry>, from = entry): EntryDoc {
  const after = { ...from, ...change, updatedAt: at };
  return { ...entryToDoc(after, entryEditsAfter(from, after, base), by), _rev: rev };
}

/** The merged entry document, checked to be one. */
function live(result: ReturnType<typeof mergeVersions>) {
  if (result.state !== 'live' || result.doc.kind !== 'entry') throw new Error('expected a live entry');
  return { ...result, doc: result.doc };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('mergeVersions', () => {
  it('takes each field and each metric from its latest edit', () => {
    const a = edited('browser-a', '2-a', T0 + 100, { text: 'A’s text', metrics: { impressions: 50 } });
    const b = edited('browser-b', '2-b', T0 + 200, {
      status: 'draft',
      metrics: { impressions: 10, shares: 3 },
    });
    const { doc } = live(mergeVersions([a, b]));
    expect(doc.record.text).toBe('A’s text');
    expect(doc.record.status).toBe('draft');
    expect(doc.record.metrics).toEqual({ impressions: 50, shares: 3 });
    expect(doc.record.updatedAt).toBe(T0 + 200);
    expect(doc.edits.text).toBe(T0 + 100);
    expect(doc.edits['metrics.shares']).toBe(T0 + 200);
    expect(doc.edits['metrics.impressions']).toBe(T0 + 100);
  });

  it('keeps a metric cleared later as cleared', () => {
    const a = edited('browser-a', '2-a', T0 + 100, { metrics: {} });
    const b = edited('browser-b', '2-b', T0 + 50, { text: 'B' });
    expect(live(mergeVersions([a, b])).doc.record.metrics).toEqual({});
  });

  it('merges tags from every version', () => {
    const a = edited('browser-a', '2-a', T0 + 100, { tags: ['budget', 'vote'] });
    const b = edited('browser-b', '2-b', T0 + 200, { tags: ['budget', 'live'] });
    expect(live(mergeVersions([a, b])).doc.record.tags).toEqual(['budget', 'live', 'vote']);
  });

  it('gives the same result whatever order the versions come in, equal times included', () => {
    const a = edited('browser-a', '2-a', T0 + 100, { text: 'A', tags: ['a'] });
    const b = edited('browser-b', '2-b', T0 + 100, { text: 'B', tags: ['b'] });
    const c = edited('browser-c', '2-c', T0 + 90, { metrics: { replies: 4 }, tags: ['c'] });
    const results = permutations([a, b, c]).map((order) => JSON.stringify(mergeVersions(order)));
    expect(new Set(results).size).toBe(1);
    // Equal times: the greater replica id wins, on every browser.
    expect(live(mergeVersions([a, b])).doc.record.text).toBe('B');
  });

  it('keeps every losing version, and what the versions had kept before', () => {
    const older = { rev: '1-x', by: 'browser-x', at: T0, reason: 'conflict' as const, record: entry };
    const a = { ...edited('browser-a', '2-a', T0 + 100, { text: 'A' }), superseded: [older] };
    const b = edited('browser-b', '2-b', T0 + 200, { text: 'B' });
    const { doc } = live(mergeVersions([a, b]));
    expect(doc.record.text).toBe('B');
    const kept = doc.superseded.map((s) => `${s.rev}:${s.reason === 'conflict' ? s.record.text : ''}`);
    expect(kept).toEqual(['2-a:A', `1-x:${entry.text}`]);
  });

  it('keeps the record when a deletion meets an edit, and reports the deletion', () => {
    const a = edited('browser-a', '2-a', T0 + 100, { text: 'A' });
    const gone: TeamDoc = { ...deletionDoc('entry', entry.id, 'browser-b', T0 + 200), _rev: '2-b' };
    const result = live(mergeVersions([gone, a]));
    expect(result.doc.record.text).toBe('A');
    expect(result.deletions.map((d) => d.by)).toEqual(['browser-b']);
    expect(result.doc.superseded).toContainEqual({
      rev: '2-b',
      by: 'browser-b',
      at: T0 + 200,
      reason: 'deleted',
    });
  });

  it('is deleted when every version is', () => {
    const gone = (by: string, rev: string): TeamDoc => ({ ...deletionDoc('entry', 'e1', by, T0), _rev: rev });
    expect(mergeVersions([gone('browser-a', '2-a'), gone('browser-b', '2-b')])).toEqual({
      state: 'deleted',
    });
  });

  it('keeps a campaign’s start and end from the same edit, so the end is never before the start', () => {
    const edit = (by: string, rev: string, at: number, startDate: string, endDate: string) => {
      const after = { ...campaign, startDate, endDate, updatedAt: at };
      const edits = campaignEditsAfter(campaign, after, campaignEditsAfter(undefined, campaign, {}));
      return { ...campaignToDoc(after, edits, by), _rev: rev };
    };
    const a = edit('browser-a', '2-a', T0 + 100, '2026-03-01', '2026-03-31');
    const b = edit('browser-b', '2-b', T0 + 200, '2026-01-01', '2026-02-01');
    const result = mergeVersions([a, b]);
    if (result.state !== 'live' || result.doc.kind !== 'campaign') throw new Error('expected a campaign');
    const record = result.doc.record;
    expect([record.startDate, record.endDate]).toEqual(['2026-01-01', '2026-02-01']);
  });
});

describe('entryEditsAfter', () => {
  it('dates only the fields that changed', () => {
    const after = { ...entry, text: 'new', metrics: { impressions: 10, shares: 1 }, updatedAt: T0 + 5 };
    const edits = entryEditsAfter(entry, after, base);
    expect(edits.text).toBe(T0 + 5);
    expect(edits['metrics.shares']).toBe(T0 + 5);
    expect(edits['metrics.impressions']).toBe(T0);
    expect(edits.tags).toBe(T0);
  });
});
