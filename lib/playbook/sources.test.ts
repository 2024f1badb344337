import { describe, expect, it } from 'vitest';
import type { Fact } from './schema';
import { isOwnAdvice, packOf, sourcesOf } from './sources';

const facts = new Map<string, Fact>(
  (
    [
      {
        id: 'PB-03',
        tag: 'GUIDE-META',
        source: 'INTER PARES news page, 2021',
        url: 'https://example.org/ip',
      },
      { id: 'EX-01', tag: 'OTHER', source: 'Committees blog, 2016', url: 'https://example.org/c' },
      { id: 'EX-03', tag: 'OTHER', source: 'Committees blog, 2016', url: 'https://example.org/c' },
      { id: 'PL-01', tag: 'IPU', source: 'IPU Social Media Guidelines for Parliaments, 2013' },
    ] satisfies Fact[]
  ).map((f) => [f.id, f]),
);

describe('sourcesOf', () => {
  it('gives one line per publication, in citation order, with its facts', () => {
    expect(sourcesOf({ facts: ['EX-01', 'PL-01', 'EX-03', 'PB-03'], origin: 'built-in' }, facts)).toEqual([
      {
        label: 'Committees blog, 2016',
        url: 'https://example.org/c',
        tag: 'OTHER',
        factIds: ['EX-01', 'EX-03'],
      },
      { label: 'IPU Social Media Guidelines for Parliaments, 2013', tag: 'IPU', factIds: ['PL-01'] },
      {
        label: 'INTER PARES news page, 2021',
        url: 'https://example.org/ip',
        tag: 'GUIDE-META',
        factIds: ['PB-03'],
      },
    ]);
  });

  it("adds a pack's own references after any facts", () => {
    const item = {
      facts: [],
      references: [
        { label: 'House style guide, 2024', url: 'https://example.org/style' },
        { label: 'Bureau decision 3/2024' },
      ],
      origin: { pack: 'p' },
    };
    expect(sourcesOf(item, facts)).toEqual([
      { label: 'House style guide, 2024', url: 'https://example.org/style', tag: 'PACK', factIds: [] },
      { label: 'Bureau decision 3/2024', tag: 'PACK', factIds: [] },
    ]);
  });

  it('skips unknown fact ids rather than showing a blank source', () => {
    expect(sourcesOf({ facts: ['ZZ-01'], origin: 'built-in' }, facts)).toEqual([]);
  });
});

describe('isOwnAdvice and packOf', () => {
  it("labels built-in tips without facts as Rostrum's own advice, never pack tips", () => {
    expect(isOwnAdvice({ facts: [], origin: 'built-in' })).toBe(true);
    expect(isOwnAdvice({ facts: ['EX-01'], origin: 'built-in' })).toBe(false);
    expect(isOwnAdvice({ facts: [], origin: { pack: 'house-rules' } })).toBe(false);
    expect(packOf({ origin: { pack: 'house-rules' } })).toBe('house-rules');
    expect(packOf({ origin: 'built-in' })).toBeNull();
  });
});
