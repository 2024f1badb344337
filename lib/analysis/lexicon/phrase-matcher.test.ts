import { describe, expect, it } from 'vitest';
import { findWords } from '../text/words';
import { PhraseMatcher } from './phrase-matcher';

const hits = (m: PhraseMatcher<string>, text: string): string[] =>
  m.match(findWords(text, [])).map((h) => text.slice(h.start, h.end));

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher(
    ['second reading', 'second reading committee', 'navette', 'première lecture'].map((p) => [p, p] as const),
  );

  it.each<[string, string, string[]]>([
    ['whole words only', 'The secondary reading list', []],
    ['any case', 'SECOND READING today', ['SECOND READING']],
    ['the longest phrase wins', 'the second reading committee met', ['second reading committee']],
    ['accents in NFD', 'en premie\u0300re lecture', ['premie\u0300re lecture']],
    ['several', 'navette, second reading, navette', ['navette', 'second reading', 'navette']],
  ])('%s', (_name, text, expected) => {
    expect(hits(m, text)).toEqual(expected);
  });

  it('matches stems of five letters or more only when asked', () => {
    const entries = ['inscri', 'live', 'have your say', 'consultation'].map((p) => [p, p] as const);
    const stems = new PhraseMatcher(entries, { stems: true });
    const exact = new PhraseMatcher(entries);
    const text = 'Inscrivez-vous ! We are lively. Have your sayings. Consultations open.';
    expect(hits(stems, text)).toEqual(['Inscrivez-vous', 'Consultations']);
    expect(hits(exact, text)).toEqual([]);
  });

  it('answers any() within a word range', () => {
    const words = findWords('one navette two', []);
    expect(m.any(words)).toBe(true);
    expect(m.any(words, 2)).toBe(false);
  });
});
