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
const CLOCK = String.raw`\d{1,2}(?:[:.h]\s?\d{2}|\s?h\b|\s?(?:am|pm)\b)`;
const TIME = new RegExp(String.raw`\b${CLOCK}`, 'iu');
const DEADLINE =
  /\b(?:deadline|closes|close on|closing date|until|no later than|by midnight|ends on|date limite|date-limite|date butoir|jusqu’au|jusqu'au|avant le|d’ici le|d'ici le|d’ici au|d'ici au|au plus tard|clôture|se termine)\b/iu;
/** A time given as a limit ("by 5pm", "avant 17h"): a bare time may be when a debate starts instead. */
const BY_TIME = new RegExp(String.raw`\b(?:by|before|avant|d’ici|d'ici)\s+${CLOCK}`, 'iu');

export function saysWhen(text: string): boolean {
  return DATE.test(text) || TIME.test(text) || DEADLINE.test(text);
}

/** A closing date or time: a deadline word, a date (a bare weekday will do) or a time given as a limit. */
export function saysDeadline(text: string): boolean {
  return DEADLINE.test(text) || DATE.test(text) || BY_TIME.test(text);
}
