import type { UrlToken } from '../text/urls';
import { saysDeadline } from '../text/when';
import type { WordToken } from '../text/words';
import { PhraseMatcher } from './phrase-matcher';

/**
 * Phrases that ask the reader to do something. A question mark also counts (it invites replies).
 * Matched as whole words, lower case, in any content language.
 */
export const CALL_TO_ACTION: readonly string[] = [
  // English
  'reply',
  'tell us',
  'let us know',
  'share',
  'join',
  'join us',
  'watch',
  'watch live',
  'register',
  'sign up',
  'take part',
  'have your say',
  'submit',
  'comment',
  'find out',
  'learn more',
  'read more',
  'visit',
  'follow',
  'book',
  'apply',
  'respond',
  'complete',
  'send us',
  'send your',
  'ask',
  'give evidence',
  'get involved',
  'come along',
  'vote in',
  'fill in',
  'nominate',
  'sign',
  'tune in',
  'rsvp',
  'link in bio',
  'subscribe',
  'download',
  'contact',
  'write to',
  'apply now',
  // Français
  'participez',
  'partagez',
  'donnez votre avis',
  'répondez',
  'inscrivez-vous',
  'rejoignez',
  'rejoignez-nous',
  'suivez',
  'regardez',
  'découvrez',
  'posez vos questions',
  'posez',
  'dites-nous',
  'contribuez',
  'votez',
  'venez',
  'réservez',
  'consultez',
  'en savoir plus',
  'lien en bio',
  'commentez',
  'envoyez',
  'transmettez',
  'faites-nous part',
  'écrivez',
  'remplissez',
  'téléchargez',
  'abonnez-vous',
  'visitez',
  'candidatez',
  'postulez',
  'déposez',
  'signez',
  'retrouvez',
  'assistez',
  'contactez',
];

const CTA = new PhraseMatcher(CALL_TO_ACTION.map((p) => [p, p] as const));
const QUESTION = /[?？¿؟]/u;

/** What {@link asksReader} reads of the draft. */
export interface AskInput {
  text: string;
  words: readonly WordToken[];
  urls: readonly UrlToken[];
}

/**
 * True when the draft asks the reader to do something: a call-to-action phrase, a question, or a
 * deadline with a link (a closing date beside where to go says "act there before then").
 */
export function asksReader({ text, words, urls }: AskInput): boolean {
  return QUESTION.test(text) || CTA.any(words) || (urls.length > 0 && saysDeadline(text));
}
