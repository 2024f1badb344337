import type { Rule } from '../types';

/** Share of the limit from which the draft is "near" it. */
const NEAR = 0.9;

/** The draft fits but leaves little room (for a link, a correction, a quote). */
export const nearLimit: Rule = {
  id: 'near-limit',
  check({ length, profile }) {
    if (length.used > length.limit || length.used < Math.ceil(length.limit * NEAR)) return [];
    return [
      {
        id: 'near-limit',
        severity: 'info',
        params: { remaining: length.remaining, limit: length.limit, platform: profile.label },
      },
    ];
  },
};
