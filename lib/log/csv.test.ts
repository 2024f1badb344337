import { describe, expect, it } from 'vitest';
import { BOM, csvCell, ENTRY_CSV_COLUMNS, entriesToCsv, toCsv } from './csv';
import type { Campaign, Entry } from './schema';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+33 1 23', "'+33 1 23"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', '"\'\r=1"'],
    ['=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
    ['   =1+1', "'   =1+1"],
    ['\n=cmd|calc', '"\'\n=cmd|calc"'],
    [' \r\n @SUM(1)', '"\' \r\n @SUM(1)"'],
    ['\u00a0\u3000-1', "'\u00a0\u3000-1"],
    ['＝1+1', "'＝1+1"],
    ['plain', 'plain'],
    ['a = b', 'a = b'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('neutralises and quotes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as they are and leaves missing values empty', () => {
    expect(csvCell(1200)).toBe('1200');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });
});

describe('entriesToCsv', () => {
  it('writes a header and one row per entry with the campaign name and metrics', () => {
    const campaign = { id: 'c1', name: '=Budget' } as Campaign;
    const entry: Entry = {
      id: 'e1',
      text: '@everyone vote, now',
      platform: 'x',
      url: 'https://x.com/home',
      campaignId: 'c1',
      tags: ['live', 'vote'],
      findings: ['jargon'],
      tips: [],
      status: 'published',
      metrics: { impressions: 100, replies: 0 },
      createdAt: Date.UTC(2025, 2, 1, 12),
      updatedAt: Date.UTC(2025, 2, 2, 12),
    };
    const lines = entriesToCsv([entry], [campaign]).slice(1).split('\r\n');
    expect(lines[0]).toBe(ENTRY_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      "e1,2025-03-01T12:00:00.000Z,2025-03-02T12:00:00.000Z,c1,'=Budget,x,published,https://x.com/home," +
        'live; vote,jargon,,100,,,,0,,"\'@everyone vote, now"',
    );
    expect(lines[2]).toBe('');
  });

  it('writes an empty time for a value Date cannot hold, and keeps the other rows', () => {
    const good = {
      id: 'ok',
      text: 'fine',
      platform: 'x',
      url: '',
      campaignId: null,
      tags: [],
      findings: [],
      tips: [],
      status: 'draft',
      metrics: {},
      createdAt: 0,
      updatedAt: 0,
    } satisfies Entry;
    const bad: Entry = { ...good, id: 'bad', createdAt: 9e15, updatedAt: Number.MAX_SAFE_INTEGER };
    const lines = entriesToCsv([bad, good], []).slice(1).split('\r\n');
    expect(lines[1]).toMatch(/^bad,,,/);
    expect(lines[2]).toMatch(/^ok,1970-01-01T00:00:00.000Z,1970-01-01T00:00:00.000Z,/);
  });
});
