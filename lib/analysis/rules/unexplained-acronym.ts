import { KNOWN_ACRONYMS } from '../lexicon/acronyms';
import type { WordToken } from '../text/words';
import type { RawFinding, Rule } from '../types';

// Two or more capitals (digits allowed after the first), with an optional plural "s": "PAC", "PMQs", "COP28".
const ACRONYM = /^\p{Lu}[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*s?$|^\p{Lu}\p{Lu}s?$/u;
const ROMAN = /^[IVXLCDM]+$/u;
/** Longer capitalised words are shouting (the all-caps check), not acronyms. */
const MAX_LETTERS = 5;
const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'de',
  'la',
  'le',
  'les',
  'des',
  'du',
  'et',
  'l',
  'd',
  'en',
  'à',
  'pour',
]);

/**
 * An acronym the draft does not spell out, that a general audience may not know. Spelled out means
 * "Public Accounts Committee (PAC)", "PAC (Public Accounts Committee)", or the words right before it
 * having its initials. Screen readers also garble unfamiliar acronyms (GS-42).
 */
export const unexplainedAcronym: Rule = {
  id: 'unexplained-acronym',
  check({ words, text, capsRuns }) {
    // Words inside a shouted run are the all-caps check's business.
    const shouted = new Set<number>();
    for (const run of capsRuns) {
      if (run.words >= 3) for (let i = run.firstWord; i < run.firstWord + run.words; i++) shouted.add(i);
    }
    const first = new Map<string, WordToken>();
    const explained = new Set<string>();
    words.forEach((w, i) => {
      // Words without a capital (most of them) are skipped before any pattern runs.
      if (w.text === w.key || shouted.has(i) || !ACRONYM.test(w.text)) return;
      if (ROMAN.test(w.text) || letterCount(w.text) > MAX_LETTERS) return;
      const key = w.text.replace(/s$/u, '');
      if (
        KNOWN_ACRONYMS.has(key) ||
        KNOWN_ACRONYMS.has(key.replace(/\d+$/u, '')) ||
        KNOWN_ACRONYMS.has(w.text)
      )
        return;
      if (!first.has(key)) first.set(key, w);
      if (isExplained(text, words, i, key)) explained.add(key);
    });
    const out: RawFinding[] = [];
    for (const [key, w] of first) {
      if (explained.has(key)) continue;
      out.push({
        id: 'unexplained-acronym',
        severity: 'warning',
        range: [w.start, w.end],
        params: { acronym: w.text },
      });
    }
    return out;
  },
};

function isExplained(text: string, words: readonly WordToken[], index: number, key: string): boolean {
  const w = words[index]!;
  if (text[w.start - 1] === '(' && text[w.end] === ')') return true;
  if (/^\s?\(/u.test(text.slice(w.end, w.end + 2))) return true;
  // Initials of the preceding words, ignoring small words: "Public Accounts Committee, PAC".
  const letters = key.replace(/\d/gu, '');
  let j = index - 1;
  let k = letters.length - 1;
  while (j >= 0 && k >= 0 && index - j <= letters.length + 4) {
    const prev = words[j]!;
    if (SMALL_WORDS.has(prev.key)) {
      j--;
      continue;
    }
    if (prev.text.charAt(0).toUpperCase() !== letters.charAt(k)) return false;
    j--;
    k--;
  }
  return k < 0;
}

function letterCount(word: string): number {
  return word.replace(/[^\p{L}]/gu, '').length;
}
