import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareKeys,
  cutPart,
  keyText,
  partIndexFor,
  relayout,
  storedKey,
  targetParts,
  type EntryKey,
  type PartDraft,
} from './page-layout';

/** The order the parts are stored and looked up in: IndexedDB's own (fake-indexeddb here). */
const idbOrder = (a: EntryKey, b: EntryKey): number => indexedDB.cmp(a, b);
const sorted = (keys: readonly EntryKey[]): EntryKey[] => [...keys].sort(idbOrder);

// Few times and ids with surrogate pairs, so ties on createdAt are common and code-unit order matters.
const keyArb: fc.Arbitrary<EntryKey> = fc.tuple(
  fc.integer({ min: 0, max: 6 }),
  fc.string({ unit: fc.constantFrom('a', 'B', 'é', '\uFFFF', '\u{10000}'), maxLength: 2 }),
);
const keysArb = (maxLength: number) => fc.uniqueArray(keyArb, { selector: keyText, maxLength }).map(sorted);

describe('compareKeys', () => {
  it('orders keys as IndexedDB does: by time, then id in code-unit order', () => {
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        expect(Math.sign(compareKeys(a, b))).toBe(idbOrder(a, b));
      }),
    );
    expect(compareKeys([5, 'B'], [5, 'a'])).toBeLessThan(0);
    // U+10000 is the surrogate pair D800 DC00, below U+FFFF in code units.
    expect(compareKeys([1, '\u{10000}'], [1, '\uFFFF'])).toBeLessThan(0);
    expect(compareKeys([1, 'z'], [2, 'a'])).toBeLessThan(0);
  });
});

describe('partIndexFor', () => {
  it('is -1 when there are no parts', () => {
    expect(partIndexFor([], [5, 'a'])).toBe(-1);
  });

  it('finds the greatest part key at or below the key, or the first part', () => {
    const parts: EntryKey[] = [
      [10, 'm'],
      [20, 'm'],
      [30, 'm'],
    ];
    expect(partIndexFor(parts, [5, 'z'])).toBe(0);
    expect(partIndexFor(parts, [10, 'm'])).toBe(0);
    expect(partIndexFor(parts, [20, 'a'])).toBe(0);
    expect(partIndexFor(parts, [20, 'm'])).toBe(1);
    expect(partIndexFor(parts, [29, 'zz'])).toBe(1);
    expect(partIndexFor(parts, [99, ''])).toBe(2);
  });

  it('breaks ties on createdAt by id in code-unit order', () => {
    expect(
      partIndexFor(
        [
          [5, 'B'],
          [5, 'a'],
        ],
        [5, 'C'],
      ),
    ).toBe(0);
    expect(
      partIndexFor(
        [
          [5, 'B'],
          [5, 'a'],
        ],
        [5, 'b'],
      ),
    ).toBe(1);
    // In code-point order U+10001 would come after U+FFFF; in code units it comes before.
    expect(
      partIndexFor(
        [
          [1, '\u{10000}'],
          [1, '\uFFFF'],
        ],
        [1, '\u{10001}'],
      ),
    ).toBe(0);
  });

  it('agrees with a linear scan in IndexedDB order', () => {
    fc.assert(
      fc.property(keysArb(12), keyArb, (parts, key) => {
        let expected = parts.length === 0 ? -1 : 0;
        parts.forEach((part, i) => {
          if (idbOrder(part, key) <= 0) expected = i;
        });
        expect(partIndexFor(parts, key)).toBe(expected);
      }),
    );
  });
});

describe('cutPart', () => {
  it('drops an empty part', () => {
    expect(cutPart([], 3)).toEqual([]);
  });

  it('keeps a part whole up to twice the size, else cuts it into equal pieces of about the size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 12 }), (n, size) => {
        const items = Array.from({ length: n }, (_, i) => i);
        const pieces = cutPart(items, size);
        expect(pieces.flat()).toEqual(items);
        if (n <= 2 * size) {
          expect(pieces).toEqual([items]);
          return;
        }
        const lengths = pieces.map((piece) => piece.length);
        expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
        for (const length of lengths) {
          expect(length).toBeLessThanOrEqual(size);
          expect(length).toBeGreaterThanOrEqual(size / 2);
        }
      }),
    );
  });
});

