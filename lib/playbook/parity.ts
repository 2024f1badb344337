/**
 * Parity between the English and French words of a tip or an example: the figures and the proper
 * names a reader could repeat must be the same in both. Pure functions; the content test
 * (parity.test.ts) runs them over every built-in item.
 *
 * Figures are compared in a canonical form, so that only a different figure counts, not a different
 * way of writing it: "4.30pm" and "16 h 30" are both "16:30"; "5,000", "5 000" (any space) and
 * "5 000" are all "5000"; "2010–11" and "2010-2011" both give 2010 and 2011; "1 million" and "1 000 000" are "1000000"; "0.063%" and "0,063 %" are "0.063%".
 */

export type ParityLang = 'en' | 'fr';

/** Every kind of space French puts between digit groups and before "%" (space, U+00A0, U+202F). */
const SPACE = '[ \\u00a0\\u202f]';

const EN_TIME_12H = /(?<![\d.,])(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?m\.?(?![\p{L}])/giu;
const EN_TIME_24H = /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])/g;
const FR_TIME = new RegExp(`(?<![\\d,])(\\d{1,2})${SPACE}?h(?:${SPACE}?(\\d{2}))?(?![\\p{L}\\d])`, 'gu');

const EN_NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d)(?:\s?(million|billion)\b)?(\s?%)?/g;
const FR_NUMBER = new RegExp(
  `(?<![\\d,])(\\d{1,3}(?:${SPACE}\\d{3})+(?!\\d)|\\d+)(?:,(\\d+))?(?!\\d)` +
    `(?:${SPACE}?(millions?|milliards?)(?![\\p{L}]))?(${SPACE}?%)?`,
  'gu',
);

const SCALE: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  milliard: 1e9,
  milliards: 1e9,
};

function time(hour: number, minutes: string | undefined): string {
  return `${hour}:${minutes ?? '00'}`;
}

function number(whole: string, decimals: string | undefined, scale: string | undefined, percent: boolean) {
  const digits = whole.replace(/\D/g, '');
  let text = decimals ? `${digits}.${decimals}` : digits;
  if (scale) text = String(Math.round(Number(text) * SCALE[scale.toLowerCase()]!));
  else if (!decimals) text = String(Number(digits));
  return percent ? `${text}%` : text;
}

/** "2010–11" → "2010–2011": English shortens the second year of a range, French often does not. */
function expandYearRanges(text: string): string {
  return text.replace(/(?<!\d)((\d{2})\d{2})([–-])(\d{2})(?!\d)/g, '$1$3$2$4');
}

/** Each figure in `text` with the offset where it starts, in order, repeats included. */
export function figurePositions(text: string, lang: ParityLang): Array<{ figure: string; at: number }> {
  const found: Array<{ at: number; figure: string }> = [];
  let rest = expandYearRanges(text);
  const take = (re: RegExp, figure: (m: RegExpExecArray) => string): void => {
    rest = rest.replace(re, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const at = args[args.length - 2] as number;
      const whole = args[0] as string;
      found.push({ at, figure: figure(match) });
      // Blank the match out (keeping offsets) so the number pass does not read it again.
      return ' '.repeat(whole.length);
    });
  };
  if (lang === 'en') {
    take(EN_TIME_12H, (m) => {
      const h = Number(m[1]) % 12;
      return time(m[3]!.toLowerCase() === 'p' ? h + 12 : h, m[2]);
    });
    take(EN_TIME_24H, (m) => time(Number(m[1]), m[2]));
    take(EN_NUMBER, (m) => number(m[1]!, m[2], m[3], Boolean(m[4])));
  } else {
    take(FR_TIME, (m) => time(Number(m[1]), m[2]));
    take(FR_NUMBER, (m) => number(m[1]!, m[2], m[3], Boolean(m[4])));
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The figures in `text` (numbers, years, percentages, clock times), each in canonical form, in order
 * of first appearance, without repeats. Times: "H:MM" on a 24-hour clock. Numbers: digits only, the
 * decimal separator a point, millions and billions written out ("1.3 million" → "1300000").
 */
export function figuresOf(text: string, lang: ParityLang): string[] {
  return [...new Set(figurePositions(text, lang).map((f) => f.figure))];
}

/**
 * The English figures a reader could quote as a finding: percentages, decimals, clock times and
 * numbers of 100 or more that are not years. Small counts and years recur by coincidence too often
 * ("13 June", "in 2018") to say anything when two items share them.
 */
export function factualFigures(english: string): Array<{ figure: string; at: number }> {
  return figurePositions(english, 'en').filter(({ figure }) => {
    if (!/^\d+$/.test(figure)) return true;
    const n = Number(figure);
    return n >= 100 && !(n >= 1800 && n <= 2099);
  });
}

const QUALIFIERS: ReadonlyArray<[string, RegExp]> = [
  ['about', /\b(?:about|around|roughly|approximately|some|circa|c\.)\s+$/i],
  ['more than', /\b(?:over|more than|above|upwards of)\s+$/i],
  ['nearly', /\b(?:nearly|almost|close to|just under)\s+$/i],
  ['fewer than', /\b(?:under|fewer than|less than|below)\s+$/i],
  ['up to', /\b(?:up to|at most)\s+$/i],
  ['at least', /\bat least\s+$/i],
];

/**
 * How the English hedges the figure at offset `at`: "about", "more than", "nearly", "fewer than",
 * "up to", "at least", or "" when it gives the figure as exact. "5,000+" counts as "more than".
 */
export function qualifierOf(english: string, at: number): string {
  const before = english.slice(Math.max(0, at - 20), at);
  const found = QUALIFIERS.find(([, re]) => re.test(before));
  if (found) return found[0];
  return /^[\d.,]+\+/.test(english.slice(at)) ? 'more than' : '';
}

/** Lower case without accents, apostrophes made straight: the form names are compared in. */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{Lu}][\p{L}\p{N}]*)*/gu;
/** What may come just before a sentence's first word: nothing, an end of sentence, a line break, an opening quote. */
const SENTENCE_START = /(?:^|[.!?:;]\s+|\n\s*|[“"‘«(]\s*|[—–]\s+)$/u;

/**
 * The English words of a corpus written in lower case somewhere: the common nouns. A capitalised
 * word that the English also writes in lower case ("Parliament" and "a parliament") is a title or a
 * sentence start, not a name; French writes it in lower case and translates it.
 */
export function lowerCaseWords(englishTexts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of englishTexts)
    for (const m of text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu)) words.add(m[0]);
  return words;
}

