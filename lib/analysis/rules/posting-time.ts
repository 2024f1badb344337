import type { Rule } from '../types';

/** Late evening to early morning, local time of the person posting. */
const NIGHT_FROM = 22;
const NIGHT_UNTIL = 7;

/**
 * Going out late at night or at the weekend: fewer people see it, and the team may not be there
 * to answer replies. Best times depend on each audience (GS-70), so this is only information.
 */
export const postingTime: Rule = {
  id: 'posting-time',
  check({ now }) {
    if (now === undefined || Number.isNaN(now.getTime())) return [];
    const hour = now.getHours();
    const day = now.getDay();
    const night = hour >= NIGHT_FROM || hour < NIGHT_UNTIL;
    const weekend = day === 0 || day === 6;
    if (!night && !weekend) return [];
    const time = `${String(hour).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    return [
      {
        id: 'posting-time',
        severity: 'info',
        params: { variant: night ? (weekend ? 'weekend-night' : 'night') : 'weekend', time, day },
      },
    ];
  },
};
