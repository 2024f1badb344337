import type { PostTypeRecogniser } from './types';

/** The agenda: what is coming up. */
export const weekAhead: PostTypeRecogniser = {
  id: 'week-ahead',
  strong: [
    'this week',
    'next week',
    'week ahead',
    'coming up',
    'on the agenda',
    'order paper',
    'what’s on',
    'cette semaine',
    'la semaine prochaine',
    'ordre du jour',
    'au programme',
    'à l’agenda',
  ],
  weak: [
    'tomorrow',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'agenda',
    'demain',
    'lundi',
    'mardi',
    'mercredi',
    'jeudi',
  ],
};
