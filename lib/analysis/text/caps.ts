import type { WordToken } from './words';

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;

/** True for a word written in capitals with at least two capital letters ("BREAKING", "PMQs" is not). */
export function isCapsWord(w: WordToken): boolean {
  // Most words have no capital at all: then the text equals its lower-case key.
  if (w.text === w.key || LOWER.test(w.text)) return false;
  UPPER.lastIndex = 0;
  let n = 0;
  while (UPPER.exec(w.text) !== null) if (++n >= 2) return true;
  return false;
}

/** A run of consecutive words written in capitals. */
export interface CapsRun {
  firstWord: number;
  words: number;
  letters: number;
}

/** Runs of capitalised words, in order. */
export function capsRuns(words: readonly WordToken[]): CapsRun[] {
  const out: CapsRun[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapsWord(words[i]!)) {
      i++;
      continue;
    }
    const first = i;
    let letters = 0;
    while (i < words.length && isCapsWord(words[i]!)) {
      letters += words[i]!.text.length;
      i++;
    }
    out.push({ firstWord: first, words: i - first, letters });
  }
  return out;
}
