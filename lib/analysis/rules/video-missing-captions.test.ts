import { describe, expect, it } from 'vitest';
import type { DraftMedia } from '../../platforms/types';
import { runRule } from '../testing';
import { videoMissingCaptions } from './video-missing-captions';

const media = (videos: number, videosWithCaptions: number): DraftMedia => ({
  images: 0,
  imagesWithAlt: 0,
  videos,
  videosWithCaptions,
});

describe('video-missing-captions', () => {
  it.each<[string, DraftMedia | undefined, number | null]>([
    ['no media reported', undefined, null],
    ['no videos', media(0, 0), null],
    ['captioned', media(1, 1), null],
    ['one missing', media(2, 1), 1],
    ['none captioned', media(1, 0), 1],
    ['inconsistent counts are clamped', media(1, 3), null],
    ['captions unknown', { ...media(1, 0), videosCaptionsUnknown: 1 }, null],
    ['one uncaptioned beside an unknown one', { ...media(2, 0), videosCaptionsUnknown: 1 }, 1],
  ])('%s', (_name, m, missing) => {
    const found = runRule(videoMissingCaptions, 'Watch the debate', m === undefined ? {} : { media: m });
    if (missing === null) expect(found).toEqual([]);
    else expect(found.map((f) => [f.severity, f.params?.missing])).toEqual([['warning', missing]]);
  });
});
