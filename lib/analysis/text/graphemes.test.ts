import { describe, expect, it } from 'vitest';
import { graphemeCount, graphemeOffset } from './graphemes';

function reference(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) n++;
  return n;
}

describe('graphemes', () => {
  it.each([
    ['ASCII', 'abc def'],
    ['CRLF', 'a\r\nb'],
    ['ZWJ families across chunk cuts', '👩‍👩‍👧‍👦'.repeat(2000)],
    ['flags', '🇫🇷🇬🇧'.repeat(1500)],
    ['combining marks', 'e\u0301\u0302'.repeat(3000)],
    ['CJK', '議会は本日'.repeat(2000)],
    ['mathematical letters', '𝐁𝐨𝐥𝐝 '.repeat(1500)],
    ['skin tones', '👍🏽👋🏿'.repeat(2000)],
  ])('counts %s like a single pass of Intl.Segmenter', (_name, text) => {
    expect(graphemeCount(text)).toBe(reference(text));
  });

  it('finds the offset of a grapheme in long text', () => {
    const text = '👩‍👩‍👧‍👦'.repeat(3000);
    expect(graphemeOffset(text, 2500)).toBe(2500 * '👩‍👩‍👧‍👦'.length);
    expect(graphemeOffset(text, 5000)).toBe(text.length);
  });

  it('stays fast on long non-ASCII text', () => {
    const text = '𝐁'.repeat(100000);
    const t = performance.now();
    expect(graphemeCount(text)).toBe(100000);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
