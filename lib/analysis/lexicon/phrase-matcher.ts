import { phraseKeys, type WordToken } from '../text/words';

/** A lexicon hit: which words of the draft matched which entry. */
export interface PhraseHit<T> {
  value: T;
  /** Index of the first matched word in the word list. */
  firstWord: number;
  /** Number of words matched. */
  words: number;
  start: number;
  end: number;
}

interface Candidate<T> {
  keys: string[];
  value: T;
  /** The last key may match the start of a word ("inscri" → "inscrivez-vous"). */
  stem: boolean;
}

/** How a {@link PhraseMatcher} compares words. */
export interface PhraseMatcherOptions {
  /**
   * Let a phrase's last word of at least {@link MIN_STEM} characters match as the start of a word, so
   * that a stem such as "consultation" or "réserv" also finds "consultations" or "réservez".
   */
  stems?: boolean;
}

/** Shortest last word treated as a stem: shorter ones ("live", "vote") would match too much. */
export const MIN_STEM = 5;

/**
 * Finds lexicon phrases in a word list in one pass: phrases are indexed by their first word (or, for
 * one-word stems, by its first {@link MIN_STEM} characters), so the cost grows with the length of the
 * draft, not with the size of the lexicon.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Candidate<T>[]>();
  private readonly byStem = new Map<string, Candidate<T>[]>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>, options: PhraseMatcherOptions = {}) {
    for (const [phrase, value] of entries) {
      const keys = phraseKeys(phrase);
      const first = keys[0];
      if (first === undefined) continue;
      const stem = options.stems === true && keys[keys.length - 1]!.length >= MIN_STEM;
      const c: Candidate<T> = { keys, value, stem };
      const index = stem && keys.length === 1 ? this.byStem : this.byFirst;
      const key = stem && keys.length === 1 ? first.slice(0, MIN_STEM) : first;
      const list = index.get(key) ?? [];
      list.push(c);
      index.set(key, list);
    }
    // Longest phrase first, so "second reading committee" would win over "second reading".
    for (const list of [...this.byFirst.values(), ...this.byStem.values()]) {
      list.sort((a, b) => b.keys.length - a.keys.length || b.keys[0]!.length - a.keys[0]!.length);
    }
  }

  /** Non-overlapping hits, left to right, preferring the longest phrase at each word. */
  match(words: readonly WordToken[], from = 0, to = words.length): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = from;
    while (i < to) {
      const hit = this.at(words, i, to);
      if (hit === undefined) {
        i++;
        continue;
      }
      hits.push(hit);
      i += hit.words;
    }
    return hits;
  }

  /** True when some phrase occurs in the words. */
  any(words: readonly WordToken[], from = 0, to = words.length): boolean {
    for (let i = from; i < to; i++) if (this.at(words, i, to) !== undefined) return true;
    return false;
  }

  private at(words: readonly WordToken[], i: number, to: number): PhraseHit<T> | undefined {
    const word = words[i]!.key;
    const hit = this.first(this.byFirst.get(word), words, i, to);
    if (hit !== undefined || this.byStem.size === 0 || word.length < MIN_STEM) return hit;
    return this.first(this.byStem.get(word.slice(0, MIN_STEM)), words, i, to);
  }

  private first(
    list: readonly Candidate<T>[] | undefined,
    words: readonly WordToken[],
    i: number,
    to: number,
  ): PhraseHit<T> | undefined {
    if (list === undefined) return undefined;
    for (const c of list) {
      const n = c.keys.length;
      if (i + n > to) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const word = words[i + k]!.key;
        const key = c.keys[k]!;
        ok = k === n - 1 && c.stem ? word.startsWith(key) : word === key;
      }
      if (ok) {
        const last = words[i + n - 1]!;
        return { value: c.value, firstWord: i, words: n, start: words[i]!.start, end: last.end };
      }
    }
    return undefined;
  }
}
