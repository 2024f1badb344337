import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { mentionHeavy } from './mention-heavy';

describe('mention-heavy', () => {
  it.each<[string, string, string | null]>([
    ['none', 'The committee meets today at ten.', null],
    ['two', 'Thanks to @alice and @bob for giving evidence today.', null],
    [
      'three in a long post',
      'Thanks to @alice, @bob and @carol for giving evidence to the committee today on rural bus services.',
      null,
    ],
    ['three in a short post', '@alice @bob @carol thanks!', '@alice @bob @carol'],
    [
      'five',
      'Evidence from @a1 @b2 @c3 @d4 @e5 today on the future of rural buses and trains in the region.',
      '@a1 @b2 @c3 @d4 @e5',
    ],
    ['e-mail addresses are not mentions', 'Write to a@b.org, c@d.org, e@f.org or g@h.org', null],
    [
      'fediverse handles',
      '@alice@social.example @bob@x.example @carol@y.example hi',
      '@alice@social.example @bob@x.example @carol@y.example',
    ],
  ])('%s', (_name, text, span) => {
    const found = runRule(mentionHeavy, text);
    expect(highlighted(text, found)).toEqual(span === null ? [] : [span]);
  });
});
