import { describe, expect, it } from 'vitest';
import type { DraftMedia } from '../../platforms/types';
import { runRule } from '../testing';
import { imageMissingAlt } from './image-missing-alt';

const media = (images: number, imagesWithAlt: number): DraftMedia => ({
  images,
  imagesWithAlt,
  videos: 0,
  videosWithCaptions: 0,
});

describe('image-missing-alt', () => {
  it.each<[string, DraftMedia | undefined, number | null]>([
    ['no media reported', undefined, null],
    ['no images', media(0, 0), null],
    ['every image described', media(3, 3), null],
    ['one of two missing', media(2, 1), 1],
    ['none described', media(4, 0), 4],
    ['inconsistent counts are clamped', media(1, 5), null],
    ['every image unknown', { ...media(2, 0), imagesAltUnknown: 2 }, null],
    ['one undescribed beside unknown ones', { ...media(3, 0), imagesAltUnknown: 2 }, 1],
  ])('%s', (_name, m, missing) => {
    const found = runRule(
      imageMissingAlt,
      'New photos from the chamber',
      m === undefined ? {} : { media: m },
    );
    if (missing === null) expect(found).toEqual([]);
    else expect(found.map((f) => [f.severity, f.params?.missing])).toEqual([['warning', missing]]);
  });
});
