/**
 * Whether a draft says when: a date, a weekday, a time or a deadline word, in English or French.
 * Loose on purpose: the needs built on it ("no closing date") must not fire on a draft that has one.
 */
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const DAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|this morning|this afternoon|this evening|' +
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd’hui|aujourd'hui|ce soir|ce matin|cet après-midi|demain";
const DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:${MONTHS})\\b|(?:${MONTHS})\\s+\\d{1,2}\\b|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?\\b|(?:${DAYS})\\b)`,
  'iu',
);
const TIME = /\b\d{1,2}(?:[:.h]\s?\d{2}|\s?h\b|\s?(?:am|pm)\b)/iu;
const DEADLINE =
  /\b(?:deadline|closes|closing date|until|by midnight|ends on|date limite|jusqu’au|jusqu'au|avant le|clôture|se termine)\b/iu;

export function saysWhen(text: string): boolean {
  return DATE.test(text) || TIME.test(text) || DEADLINE.test(text);
}

/** A closing date or time: a deadline word, or a date (a bare weekday will do). */
export function saysDeadline(text: string): boolean {
  return DEADLINE.test(text) || DATE.test(text);
}
