import { profileFor } from '../platforms/profiles';
import type { PlatformId } from '../platforms/types';
import type { FindingId, Need, PostType } from '../playbook/signals';
import { formatNumber, type MessageLocale } from './format';
import { frenchSpacing } from './messages';

type Reason = (count: number) => string;
type Localised = { en: Reason } & Partial<Record<MessageLocale, Reason>>;

const en = (n: number): string => formatNumber(n, 'en');
const fr = (n: number): string => formatNumber(n, 'fr');
const s = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/**
 * Why a tip or example is shown, when a finding brought it: short, about the draft, with the count
 * of occurrences ("3 hashtags are not in CamelCase").
 */
export const FINDING_REASONS: Readonly<Record<FindingId, Localised>> = {
  'over-limit': { en: () => 'Your draft is over the limit', fr: () => 'Votre brouillon dépasse la limite' },
  'near-limit': {
    en: () => 'Your draft is close to the limit',
    fr: () => 'Votre brouillon approche de la limite',
  },
  'hashtag-not-camelcase': {
    en: (n) => `${en(n)} ${s(n, 'hashtag is', 'hashtags are')} not in CamelCase`,
    fr: (n) => `${fr(n)} ${s(n, "hashtag n'est pas", 'hashtags ne sont pas')} en CamelCase`,
  },
  'too-many-hashtags': {
    en: () => 'Your draft has many hashtags',
    fr: () => 'Votre brouillon a beaucoup de hashtags',
  },
  'campaign-hashtag-missing': {
    en: () => "The campaign's hashtag is missing",
    fr: () => 'Le hashtag de la campagne manque',
  },
  'image-missing-alt': {
    en: (n) => `${s(n, 'An image lacks', 'Images lack')} alt text`,
    fr: (n) => `${s(n, 'Une image n’a pas', 'Des images n’ont pas')} de texte alternatif`,
  },
  'video-missing-captions': {
    en: (n) => `${s(n, 'A video lacks', 'Videos lack')} captions`,
    fr: (n) => `${s(n, 'Une vidéo n’a pas', 'Des vidéos n’ont pas')} de sous-titres`,
  },
  'emoji-overuse': { en: () => 'Your draft leans on emoji', fr: () => 'Votre brouillon abuse des émojis' },
  'emoji-replaces-words': {
    en: (n) => `${en(n)} ${s(n, 'emoji stands', 'emoji stand')} in for words`,
    fr: (n) => `${fr(n)} ${s(n, 'émoji remplace', 'émojis remplacent')} des mots`,
  },
  'fancy-unicode-text': {
    en: () => 'Your draft uses look-alike Unicode letters',
    fr: () => 'Votre brouillon utilise des lettres Unicode de fantaisie',
  },
  'all-caps': {
    en: () => 'Your draft has text in capitals',
    fr: () => 'Votre brouillon a du texte en majuscules',
  },
  'long-sentence': {
    en: (n) => `${en(n)} ${s(n, 'sentence is', 'sentences are')} over 25 words`,
    fr: (n) => `${fr(n)} ${s(n, 'phrase dépasse', 'phrases dépassent')} 25 mots`,
  },
  jargon: {
    en: (n) => `${en(n)} parliamentary ${s(n, 'term needs', 'terms need')} plain words`,
    fr: (n) =>
      `${fr(n)} ${s(n, 'terme parlementaire demande', 'termes parlementaires demandent')} des mots simples`,
  },
  'unexplained-acronym': {
    en: (n) => `${en(n)} ${s(n, 'acronym is', 'acronyms are')} not spelled out`,
    fr: (n) => `${fr(n)} ${s(n, "sigle n'est pas expliqué", 'sigles ne sont pas expliqués')}`,
  },
  'partisan-language': {
    en: () => 'Some wording takes sides, on an institution’s account',
    fr: () => 'Certains mots prennent parti, sur le compte d’une institution',
  },
  'no-call-to-action': {
    en: () => 'The campaign asks for action, and the draft has no call to action',
    fr: () => "La campagne demande d'agir, et le brouillon n'a pas d'appel à l'action",
  },
  'link-shortener': {
    en: (n) => `${en(n)} ${s(n, 'link goes', 'links go')} through a shortener`,
    fr: (n) => `${fr(n)} ${s(n, 'lien passe', 'liens passent')} par un raccourcisseur`,
  },
  'too-many-links': {
    en: () => 'Your draft has many links',
    fr: () => 'Votre brouillon a beaucoup de liens',
  },
  'mention-heavy': {
    en: () => 'Your draft has many @mentions',
    fr: () => 'Votre brouillon a beaucoup de mentions @',
  },
  'thread-numbering': {
    en: () => 'Your draft numbers a thread',
    fr: () => 'Votre brouillon numérote un fil',
  },
  'posting-time': {
    en: () => 'It would go out at a quiet time',
    fr: () => 'Elle partirait à une heure creuse',
  },
  'language-mismatch': {
    en: () => "The draft is not in the campaign's language",
    fr: () => "Le brouillon n'est pas dans la langue de la campagne",
  },
  'fold-cuts-message': {
    en: () => 'The key message falls below "see more"',
    fr: () => 'L’essentiel tombe sous « voir plus »',
  },
};

