import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../platforms/types';
import { ACCOUNTS, OBJECTIVES } from '../playbook/signals';
import { analyzeDraft, type AnalysisInput, type AnalysisResult } from './index';

/** Pieces that stress the scanners: scripts, emoji sequences, marks, broken surrogates, syntax. */
const PIECES = [
  'the',
  'committee',
  'Second Reading',
  'PAC',
  'BREAKING',
  'navette',
  'première lecture',
  'disgraceful',
  'Government',
  'have your say',
  '?',
  '.',
  '. ',
  '!',
  ',',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '#',
  '@',
  '/',
  '1/5',
  '(2/3)',
  '#budgetday',
  '#BudgetDay',
  '@clerk',
  '@clerk@social.example',
  'https://',
  'http://x.co/a',
  'bit.ly/x',
  'parliament.uk',
  'www.',
  'a.b.c',
  '(',
  ')',
  '👩‍👩‍👧‍👦',
  '🇫🇷',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '👍🏽',
  '1️⃣',
  '❤️',
  '🎉🎉🎉',
  'يناقش البرلمان',
  'שלום',
  '議会は本日',
  '국회',
  'Дума',
  'e\u0301',
  '\u0301',
  '\u200d',
  '\u200f',
  '\u202e',
  '\ufe0f',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '𝐁𝐨𝐥𝐝',
  'ⓋⓄⓉⒺ',
  'ＶＯＴＥ',
  'İ',
  'ß',
  '\u0000',
  '\uffff',
];

const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })), {
      maxLength: 80,
    })
    .map((a) => a.join(' ')),
);

const input: fc.Arbitrary<AnalysisInput> = fc
  .record(
    {
      text: unicodeText,
      platform: fc.constantFrom(...PLATFORM_IDS),
      account: fc.constantFrom(...ACCOUNTS),
      media: fc.record({
        images: fc.integer({ min: 0, max: 10 }),
        imagesWithAlt: fc.integer({ min: 0, max: 10 }),
        videos: fc.integer({ min: 0, max: 4 }),
        videosWithCaptions: fc.integer({ min: 0, max: 4 }),
      }),
      campaign: fc.record({
        hashtags: fc.array(
          fc.oneof(fc.constantFrom('#BudgetDay', 'YouthParliament', '#'), fc.string({ maxLength: 12 })),
          { maxLength: 3 },
        ),
        objective: fc.constantFrom(...OBJECTIVES),
        language: fc.constantFrom('en', 'fr', 'fr-CA', 'ar', 'es', '', 'x'),
      }),
      now: fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: false }),
      locale: fc.constantFrom('en', 'fr', 'fr-BE', 'es', 'ar', ''),
      limit: fc.oneof(fc.constant(undefined), fc.integer({ min: -10, max: 100000 }), fc.constant(Number.NaN)),
    },
    { requiredKeys: ['text', 'platform'] },
  )
  .map((i) => ({ ...i, playbook: { tips: [], examples: [] } }) as AnalysisInput);

function checkResult(text: string, r: AnalysisResult): void {
  expect(Number.isInteger(r.length.used)).toBe(true);
  expect(r.length.used).toBeGreaterThanOrEqual(0);
  expect(r.length.remaining).toBe(r.length.limit - r.length.used);
  for (const f of r.findings) {
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(0);
    if (f.range === undefined) continue;
    const [start, end] = f.range;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start <= end && end <= text.length).toBe(true);
  }
}

describe('analyzeDraft on arbitrary Unicode', () => {
  it('never throws, keeps ranges inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(input, (i) => {
        const a = analyzeDraft(i);
        checkResult(i.text, a);
        expect(analyzeDraft(i)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('ranks the real playbook without duplicates, deterministically', () => {
    fc.assert(
      fc.property(input, (i) => {
        const withPlaybook = { ...i, playbook: undefined } as AnalysisInput;
        delete withPlaybook.playbook;
        const a = analyzeDraft(withPlaybook);
        const ids = a.tips.map((t) => t.tip.id);
        expect(new Set(ids).size).toBe(ids.length);
        const ex = a.examples.map((e) => e.example.id);
        expect(new Set(ex).size).toBe(ex.length);
        for (const t of a.tips) expect(t.reason.length).toBeGreaterThan(0);
        expect(analyzeDraft(withPlaybook)).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('stays fast on short drafts', () => {
    fc.assert(
      fc.property(input, (i) => {
        // Best of three, and generous: the machine is shared (a pause for another process is not
        // ours); the benchmark measures the real figures.
        let best = Infinity;
        for (let k = 0; k < 3; k++) {
          const t = performance.now();
          analyzeDraft(i);
          best = Math.min(best, performance.now() - t);
        }
        expect(best).toBeLessThan(100);
      }),
      { numRuns: 200 },
    );
  });
});

const MB = 1 << 20;
const fill = (s: string): string => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);

describe('analyzeDraft on 1 MB drafts', () => {
  const shapes: [string, string][] = [
    [
      'prose',
      fill(
        'The Public Accounts Committee (PAC) meets today on the budget; have your say at https://example.org/x #BudgetDay. ',
      ),
    ],
    ['one letter', 'a'.repeat(MB)],
    ['spaces', ' '.repeat(MB)],
    ['dots', '.'.repeat(MB)],
    ['a dotted run', fill('a.')],
    ['bare domains', fill('x.co ')],
    ['hashes', fill('#a')],
    ['fediverse handles', fill('@a@b.co ')],
    ['ZWJ emoji', fill('👩‍👩‍👧‍👦')],
    ['Arabic', fill('يناقش البرلمان اليوم ')],
    ['CJK', fill('議会は本日予算案を審議')],
    ['combining marks', fill('e\u0301\u0302\u0303')],
    ['lone surrogates', fill('\uD800a\uDC00')],
    ['fancy letters', fill('𝐁𝐨𝐥𝐝 ')],
    ['capitals', fill('SHOUTING WORDS HERE ')],
    ['everything', fill('Le 49.3 #budgetday @x https://bit.ly/a 1/5 🎉🎉 PAC (x) ')],
  ];
  it.each(shapes.map(([name, text], i) => [name, PLATFORM_IDS[i % PLATFORM_IDS.length]!, text] as const))(
    '%s on %s (and on x)',
    (_name, platform, text) => {
      for (const p of new Set([platform, 'x' as const])) {
        const t = performance.now();
        const r = analyzeDraft({
          text,
          platform: p,
          account: 'institution',
          campaign: { hashtags: ['#BudgetDay'], objective: 'engage', language: 'fr' },
          now: new Date(2025, 0, 4, 23, 0),
        });
        // Bounded, not fast: a 1 MB draft is 16 times Facebook's limit.
        expect(performance.now() - t).toBeLessThan(15000);
        checkResult(text, r);
        expect(r.length.used).toBeGreaterThan(r.length.limit);
        expect(r.findings[0]?.id).toBe('over-limit');
      }
    },
    120_000,
  );
});
