import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedEntryOrUndefined } from './record-guard';
import { StoredEntryRecord, type Entry } from './schema';

const good: Entry & { words: string[] } = {
  id: 'e1',
  text: 'hello',
  platform: 'x',
  url: '',
  campaignId: null,
  tags: ['a'],
  findings: [],
  tips: [],
  status: 'draft',
  metrics: { impressions: 3 },
  createdAt: 1,
  updatedAt: 2,
  words: ['hello'],
};

describe('storedEntryOrUndefined', () => {
  it('returns the entry without its derived words', () => {
    const { words: _w, ...entry } = good;
    expect(storedEntryOrUndefined(good)).toEqual(entry);
  });

  it('keeps the content warning a post went out with', () => {
    expect(storedEntryOrUndefined({ ...good, contentWarning: 'Budget' })).toMatchObject({
      contentWarning: 'Budget',
    });
  });

  it.each([
    ['a number as text', { text: 5 }],
    ['an unknown status', { status: 'sent' }],
    ['a negative metric', { metrics: { impressions: -1 } }],
    ['an unknown metric', { metrics: { likes: 1 } }],
    ['a fractional time', { createdAt: 1.5 }],
    ['tags that are not strings', { tags: [1] }],
    ['a missing campaign field', { campaignId: undefined }],
    ['a content warning that is not text', { contentWarning: 5 }],
  ])('refuses %s', (_name, change) => {
    expect(storedEntryOrUndefined({ ...good, ...change })).toBeUndefined();
  });

  // The guard stands in for the read schema (StoredEntryRecord), which takes any whole-number time and
  // metric; the write schema's ranges (EntryRecord) are checked on every write, not on reads.
  it('never accepts what the read schema rejects in the fields it checks', () => {
    fc.assert(
      fc.property(
        fc.record({
          text: fc.oneof(fc.string(), fc.integer()),
          status: fc.constantFrom('draft', 'published', 'other', 1),
          createdAt: fc.oneof(fc.nat(), fc.double(), fc.constant(-1)),
          metrics: fc.dictionary(
            fc.constantFrom('impressions', 'shares', 'likes'),
            fc.oneof(fc.nat(), fc.double()),
          ),
        }),
        (change) => {
          const candidate = { ...good, ...change };
          const { words: _w, ...withoutWords } = candidate;
          if (storedEntryOrUndefined(candidate) !== undefined) {
            expect(StoredEntryRecord.safeParse(withoutWords).success).toBe(true);
          }
        },
      ),
    );
  });
});
