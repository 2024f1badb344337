import type { PostTypeRecogniser } from './types';

/** A day-by-day agenda ("Mon – Finance Bill; Tue – …"): three different weekdays named. */
const WEEKDAY =
  /\b(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|lundi|mardi|mercredi|jeudi|vendredi)\b/giu;
const DAYS_FOR_AN_AGENDA = 3;

function dayByDay(text: string): string | undefined {
  const days = new Map<string, string>();
  for (const m of text.matchAll(WEEKDAY)) {
    const day = m[1]!.toLowerCase().slice(0, 3);
    if (!days.has(day)) days.set(day, m[0]);
  }
  return days.size >= DAYS_FOR_AN_AGENDA ? [...days.values()].join(', ') : undefined;
}

/** The agenda: what is coming up. */
export const weekAhead: PostTypeRecogniser = {
  id: 'week-ahead',
  detect: ({ text }) => dayByDay(text),
  strong: [
    'this week in parliament',
    'this week in the house',
    'this week in the chamber',
    'the week in parliament',
    'next week',
    'week ahead',
    'coming up',
    'on the agenda',
    'order paper',
    'what’s on',
    'semaine parlementaire',
    'cette semaine à l’assemblée',
    'cette semaine au sénat',
    'la semaine prochaine',
    'ordre du jour',
    'à l’agenda',
  ],
  // "This week" and "au programme" also open a delegation's or an open day's post: they only confirm.
  weak: [
    'this week',
    'cette semaine',
    'au programme',
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
