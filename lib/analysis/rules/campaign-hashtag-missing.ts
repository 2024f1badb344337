import type { Rule } from '../types';

/** The campaign has hashtags and the draft uses none of them. */
export const campaignHashtagMissing: Rule = {
  id: 'campaign-hashtag-missing',
  check({ campaign, hashtags }) {
    const wanted = (campaign?.hashtags ?? [])
      .map((h) => h.trim().replace(/^[#＃]/u, ''))
      .filter((h) => h.length > 0);
    if (wanted.length === 0) return [];
    const present = new Set(hashtags.map((h) => h.body.toLowerCase()));
    if (wanted.some((h) => present.has(h.toLowerCase()))) return [];
    return [
      {
        id: 'campaign-hashtag-missing',
        severity: 'warning',
        params: { tags: wanted.map((h) => `#${h}`).join(', '), count: wanted.length },
      },
    ];
  },
};
