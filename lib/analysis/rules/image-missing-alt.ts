import type { Rule } from '../types';

/** Images attached without a text alternative. */
export const imageMissingAlt: Rule = {
  id: 'image-missing-alt',
  check({ media }) {
    if (media === undefined) return [];
    const missing = Math.max(0, media.images - Math.max(0, media.imagesWithAlt));
    if (missing === 0) return [];
    return [{ id: 'image-missing-alt', severity: 'warning', params: { missing, images: media.images } }];
  },
};
