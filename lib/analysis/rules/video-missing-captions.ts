import type { Rule } from '../types';

/** Videos attached without captions. */
export const videoMissingCaptions: Rule = {
  id: 'video-missing-captions',
  check({ media }) {
    if (media === undefined) return [];
    // Items the site shows no state for are not counted as missing: unknown is not "no".
    const missing = Math.max(
      0,
      media.videos - Math.max(0, media.videosWithCaptions) - Math.max(0, media.videosCaptionsUnknown ?? 0),
    );
    if (missing === 0) return [];
    return [{ id: 'video-missing-captions', severity: 'warning', params: { missing, videos: media.videos } }];
  },
};
