import type { FindingId } from '../playbook/signals';
import {
  formatNumber,
  languageName,
  messageLocale,
  num,
  objectiveWords,
  str,
  weekdayName,
  type MessageLocale,
} from './format';
import type { MessageParams } from './types';

type Template = (p: MessageParams) => string;

/** Words for one finding in every locale the analysis speaks; English is required (the fallback). */
type Localised = { en: Template } & Partial<Record<MessageLocale, Template>>;

const en = (n: number): string => formatNumber(n, 'en');
const fr = (n: number): string => formatNumber(n, 'fr');
const s = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/**
 * What each finding says to the person writing, keyed by finding id and locale. Messages say what
 * is wrong and what to do, in one or two short sentences.
 */
export const FINDING_MESSAGES: Readonly<Record<FindingId, Localised>> = {
  'over-limit': {
    en: (p) =>
      `${en(num(p, 'over'))} ${s(num(p, 'over'), 'character', 'characters')} over ${str(p, 'platform')}'s limit of ${en(num(p, 'limit'))}. Cut the highlighted part or split the post.`,
    fr: (p) =>
      `${fr(num(p, 'over'))} ${s(num(p, 'over'), 'caractère', 'caractères')} de trop pour la limite de ${fr(num(p, 'limit'))} sur ${str(p, 'platform')}. Coupez la partie surlignée ou scindez la publication.`,
  },
  'near-limit': {
    en: (p) =>
      `Only ${en(num(p, 'remaining'))} ${s(num(p, 'remaining'), 'character', 'characters')} left of ${en(num(p, 'limit'))}: little room for a correction or a link.`,
    fr: (p) =>
      `Plus que ${fr(num(p, 'remaining'))} ${s(num(p, 'remaining'), 'caractère', 'caractères')} sur ${fr(num(p, 'limit'))} : peu de marge pour une correction ou un lien.`,
  },
  'hashtag-not-camelcase': {
    en: (p) =>
      `${str(p, 'tag')} runs words together. Write ${str(p, 'suggestion')} so screen readers say each word.`,
    fr: (p) =>
      `${str(p, 'tag')} colle plusieurs mots. Écrivez ${str(p, 'suggestion')} pour que les lecteurs d'écran prononcent chaque mot.`,
  },
  'too-many-hashtags': {
    en: (p) =>
      num(p, 'hard') === 1
        ? `${en(num(p, 'count'))} hashtags: ${str(p, 'platform')} allows at most ${en(num(p, 'max'))}. Keep the most specific ones.`
        : `${en(num(p, 'count'))} hashtags: on ${str(p, 'platform')}, ${en(num(p, 'max'))} or fewer read better and look less like spam.`,
    fr: (p) =>
      num(p, 'hard') === 1
        ? `${fr(num(p, 'count'))} hashtags : ${str(p, 'platform')} en accepte au plus ${fr(num(p, 'max'))}. Gardez les plus précis.`
        : `${fr(num(p, 'count'))} hashtags : sur ${str(p, 'platform')}, ${fr(num(p, 'max'))} au plus se lisent mieux et font moins spam.`,
  },
  'campaign-hashtag-missing': {
    en: (p) =>
      num(p, 'count') === 1
        ? `The campaign hashtag ${str(p, 'tags')} is missing.`
        : `None of the campaign hashtags is used (${str(p, 'tags')}).`,
    fr: (p) =>
      num(p, 'count') === 1
        ? `Le hashtag de la campagne, ${str(p, 'tags')}, manque.`
        : `Aucun hashtag de la campagne n'est utilisé (${str(p, 'tags')}).`,
  },
  'image-missing-alt': {
    en: (p) =>
      `${en(num(p, 'missing'))} of ${en(num(p, 'images'))} ${s(num(p, 'images'), 'image has', 'images have')} no alt text. Describe what each image shows and why it matters to the post.`,
    fr: (p) =>
      `${fr(num(p, 'missing'))} ${s(num(p, 'missing'), 'image', 'images')} sur ${fr(num(p, 'images'))} sans texte alternatif. Décrivez ce que montre chaque image et son lien avec la publication.`,
  },
  'video-missing-captions': {
    en: (p) =>
      `${en(num(p, 'missing'))} of ${en(num(p, 'videos'))} ${s(num(p, 'videos'), 'video has', 'videos have')} no captions. Many people watch without sound, and some cannot hear it.`,
    fr: (p) =>
      `${fr(num(p, 'missing'))} ${s(num(p, 'missing'), 'vidéo', 'vidéos')} sur ${fr(num(p, 'videos'))} sans sous-titres. Beaucoup regardent sans le son, et certains ne l'entendent pas.`,
  },
  'emoji-overuse': {
    en: (p) => {
      switch (str(p, 'variant')) {
        case 'run':
          return `${en(num(p, 'count'))} emoji in a row: screen readers read out the name of each one. Keep one.`;
        case 'bullets':
          return `Emoji used as bullet points are read out by name on every line. Use plain line breaks or dashes.`;
        default:
          return `${en(num(p, 'count'))} emoji: ${en(num(p, 'max'))} or fewer, placed at the end, are easier to follow.`;
      }
    },
    fr: (p) => {
      switch (str(p, 'variant')) {
        case 'run':
          return `${fr(num(p, 'count'))} émojis à la suite : les lecteurs d'écran lisent le nom de chacun. Gardez-en un.`;
        case 'bullets':
          return `Des émojis en guise de puces sont lus à chaque ligne. Préférez de simples retours à la ligne ou des tirets.`;
        default:
          return `${fr(num(p, 'count'))} émojis : ${fr(num(p, 'max'))} au plus, placés à la fin, se suivent plus facilement.`;
      }
    },
  },
  'emoji-replaces-words': {
    en: (p) =>
      `${str(p, 'emoji')} stands in for a word. Screen readers say its official name instead; write the word and keep emoji for the end.`,
    fr: (p) =>
      `${str(p, 'emoji')} remplace un mot. Les lecteurs d'écran disent son nom officiel à la place : écrivez le mot et gardez les émojis pour la fin.`,
  },
  'fancy-unicode-text': {
    en: (p) =>
      `"${str(p, 'sample')}" uses look-alike Unicode letters that screen readers skip or spell out. Use plain text.`,
    fr: (p) =>
      `« ${str(p, 'sample')} » utilise des lettres Unicode de fantaisie que les lecteurs d'écran sautent ou épellent. Écrivez en texte normal.`,
  },
  'all-caps': {
    en: () => `Text in capitals is harder to read and comes across as shouting. Use normal case.`,
    fr: () =>
      `Le texte en majuscules se lit moins bien et donne l'impression de crier. Écrivez en minuscules.`,
  },
  'long-sentence': {
    en: (p) =>
      `This sentence has ${en(num(p, 'words'))} words. Aim for ${en(num(p, 'max'))} or fewer: split it in two.`,
    fr: (p) =>
      `Cette phrase compte ${fr(num(p, 'words'))} mots. Visez ${fr(num(p, 'max'))} au plus : coupez-la en deux.`,
  },
  jargon: {
    en: (p) => `"${str(p, 'term')}" is parliamentary jargon. Try: "${str(p, 'plain')}".`,
    fr: (p) => `« ${str(p, 'term')} » est du jargon parlementaire. Essayez : « ${str(p, 'plain')} ».`,
  },
  'unexplained-acronym': {
    en: (p) =>
      `${str(p, 'acronym')} is not spelled out. Write it in full the first time, with the short form in brackets.`,
    fr: (p) =>
      `${str(p, 'acronym')} n'est pas expliqué. Écrivez-le en entier la première fois, avec le sigle entre parenthèses.`,
  },
  'partisan-language': {
    en: (p) =>
      `"${str(p, 'phrase')}" takes sides. An institution's account reports what was said and done without praising or attacking parties or members.`,
    fr: (p) =>
      `« ${str(p, 'phrase')} » prend parti. Le compte d'une institution rapporte ce qui a été dit et fait, sans louer ni attaquer partis ou élus.`,
  },
  'no-call-to-action': {
    en: (p) =>
      `The campaign aims ${objectiveWords(str(p, 'objective'), 'en')}, but the draft does not say what to do. Add one clear ask: reply, watch, take part, book.`,
    fr: (p) =>
      `La campagne vise ${objectiveWords(str(p, 'objective'), 'fr')}, mais le brouillon ne dit pas quoi faire. Ajoutez un appel clair : répondre, regarder, participer, réserver.`,
  },
  'link-shortener': {
    en: (p) =>
      `${str(p, 'host')} hides where the link goes, which looks like spam on an official account. Use the full link to your own site.`,
    fr: (p) =>
      `${str(p, 'host')} cache la destination du lien, ce qui fait spam sur un compte officiel. Mettez le lien complet vers votre site.`,
  },
  'too-many-links': {
    en: (p) => {
      switch (str(p, 'variant')) {
        case 'not-clickable':
          return `Links in Instagram captions cannot be clicked. Point to the link in your bio or a story link instead.`;
        case 'hard':
          return `${en(num(p, 'count'))} links: ${str(p, 'platform')} accepts at most ${en(num(p, 'max'))}.`;
        default:
          return `${en(num(p, 'count'))} links compete for one click. Keep the one that matters most.`;
      }
    },
    fr: (p) => {
      switch (str(p, 'variant')) {
        case 'not-clickable':
          return `Les liens dans une légende Instagram ne sont pas cliquables. Renvoyez plutôt au lien de la bio ou d'une story.`;
        case 'hard':
          return `${fr(num(p, 'count'))} liens : ${str(p, 'platform')} en accepte au plus ${fr(num(p, 'max'))}.`;
        default:
          return `${fr(num(p, 'count'))} liens se disputent un seul clic. Gardez le plus important.`;
      }
    },
  },
  'mention-heavy': {
    en: (p) =>
      `${en(num(p, 'count'))} @mentions make the post hard to read. Keep the essential ones, at the end.`,
    fr: (p) =>
      `${fr(num(p, 'count'))} mentions @ rendent la publication difficile à lire. Gardez l'essentiel, à la fin.`,
  },
  'thread-numbering': {
    en: (p) => {
      switch (str(p, 'variant')) {
        case 'no-threads':
          return `"${str(p, 'number')}" numbers a thread, but ${str(p, 'platform')} posts are not threaded. Remove it.`;
        case 'inconsistent':
          return `"${str(p, 'number')}" does not add up. Check the thread numbering.`;
        default:
          return `"${str(p, 'number')}" may be read aloud as a fraction or a date. "(1 of 5)" or a thread emoji at the end reads more clearly.`;
      }
    },
    fr: (p) => {
      switch (str(p, 'variant')) {
        case 'no-threads':
          return `« ${str(p, 'number')} » numérote un fil, mais ${str(p, 'platform')} n'a pas de fils. Retirez-le.`;
        case 'inconsistent':
          return `« ${str(p, 'number')} » ne tombe pas juste. Vérifiez la numérotation du fil.`;
        default:
          return `« ${str(p, 'number')} » peut être lu comme une fraction ou une date. « (1 sur 5) » ou un émoji de fil à la fin est plus clair.`;
      }
    },
  },
  'posting-time': {
    en: (p) => {
      const day = weekdayName(num(p, 'day'), 'en');
      switch (str(p, 'variant')) {
        case 'night':
          return `Posting at ${str(p, 'time')}: few people are online late at night, and no one may be there to answer replies.`;
        case 'weekend-night':
          return `Posting at ${str(p, 'time')} on ${day}: few people see late-night weekend posts, and replies may wait.`;
        default:
          return `Posting on ${day}: check your own analytics for weekend reach, and who will answer replies.`;
      }
    },
    fr: (p) => {
      const day = weekdayName(num(p, 'day'), 'fr');
      switch (str(p, 'variant')) {
        case 'night':
          return `Publication à ${str(p, 'time')} : peu de monde est en ligne tard le soir, et personne ne pourra répondre.`;
        case 'weekend-night':
          return `Publication à ${str(p, 'time')} un ${day} : peu de gens voient les publications de nuit le week-end, et les réponses attendront.`;
        default:
          return `Publication un ${day} : vérifiez dans vos statistiques la portée du week-end, et qui répondra.`;
      }
    },
  },
  'language-mismatch': {
    en: (p) =>
      `The draft looks ${languageName(str(p, 'found'), 'en')}, but the campaign is in ${languageName(str(p, 'wanted'), 'en')}.`,
    fr: (p) =>
      `Le brouillon semble en ${languageName(str(p, 'found'), 'fr')}, mais la campagne est en ${languageName(str(p, 'wanted'), 'fr')}.`,
  },
  'fold-cuts-message': {
    en: (p) =>
      str(p, 'variant') === 'link'
        ? `The link only appears after the first ${en(num(p, 'fold'))} characters, below "see more" on ${str(p, 'platform')}. Move it up.`
        : `The first sentence runs past the ${en(num(p, 'fold'))} characters shown before "see more" on ${str(p, 'platform')}. Put the key message first, in a short opening line.`,
    fr: (p) =>
      str(p, 'variant') === 'link'
        ? `Le lien n'apparaît qu'après les ${fr(num(p, 'fold'))} premiers caractères, sous « voir plus » sur ${str(p, 'platform')}. Remontez-le.`
        : `La première phrase dépasse les ${fr(num(p, 'fold'))} caractères affichés avant « voir plus » sur ${str(p, 'platform')}. Mettez l'essentiel dans une première ligne courte.`,
  },
};

/** The message for a finding in the panel's language (English when the locale has none). */
export function findingMessage(id: FindingId, params: MessageParams, locale: string | undefined): string {
  const table = FINDING_MESSAGES[id];
  const lang = messageLocale(locale);
  const template = table[lang] ?? table.en;
  return lang === 'fr' ? frenchSpacing(template(params)) : template(params);
}

/** French typography: a non-breaking space before « : ; ! ? » and after «, so lines never break there. */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»])/gu, '\u00a0$1').replace(/« /gu, '«\u00a0');
}