describe('targetParts', () => {
  it('with no parts, sends every row to one part keyed by the smallest incoming key', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(keyArb, { selector: keyText, minLength: 1, maxLength: 10 }),
        keyArb,
        (keys, other) => {
          // A one-shot iterable: the rows must be read once, when the routing is made.
          const incoming = (function* () {
            for (const key of keys) yield { key };
          })();
          const route = targetParts([], incoming);
          const smallest = sorted(keys)[0];
          for (const key of [...keys, other]) expect(route({ key })).toEqual(smallest);
        },
      ),
    );
  });

  it('with parts, sends each row to the part its key falls in, or the first part', () => {
    const parts: EntryKey[] = [
      [10, 'a'],
      [20, 'a'],
    ];
    const route = targetParts(parts, [{ key: [1, 'x'] }]);
    expect(route({ key: [1, 'x'] })).toEqual([10, 'a']);
    expect(route({ key: [15, 'x'] })).toEqual([10, 'a']);
    expect(route({ key: [20, 'a'] })).toEqual([20, 'a']);
    expect(route({ key: [25, 'x'] })).toEqual([20, 'a']);
  });
});

describe('storedKey', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an object without a time', {}],
    ['a time as text', { createdAt: '5' }],
    ['a string', 'entry'],
    ['a time that is NaN (not a valid key)', { createdAt: Number.NaN }],
    ['an infinite time', { createdAt: Number.POSITIVE_INFINITY }],
  ])('puts %s first', (_name, value) => {
    expect(storedKey(value, 'e1')).toEqual([0, 'e1']);
  });

  it('keys a value with a time by it', () => {
    expect(storedKey({ createdAt: 7, id: 'other' }, 'e1')).toEqual([7, 'e1']);
  });
});

interface Row {
  key: EntryKey;
  /** 0 for a row already stored, 1 for one put by the change (so a replaced row shows). */
  version: number;
}

interface Part {
  key: EntryKey;
  rows: Row[];
}

/** Checks a layout (parts in IndexedDB order) is one that `partIndexFor` reads correctly. */
function expectValid(parts: readonly Part[]): void {
  parts.forEach((part, i) => {
    expect(part.rows.length).toBeGreaterThan(0);
    expect(idbOrder(part.key, (part.rows[0] as Row).key)).toBeLessThanOrEqual(0);
    const next = parts[i + 1];
    if (next) expect(idbOrder((part.rows.at(-1) as Row).key, next.key)).toBeLessThan(0);
  });
}

/**
 * Each key of a pool, in order: whether a part starts at it, whether a row with it is stored, and what
 * the change does to it. A part may start at a key with no row (its first row was removed), and keys
 * before the first part have no row yet.
 */
const scenarioArb = fc.record({
  size: fc.integer({ min: 1, max: 4 }),
  marks: fc.uniqueArray(
    fc.record({
      key: keyArb,
      starts: fc.nat(5).map((n) => n === 0),
      stored: fc.nat(3).map((n) => n > 0),
      change: fc.constantFrom('keep', 'keep', 'remove', 'put'),
    }),
    { selector: (mark) => keyText(mark.key), maxLength: 80, size: 'large' },
  ),
});

