import { STOPWORDS } from '../lexicon/stopwords';
import type { WordToken } from './words';

/** The draft's language as far as it can be told, with how sure the guess is. */
export interface LanguageGuess {
  /** Primary language subtag ("en", "fr", "ar"), or undefined when the draft does not say enough. */
  lang: string | undefined;
  /** Evidence for each language seen: stop-word hits, or letters of a script. */
  scores: Readonly<Record<string, number>>;
}

const STOP_INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  }
  return m;
})();

/**
 * Scripts that identify a language (or family) on their own, by their main Unicode blocks. Plain
 * code-unit ranges are much faster than Unicode property escapes, and these blocks cover running text.
 */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['ar', /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g],
  ['zh', /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g],
  ['ja', /[\u3040-\u30FF]/g],
  ['ko', /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/g],
  ['ru', /[\u0400-\u04FF]/g],
  ['el', /[\u0370-\u03FF\u1F00-\u1FFF]/g],
  ['he', /[\u0590-\u05FF]/g],
];
const LATIN = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/g;
const NON_LATIN = /[\u0370-\u1CFF\u1F00-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFB50-\uFEFF]/;
const MIN_STOPWORDS = 3;
const SAMPLE_WORDS = 1500;
const SAMPLE_CHARS = 6000;
const MIN_SCRIPT_LETTERS = 8;

/** Guesses the language of running text from its words and scripts. */
export function guessLanguage(text: string, words: readonly WordToken[]): LanguageGuess {
  const scores: Record<string, number> = {};
  // The opening of a long draft tells its language as well as the whole of it.
  const n = Math.min(words.length, SAMPLE_WORDS);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const langs = STOP_INDEX.get(w.key);
    if (langs === undefined) continue;
    for (const l of langs) scores[l] = (scores[l] ?? 0) + 1;
  }
  // Script letters weigh against Latin letters; a few CJK words in an English post are not Chinese.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let bestScript: string | undefined;
  let bestScriptCount = 0;
  for (const [lang, re] of NON_LATIN.test(sample) ? SCRIPTS : []) {
    const n = countMatches(sample, re);
    if (n === 0) continue;
    scores[lang] = n;
    if (n > bestScriptCount) {
      bestScript = lang;
      bestScriptCount = n;
    }
  }
  // Latin letters are counted only when another script is present (rarely): it costs a pass.
  if (
    bestScript !== undefined &&
    bestScriptCount >= MIN_SCRIPT_LETTERS &&
    bestScriptCount > countMatches(sample, LATIN)
  ) {
    // Japanese text mixes kanji with kana: any kana makes it Japanese.
    const lang = bestScript === 'zh' && (scores.ja ?? 0) > 0 ? 'ja' : bestScript;
    return { lang, scores };
  }
  let best: string | undefined;
  let bestScore = 0;
  let second = 0;
  for (const lang of Object.keys(STOPWORDS)) {
    const s = scores[lang] ?? 0;
    if (s > bestScore) {
      second = bestScore;
      best = lang;
      bestScore = s;
    } else if (s > second) second = s;
  }
  if (best === undefined || bestScore < MIN_STOPWORDS || bestScore < second * 1.5)
    return { lang: undefined, scores };
  return { lang: best, scores };
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
