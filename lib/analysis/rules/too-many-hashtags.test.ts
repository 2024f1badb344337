import { describe, expect, it } from 'vitest';
import type { PlatformId } from '../../platforms/types';
import { highlighted, runRule } from '../testing';
import { tooManyHashtags } from './too-many-hashtags';

const tags = (n: number): string =>
  Array.from({ length: n }, (_, i) => `#Tag${String.fromCharCode(65 + i)}`).join(' ');

describe('too-many-hashtags', () => {
  it.each<[string, PlatformId, number, 'error' | 'warning' | null, string]>([
    ['two on X is fine', 'x', 2, null, ''],
    ['three on X is a lot', 'x', 3, 'warning', '#TagC'],
    ['five on Instagram is the cap', 'instagram', 5, null, ''],
    ['six on Instagram is refused', 'instagram', 6, 'error', '#TagF'],
    ['one on Threads is its topic tag', 'threads', 1, null, ''],
    ['Threads takes one topic tag per post, no more', 'threads', 2, 'error', '#TagB'],
    ['four on Mastodon is fine', 'mastodon', 4, null, ''],
    ['five on LinkedIn is a lot', 'linkedin', 5, 'warning', '#TagD #TagE'],
  ])('%s', (_name, platform, n, severity, extra) => {
    const text = `Budget debate today ${tags(n)}`;
    const found = runRule(tooManyHashtags, text, { platform });
    if (severity === null) expect(found).toEqual([]);
    else {
      expect(found.map((f) => f.severity)).toEqual([severity]);
      expect(highlighted(text, found)).toEqual([extra]);
    }
  });
});
