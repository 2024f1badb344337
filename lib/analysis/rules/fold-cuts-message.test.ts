import { describe, expect, it } from 'vitest';
import type { PlatformId } from '../../platforms/types';
import { highlighted, runRule } from '../testing';
import { foldCutsMessage } from './fold-cuts-message';

const filler = (n: number): string => 'More detail follows here. '.repeat(Math.ceil(n / 26)).slice(0, n);
const LONG_FIRST = `The committee has today published its report on rural bus services, which finds that ${'many '.repeat(30)}people cannot reach work or hospital appointments without a car.`;

describe('fold-cuts-message', () => {
  it.each<[string, PlatformId, string, string | null]>([
    ['short post', 'linkedin', 'Report out today.', null],
    [
      'short first sentence, long post',
      'linkedin',
      `Our report on rural buses is out today. ${filler(600)}`,
      null,
    ],
    ['first sentence runs past the fold', 'linkedin', `${LONG_FIRST} ${filler(300)}`, 'mid-sentence'],
    [
      'link only below the fold',
      'linkedin',
      `Our report is out. ${filler(400)} Read it: https://example.org/report`,
      'link',
    ],
    ['link above the fold', 'linkedin', `Our report is out: https://example.org/report ${filler(400)}`, null],
    ['no fold on X', 'x', `${LONG_FIRST} ${filler(300)}`, null],
    ['YouTube folds too', 'youtube', `${LONG_FIRST}${'!'.repeat(200)} ${filler(300)}`, 'mid-sentence'],
  ])('%s', (_name, platform, text, variant) => {
    const found = runRule(foldCutsMessage, text, { platform });
    expect(found.map((f) => f.params?.variant)).toEqual(variant === null ? [] : [variant]);
    if (variant === 'link') expect(highlighted(text, found)).toEqual(['https://example.org/report']);
  });
});