describe('relayout', () => {
  it('turns a valid layout plus removals and insertions into a valid layout holding exactly the new rows', () => {
    fc.assert(
      fc.property(scenarioArb, ({ size, marks }) => {
        marks.sort((a, b) => idbOrder(a.key, b.key));
        const layout: Part[] = [];
        for (const mark of marks) {
          if (mark.starts) layout.push({ key: mark.key, rows: [] });
          const part = layout.at(-1);
          if (mark.stored && part) part.rows.push({ key: mark.key, version: 0 });
        }
        const before = layout.filter((part) => part.rows.length > 0);
        const storedRows = new Set(before.flatMap((part) => part.rows.map((row) => keyText(row.key))));
        expectValid(before);

        // Drafts as writeEntries makes them: the parts holding a changed row, less the changed rows, plus
        // the rows put, each in the part targetParts routes it to.
        const touched = marks.filter((m) => m.change !== 'keep').map((m) => m.key);
        const touchedText = new Set(touched.map(keyText));
        const incoming: Row[] = marks
          .filter((m) => m.change === 'put')
          .map((m) => ({ key: m.key, version: 1 }));
        const partKeys = before.map((part) => part.key);
        const partAt = new Map(before.map((part) => [keyText(part.key), part]));
        const drafts = new Map<string, PartDraft<Row>>();
        const draftOf = (key: EntryKey): PartDraft<Row> => {
          let draft = drafts.get(keyText(key));
          if (!draft) {
            const part = partAt.get(keyText(key));
            const rows = part ? part.rows.filter((row) => !touchedText.has(keyText(row.key))) : [];
            drafts.set(keyText(key), (draft = { key, rows, stored: part !== undefined }));
          }
          return draft;
        };
        for (const key of touched) {
          if (storedRows.has(keyText(key))) draftOf(partKeys[partIndexFor(partKeys, key)] as EntryKey);
        }
        const route = targetParts(partKeys, incoming);
        for (const row of incoming) draftOf(route(row)).rows.push(row);

        const { deletes, writes } = relayout(drafts.values(), size);
        const store = new Map(before.map((part) => [keyText(part.key), part]));
        for (const key of deletes) {
          expect(store.has(keyText(key))).toBe(true);
          store.delete(keyText(key));
        }
        for (const { key, rows } of writes) {
          expect(rows.length).toBeGreaterThanOrEqual(1);
          expect(rows.length).toBeLessThanOrEqual(2 * size);
          store.set(keyText(key), { key, rows });
        }
        expect(new Set(writes.map((w) => keyText(w.key))).size).toBe(writes.length);

        const after = [...store.values()].sort((a, b) => idbOrder(a.key, b.key));
        expectValid(after);
        const expected = marks.flatMap((m): Row[] => {
          if (m.change === 'put') return [{ key: m.key, version: 1 }];
          if (m.change === 'keep' && storedRows.has(keyText(m.key))) return [{ key: m.key, version: 0 }];
          return [];
        });
        expect(after.flatMap((part) => part.rows)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('rekeys the first part when a row comes in before it, and deletes the old key', () => {
    const rows: Row[] = [
      { key: [10, 'b'], version: 0 },
      { key: [5, 'a'], version: 1 },
    ];
    expect(relayout([{ key: [10, 'a'], rows, stored: true }], 250)).toEqual({
      deletes: [[10, 'a']],
      writes: [
        {
          key: [5, 'a'],
          rows: [
            { key: [5, 'a'], version: 1 },
            { key: [10, 'b'], version: 0 },
          ],
        },
      ],
    });
  });

  it('keeps the part key on the first piece of a cut part and deletes a part left empty', () => {
    const rows: Row[] = [5, 4, 3, 2, 1].map((t) => ({ key: [t, 'x'], version: 0 }));
    const { deletes, writes } = relayout(
      [
        { key: [0, 'a'], rows, stored: true },
        { key: [9, 'a'], rows: [], stored: true },
      ],
      2,
    );
    expect(deletes).toEqual([[9, 'a']]);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes[0]?.key).toEqual([0, 'a']);
    for (const { key, rows } of writes.slice(1)) expect(key).toEqual(rows[0]?.key);
    expect(writes.flatMap((w) => w.rows.map((r) => r.key[0]))).toEqual([1, 2, 3, 4, 5]);
  });
});
