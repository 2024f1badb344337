import { describe, expect, it } from 'vitest';
import type { PlatformId } from '../../platforms/types';
import { highlighted, runRule } from '../testing';
import { threadNumbering } from './thread-numbering';

describe('thread-numbering', () => {
  it.each<[string, PlatformId, string, string | null, string]>([
    ['no numbering', 'x', 'The committee meets today.', null, ''],
    ['at the end', 'x', 'The committee meets today. 1/5', 'fraction', '1/5'],
    ['at the start, in brackets', 'bluesky', '(2/4) Then the minister answered.', 'fraction', '(2/4)'],
    ['open-ended', 'mastodon', 'A thread on the budget 1/', 'fraction', '1/'],
    ['n', 'threads', 'A thread on the budget 1/n', 'fraction', '1/n'],
    ['numbers that do not add up', 'x', 'And finally 6/5', 'inconsistent', '6/5'],
    ['a platform without threads', 'linkedin', 'Our new report. 1/3', 'no-threads', '1/3'],
    ['a score mid-text is not numbering', 'x', 'The vote was won 3/4 to 1/4 in the end.', null, ''],
    ['a date at the end is not numbering', 'x', 'Sitting on 12/06/2025', null, ''],
  ])('%s', (_name, platform, text, variant, span) => {
    const found = runRule(threadNumbering, text, { platform });
    expect(found.map((f) => f.params?.variant)).toEqual(variant === null ? [] : [variant]);
    expect(highlighted(text, found)).toEqual(variant === null ? [] : [span]);
  });
});
