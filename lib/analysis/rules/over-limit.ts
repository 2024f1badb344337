import type { Rule } from '../types';

/** The draft is longer than the platform (or the instance, or the account tier) allows. */
export const overLimit: Rule = {
  id: 'over-limit',
  check({ length, profile, text }) {
    if (length.used <= length.limit) return [];
    const start = Math.min(length.overflowAt ?? text.length, text.length);
    return [
      {
        id: 'over-limit',
        severity: 'error',
        range: [start, text.length],
        params: { over: length.used - length.limit, limit: length.limit, platform: profile.label },
      },
    ];
  },
};
