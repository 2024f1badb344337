import { describe, expect, it } from 'vitest';
import { findEmoji } from './emoji';
import { findHashtags } from './hashtags';
import { guessLanguage } from './language';
import { findMentions } from './mentions';
import { findSentences } from './sentences';
import { findUrls } from './urls';
import { findWords } from './words';

const texts = (text: string, tokens: readonly { start: number; end: number }[]): string[] =>
  tokens.map((t) => text.slice(t.start, t.end));

describe('findUrls', () => {
  it.each<[string, string[]]>([
    ['See https://www.parliament.uk/business.', ['https://www.parliament.uk/business']],
    ['(https://en.wikipedia.org/wiki/Bill_(law))', ['https://en.wikipedia.org/wiki/Bill_(law)']],
    [
      'Visit parliament.uk, senat.fr and www.example.org/path?x=1!',
      ['parliament.uk', 'senat.fr', 'www.example.org/path?x=1'],
    ],
    ['Write to clerk@parliament.uk today', []],
    ['today.It was a long sitting', []],
    ['version 2.0 and e.g. this', []],
    ['t.co/abc and x.com', ['t.co/abc', 'x.com']],
    [
      '« https://www.senat.fr/travaux » ou https://a.org/b…',
      ['https://www.senat.fr/travaux', 'https://a.org/b'],
    ],
  ])('%s', (text, expected) => {
    expect(findUrls(text).map((u) => u.text)).toEqual(expected);
  });

  it('names the host without www', () => {
    expect(findUrls('HTTPS://WWW.Bit.ly/x').map((u) => [u.host, u.scheme])).toEqual([['bit.ly', true]]);
  });
});

describe('findHashtags and findMentions', () => {
  it('finds tags and handles, not e-mails, fragments or numbers', () => {
    const text =
      'Join #BudgetDay2025 with @clerk and @a@b.social — mail x@y.org, see https://e.org/p#top, item #1 ＃全角';
    const urls = findUrls(text);
    expect(findHashtags(text, urls).map((h) => h.body)).toEqual(['BudgetDay2025', '全角']);
    expect(findMentions(text, urls).map((m) => [m.user, m.domain])).toEqual([
      ['clerk', undefined],
      ['a', 'b.social'],
    ]);
  });
});

describe('findEmoji', () => {
  it('treats sequences as one emoji', () => {
    const text = 'a👩‍👩‍👧‍👦b🇫🇷c👍🏽d1️⃣e❤️f🏴󠁧󠁢󠁳󠁣󠁴󠁿g©h';
    expect(texts(text, findEmoji(text))).toEqual(['👩‍👩‍👧‍👦', '🇫🇷', '👍🏽', '1️⃣', '❤️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿']);
  });
});

describe('findWords', () => {
  it('keeps compounds, splits elisions, lower-cases keys and skips tokens', () => {
    const text = "L'Assemblée vice-président 49-3 Straße İstanbul #Tag";
    const skip = findHashtags(text, []);
    const words = findWords(text, skip);
    expect(words.map((w) => w.text)).toEqual([
      'L',
      'Assemblée',
      'vice-président',
      '49-3',
      'Straße',
      'İstanbul',
    ]);
    expect(words.map((w) => w.key)).toContain('assemblée');
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('findSentences', () => {
  it('splits at end punctuation followed by a space, and at line breaks', () => {
    const text = 'First one. Second one!\nThird line without a stop\n\nFourth? See parliament.uk/a.b now.';
    const s = findSentences(text, findWords(text, findUrls(text)));
    expect(texts(text, s)).toEqual([
      'First one.',
      'Second one!',
      'Third line without a stop',
      'Fourth?',
      'See parliament.uk/a.b now.',
    ]);
  });
});

describe('guessLanguage', () => {
  const lang = (text: string): string | undefined => guessLanguage(text, findWords(text, [])).lang;
  it.each<[string, string | undefined]>([
    ['The committee will publish its report on the future of buses this week.', 'en'],
    ["La commission publiera cette semaine son rapport sur l'avenir des bus.", 'fr'],
    ['La comisión publicará esta semana su informe sobre el futuro de los autobuses.', 'es'],
    ['Der Ausschuss wird diese Woche seinen Bericht über die Zukunft der Busse veröffentlichen.', 'de'],
    ['ناقش البرلمان اليوم مشروع قانون الميزانية', 'ar'],
    ['議会は本日、予算案を審議しました。', 'ja'],
    ['Budget 2025', undefined],
  ])('%s → %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });
});
