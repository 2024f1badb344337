import type { PlatformId } from '../../platforms/types';
import type { Rule } from '../types';

/**
 * How many hashtags suit a post where the platform sets no hard cap: X advised at most 2 (GS-67), and
 * a few specific tags beat long lists elsewhere. Hard caps are the profile's `maxHashtags` (Instagram
 * 5, Threads 1 topic tag per post).
 */
const ADVISED: Readonly<Record<PlatformId, number>> = {
  x: 2,
  threads: 1,
  bluesky: 3,
  mastodon: 4,
  facebook: 3,
  linkedin: 3,
  instagram: 5,
  youtube: 3,
};

/** More hashtags than the platform allows (an error) or than reads well (a warning). */
export const tooManyHashtags: Rule = {
  id: 'too-many-hashtags',
  check({ hashtags, profile, platform }) {
    const hard = profile.maxHashtags;
    const over = hard !== undefined && hashtags.length > hard;
    const max = over ? hard : ADVISED[platform];
    if (hashtags.length <= max) return [];
    const first = hashtags[max]!;
    const last = hashtags[hashtags.length - 1]!;
    return [
      {
        id: 'too-many-hashtags',
        severity: over ? 'error' : 'warning',
        range: [first.start, last.end],
        params: { count: hashtags.length, max, platform: profile.label, hard: over ? 1 : 0 },
      },
    ];
  },
};
