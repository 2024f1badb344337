import type { Rule } from '../types';

/** Images attached without a text alternative. */
export const imageMissingAlt: Rule = {
  id: 'image-missing-alt',
  check({ media }) {
    if (media === undefined) return [];
    // Items the site shows no state for are not counted as missing: unknown is not "no".
    const missing = Math.max(
      0,
      media.images - Math.max(0, media.imagesWithAlt) - Math.max(0, media.imagesAltUnknown ?? 0),
    );
    if (missing === 0) return [];
    return [{ id: 'image-missing-alt', severity: 'warning', params: { missing, images: media.images } }];
  },
};