/** Why, when a finding brought it. */
export function findingReason(id: FindingId, count: number, locale: MessageLocale): string {
  const table = FINDING_REASONS[id];
  return polish((table[locale] ?? table.en)(count), locale);
}

/** A kind of post as a comms officer would name it, inside a sentence. */
export const POST_TYPE_WORDS: Readonly<Record<PostType, { en: string; fr: string }>> = {
  'call-for-evidence': { en: 'a call for evidence', fr: 'un appel à contributions' },
  'live-coverage': { en: 'live coverage', fr: 'une couverture en direct' },
  'vote-result': { en: 'a vote result', fr: 'un résultat de vote' },
  'report-published': { en: 'a report launch', fr: 'la publication d’un rapport' },
  explainer: { en: 'an explainer', fr: 'une explication de procédure' },
  'event-visit': { en: 'an event or visit', fr: 'un événement ou une visite' },
  petition: { en: 'a petition post', fr: 'un message sur une pétition' },
  'youth-schools': {
    en: 'a post for young people or schools',
    fr: 'un message pour les jeunes ou les écoles',
  },
  recruitment: { en: 'a job advert', fr: 'une offre d’emploi' },
  'service-notice': { en: 'a service notice', fr: 'un avis de service' },
  correction: { en: 'a correction', fr: 'une correction' },
  anniversary: { en: 'an anniversary or heritage post', fr: 'un message d’anniversaire ou de patrimoine' },
  'questions-answers': { en: 'a Q&A', fr: 'des questions-réponses' },
  constituency: { en: 'constituency work', fr: 'un travail de circonscription' },
  'political-position': { en: 'a political position', fr: 'une prise de position politique' },
  international: { en: 'international work', fr: 'une activité internationale' },
  performance: { en: 'a post about figures', fr: 'un message sur des chiffres' },
  'thread-opener': { en: 'the start of a thread', fr: 'le début d’un fil' },
  'week-ahead': { en: 'a look at the week ahead', fr: 'un programme de la semaine' },
  'behind-the-scenes': { en: 'a behind-the-scenes post', fr: 'un message sur les coulisses' },
};

/** What a need means for this draft, as one clause. */
const NEED_WORDS: Readonly<Record<Need, { en: string; fr: string }>> = {
  deadline: { en: 'there is no closing date', fr: 'il n’y a pas de date limite' },
  link: { en: 'there is no link to act on', fr: 'il n’y a pas de lien pour agir' },
  'call-to-action': { en: 'nothing says what to do', fr: 'rien ne dit quoi faire' },
  moderation: {
    en: 'replies are invited, and someone must answer them',
    fr: 'les réponses sont sollicitées, et quelqu’un doit y répondre',
  },
  captions: { en: 'the video needs captions', fr: 'la vidéo doit être sous-titrée' },
  'alt-text': { en: 'the image needs a description', fr: 'l’image doit être décrite' },
  'impartial-wording': {
    en: 'the parliament’s own account must not take sides',
    fr: 'le compte de l’institution ne doit pas prendre parti',
  },
  'plain-explanation': {
    en: 'a term or procedure needs plain words',
    fr: 'un terme ou une procédure demande des mots simples',
  },
  'time-and-place': { en: 'it does not say when', fr: 'il ne dit pas quand' },
  consent: {
    en: 'it shows people, perhaps children: check consent',
    fr: 'il montre des personnes, peut-être des enfants : vérifiez le consentement',
  },
  'lead-with-fact': {
    en: 'lead with the fact, not the claim',
    fr: 'commencez par le fait, pas par l’affirmation',
  },
  'strong-opener': {
    en: 'the first post must stand on its own',
    fr: 'le premier message doit se suffire à lui-même',
  },
};

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Why, when the kind of post brought it: "This reads as a call for evidence". */
export function postTypeReason(type: PostType, locale: MessageLocale): string {
  const words = POST_TYPE_WORDS[type];
  return polish(
    locale === 'fr' ? `Ce brouillon se lit comme ${words.fr}` : `This reads as ${words.en}`,
    locale,
  );
}

/** Why, when the tip is written for the draft's platform: "Written for posts on LinkedIn". */
export function platformReason(platform: PlatformId, locale: MessageLocale): string {
  const name = profileFor(platform).label;
  return polish(
    locale === 'fr' ? `Écrit pour les messages sur ${name}` : `Written for posts on ${name}`,
    locale,
  );
}

/** Why, when a need brought it: "This reads as a call for evidence: there is no closing date". */
export function needReason(need: Need, type: PostType | undefined, locale: MessageLocale): string {
  const clause = NEED_WORDS[need][locale === 'fr' ? 'fr' : 'en'];
  if (type === undefined) return polish(upperFirst(clause), locale);
  return polish(`${postTypeReason(type, locale)}${locale === 'fr' ? ' :' : ':'} ${clause}`, locale);
}

function polish(text: string, locale: MessageLocale): string {
  return locale === 'fr' ? frenchSpacing(text) : text;
}