function isAcronym(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word);
}

/**
 * The proper names in an English text: acronyms and camel-case words ("IPU", "TikTok"), and
 * capitalised words that do not start a sentence and that the English never writes in lower case
 * (`commonWords`). Possessives are dropped ("Rival IQ's" gives "Rival", "IQ").
 */
export function namesOf(english: string, commonWords: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const m of english.matchAll(CAPITALISED)) {
    const word = m[0].replace(/['’]s?$/, '');
    if (word.length < 2) continue;
    if (!isAcronym(word)) {
      if (SENTENCE_START.test(english.slice(0, m.index))) continue;
      const lower = word.toLowerCase();
      if (commonWords.has(lower) || commonWords.has(lower.replace(/e?s$/, ''))) continue;
    }
    names.add(word);
  }
  return [...names];
}

/**
 * How French writes names that it translates, each group with the reason it may differ. Values are
 * folded stems: the French passes if its folded text contains any of them. A name not listed here
 * must appear in the French as it is in the English (accents aside): "Folketing", "TikTok", "Rival".
 */
export const TRANSLATED_NAMES: ReadonlyArray<{ reason: string; names: Readonly<Record<string, string[]>> }> =
  [
    {
      reason: 'French writes months and days of the week in French, in lower case',
      names: {
        January: ['janvier'],
        February: ['fevrier'],
        March: ['mars'],
        April: ['avril'],
        June: ['juin'],
        July: ['juillet'],
        August: ['aout'],
        September: ['septembre'],
        October: ['octobre'],
        November: ['novembre'],
        December: ['decembre'],
        Monday: ['lundi'],
        Mondays: ['lundi'],
        Tuesday: ['mardi'],
        Wednesday: ['mercredi'],
        Thursday: ['jeudi'],
        Friday: ['vendredi'],
        Saturday: ['samedi'],
        Sunday: ['dimanche'],
      },
    },
    {
      reason:
        'French names languages and nationalities in French, in lower case, and often turns "Sweden\'s X" into "le X suédois"',
      names: {
        English: ['anglais'],
        French: ['francais'],
        Welsh: ['gallois'],
        Scottish: ['ecossais'],
        British: ['britanni'],
        Swedish: ['suedois'],
        Finnish: ['finnois', 'finlandais'],
        Danish: ['danois'],
        Danes: ['danois'],
        Slovenian: ['slovene'],
        Croatian: ['croate'],
        Austrian: ['autrichien'],
        Bavarian: ['bavarois', 'baviere'],
        European: ['europe'],
        Europeans: ['europe'],
        Japanese: ['japonais'],
        Korean: ['coreen'],
        Latin: ['latin'],
        Chinese: ['chinois', 'chine'],
        Asian: ['asiati'],
      },
    },
    {
      reason: 'French uses its own names for these countries, regions and cities (or their adjective)',
      names: {
        UK: ['royaume-uni', 'britanni'],
        Victorian: ['victoria'],
        US: ['etats-unis', 'americain'],
        England: ['angleterre', 'anglais'],
        Wales: ['galles', 'gallois'],
        Sweden: ['suede', 'suedois'],
        Norway: ['norvege', 'norvegien'],
        Denmark: ['danemark', 'danois'],
        Iceland: ['islande', 'islandais'],
        Austria: ['autriche', 'autrichien'],
        Brazil: ['bresil'],
        Australia: ['australie'],
        Slovenia: ['slovenie', 'slovene'],
        Saxony: ['saxe'],
        Bavaria: ['baviere', 'bavarois'],
        Zealand: ['zelande', 'neo-zelandais'],
        NSW: ['nouvelle-galles du sud'],
        South: ['sud'],
        Copenhagen: ['copenhague'],
        Brussels: ['bruxelles'],
      },
    },
    {
      reason: 'French uses the French acronym of these bodies, or spells out what the acronym stands for',
      names: {
        IPU: ['uip'],
        OECD: ['ocde'],
        UNDP: ['pnud'],
        PACE: ['apce'],
        MP: ['depute', 'parlementaire', 'elu'],
        MPs: ['depute', 'parlementaire', 'elu'],
        KPI: ['indicateur'],
        KPIs: ['indicateur'],
        TV: ['tele'],
        URLs: ['url'],
        HMRC: ['fisc britannique'],
        DKK: ['couronnes'],
        HR: ['rh', 'ressources humaines'],
      },
    },
    {
      reason: 'French writes these names its own way',
      names: { Althingi: ['althing'] },
    },
    {
      reason:
        'words in the names of bodies, offices, titles, events and programmes, which French translates ("Chamber of Deputies" → "Chambre des députés")',
      names: {
        Houses: ['chambres'],
        Court: ['cour'],
        Health: ['sante'],
        Deputies: ['deputes'],
        Deputy: ['vice-'],
        President: ['presiden'],
        Senate: ['senat'],
        Congress: ['congres'],
        Commissioner: ['commissaire'],
        Ombudsman: ['mediateur'],
        Ministry: ['ministere'],
        University: ['universite'],
        Society: ['societe'],
        Literature: ['litter'],
        Palace: ['palais'],
        Peerages: ['pairie'],
        Baroness: ['baronne'],
        Finance: ['financ', 'budget'],
        Conservative: ['conservat'],
        Citizenship: ['citoyen'],
        Town: ['ville'],
        Lower: ['basse-'],
        Upper: ['haute-'],
        Creator: ['createur'],
        Summit: ['sommet'],
        Scheme: ['programme'],
        Civility: ['civilite'],
        Pledge: ['engagement'],
        Recover: ['retablir'],
        Integrated: ['integre'],
        Plays: ['lectures'],
        Estate: ['domaine'],
        Easter: ['paques'],
        'Inter-Parliamentary': ['interparlementaire'],
      },
    },
  ];

const TRANSLATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  TRANSLATED_NAMES.flatMap((group) => Object.entries(group.names)),
);

