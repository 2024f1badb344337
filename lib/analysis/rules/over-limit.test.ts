import { describe, expect, it } from 'vitest';
import type { AnalysisInput } from '../types';
import { highlighted, runRule } from '../testing';
import { overLimit } from './over-limit';

describe('over-limit', () => {
  it.each<[string, string, Partial<AnalysisInput>, string | null]>([
    ['fits on X', 'a'.repeat(280), {}, null],
    ['one over on X', 'a'.repeat(281), {}, 'a'],
    ['CJK weighs double on X', '議'.repeat(141), {}, '議'],
    ['fits the instance limit on Mastodon', 'a'.repeat(600), { platform: 'mastodon', limit: 1000 }, null],
    ['over the default Mastodon limit', 'a'.repeat(510), { platform: 'mastodon' }, 'a'.repeat(10)],
    ['Bluesky counts graphemes', '👩‍👩‍👧'.repeat(300), { platform: 'bluesky' }, null],
    ['Bluesky, one grapheme over', `${'👍'.repeat(300)}!`, { platform: 'bluesky' }, '!'],
    ['Instagram caption', 'a'.repeat(2201), { platform: 'instagram' }, 'a'],
  ])('%s', (_name, text, input, expected) => {
    const found = runRule(overLimit, text, input);
    if (expected === null) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]!.severity).toBe('error');
      expect(highlighted(text, found)).toEqual([expected]);
    }
  });

  it('reports how far over', () => {
    expect(runRule(overLimit, 'a'.repeat(300))[0]!.params).toMatchObject({
      over: 20,
      limit: 280,
      platform: 'X',
    });
  });
});
