import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { longSentence } from './long-sentence';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('long-sentence', () => {
  it.each<[string, string, number[]]>([
    ['short sentences', 'The committee met. It heard evidence. It will report.', []],
    ['25 words is fine', `${words(25)}.`, []],
    ['26 words is long', `${words(26)}.`, [26]],
    ['a long sentence among short ones', `Short one. ${words(30)}! Another short one.`, [30]],
    ['line breaks end sentences', `${words(20)}\n${words(20)}`, []],
    ['links and hashtags are not words', `${words(24)} https://example.org/a/b/c #Tag @someone.`, []],
    ['French', `${words(28)} ?`, [28]],
  ])('%s', (_name, text, counts) => {
    const found = runRule(longSentence, text);
    expect(found.map((f) => f.params?.words)).toEqual(counts);
    for (const h of highlighted(text, found)) expect(h.trim()).toBe(h);
  });
});