/** What the French of one item lacks, or adds, compared with its English. */
export interface ParityGap {
  /** Canonical figures in the English and not in the French. */
  missingFigures: string[];
  /** Canonical figures in the French and not in the English. */
  extraFigures: string[];
  /** English names the French neither keeps nor translates as TRANSLATED_NAMES allows. */
  missingNames: string[];
}

/** Compares one item's English and French words. `commonWords`: see lowerCaseWords. */
export function parityGap(english: string, french: string, commonWords: ReadonlySet<string>): ParityGap {
  const en = figuresOf(english, 'en');
  const fr = figuresOf(french, 'fr');
  const folded = foldForComparison(french);
  const kept = (name: string): boolean =>
    folded.includes(foldForComparison(name)) ||
    (TRANSLATIONS.get(name) ?? []).some((stem) => folded.includes(stem));
  return {
    missingFigures: en.filter((f) => !fr.includes(f)),
    extraFigures: fr.filter((f) => !en.includes(f)),
    missingNames: namesOf(english, commonWords).filter((n) => !kept(n)),
  };
}

/** True when the French lacks nothing and adds no figure. */
export function isParityGapEmpty(gap: ParityGap): boolean {
  return gap.missingFigures.length + gap.extraFigures.length + gap.missingNames.length === 0;
}
