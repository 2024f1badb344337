import type { FindingId, Topic } from '../playbook/signals';
import { formatNumber, objectiveWords, type MessageLocale } from './format';
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

/** Why, when the campaign's objective brought it. */
export function objectiveReason(objective: string, locale: MessageLocale): string {
  return polish(
    locale === 'fr'
      ? `Votre campagne vise ${objectiveWords(objective, 'fr')}`
      : `Your campaign aims ${objectiveWords(objective, 'en')}`,
    locale,
  );
}

/** Why, when words of the draft brought it. */
export function keywordReason(keywords: readonly string[], locale: MessageLocale): string {
  const list = keywords.map((k) => (locale === 'fr' ? `« ${k} »` : `"${k}"`)).join(', ');
  return polish(locale === 'fr' ? `Votre brouillon parle de ${list}` : `Your draft mentions ${list}`, locale);
}

const TOPIC_WORDS: Readonly<Partial<Record<Topic, { en: string; fr: string }>>> = {
  accessibility: { en: 'accessibility', fr: "l'accessibilité" },
  'plain-language': { en: 'plain language', fr: 'la langue claire' },
  impartiality: { en: 'impartiality', fr: "l'impartialité" },
  hashtags: { en: 'hashtags', fr: 'les hashtags' },
  links: { en: 'links', fr: 'les liens' },
  mentions: { en: 'mentions', fr: 'les mentions' },
  timing: { en: 'timing', fr: 'le moment de publication' },
  writing: { en: 'writing for the platform', fr: "l'écriture pour la plateforme" },
  visuals: { en: 'visuals', fr: 'les visuels' },
  video: { en: 'video', fr: 'la vidéo' },
  engagement: { en: 'engagement', fr: "l'engagement" },
};

/** Why, when an example's theme matches what the draft raises. */
export function themeReason(topic: Topic, locale: MessageLocale): string {
  const words = TOPIC_WORDS[topic] ?? { en: topic, fr: topic };
  return polish(
    locale === 'fr'
      ? `Un exemple réel sur ${words.fr}, que votre brouillon soulève`
      : `A real case on ${words.en}, which your draft raises`,
    locale,
  );
}

function polish(text: string, locale: MessageLocale): string {
  return locale === 'fr' ? frenchSpacing(text) : text;
}
