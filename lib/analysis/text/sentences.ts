import type { WordToken } from './words';

/** A sentence (or a line without end punctuation), with the number of words in it. */
export interface SentenceToken {
  start: number;
  end: number;
  words: number;
  /** Index of its first word in the word list. */
  firstWord: number;
}

// A sentence ends at . ! ? … (and CJK/Arabic equivalents) followed by a space or the end, or at a line break.
const BOUNDARY_RE = /[.!?…。！？؟]+["'”’»)\]]*(?=\s|$)|\n/gu;

/** Splits `text` into sentences, counting the given words (running text only) in each. */
export function findSentences(text: string, words: readonly WordToken[]): SentenceToken[] {
  const out: SentenceToken[] = [];
  let wi = 0;
  let from = 0;
  const push = (end: number): void => {
    let start = from;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    let stop = end;
    while (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--;
    const firstWord = wi;
    while (wi < words.length && words[wi]!.start < end) wi++;
    if (stop > start) out.push({ start, end: stop, words: wi - firstWord, firstWord });
  };
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m !== null; m = BOUNDARY_RE.exec(text)) {
    const end = m.index + m[0].length;
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;
}
