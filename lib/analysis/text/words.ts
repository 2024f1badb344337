import type { Token } from './span';

/** A word of running text. `key` is its lower-case NFC form, used for every lexicon look-up. */
export interface WordToken extends Token {
  key: string;
}

const HAS_MARK = /\p{M}/u;
const STARTS_WORD = /^[\p{L}\p{N}]/u;
const IN_WORD = /^\p{M}/u;

// Character classes of BMP code units, worked out once each: 0 unknown, 1 letter or digit,
// 2 combining mark, 3 anything else. A table beats a Unicode regex on every character of a long draft.
const NOT_SEEN = 0;
const WORD = 1;
const MARK = 2;
const OTHER = 3;
const BMP = new Uint8Array(0x10000);

function classOf(text: string, i: number): { cls: number; len: number } {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      // Astral characters (rare in running text) are classified each time.
      const ch = text.slice(i, i + 2);
      return { cls: STARTS_WORD.test(ch) ? WORD : IN_WORD.test(ch) ? MARK : OTHER, len: 2 };
    }
  }
  let cls = BMP[c]!;
  if (cls === NOT_SEEN) {
    const ch = String.fromCharCode(c);
    cls = STARTS_WORD.test(ch) ? WORD : IN_WORD.test(ch) ? MARK : OTHER;
    BMP[c] = cls;
  }
  return { cls, len: 1 };
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Words of running text, in order: a letter or digit followed by letters, digits and combining marks,
 * with hyphenated compounds kept whole ("vice-président", "49-3") and apostrophes splitting
 * ("l'Assemblée"). Words inside links, hashtags or mentions (`skip`, sorted, non-overlapping) are left out.
 */
export function findWords(text: string, skip: readonly Token[]): WordToken[] {
  const out: WordToken[] = [];
  const n = text.length;
  // Only text with combining marks needs NFC keys. Lower-casing the whole draft once is faster than
  // word by word, when it keeps every index in place (it does unless rare letters such as "İ" grow).
  const marks = HAS_MARK.test(text);
  const lowered = text.toLowerCase();
  const lower = lowered.length === n ? lowered : undefined;
  let s = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let len = 1;
    if (!isAsciiWord(c)) {
      if (c < 128) {
        i++;
        continue;
      }
      const k = classOf(text, i);
      len = k.len;
      if (k.cls !== WORD) {
        i += len;
        continue;
      }
    }
    const start = i;
    i += len;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isAsciiWord(d)) {
        i++;
        continue;
      }
      if (d === 45 /* - */ && i + 1 < n) {
        const e = text.charCodeAt(i + 1);
        if (isAsciiWord(e) || (e >= 128 && classOf(text, i + 1).cls === WORD)) {
          i++;
          continue;
        }
        break;
      }
      if (d < 128) break;
      const k = classOf(text, i);
      if (k.cls === OTHER) break;
      i += k.len;
    }
    const end = i;
    // Words and skipped tokens both come in text order, so one pointer walks the skip list.
    while (s < skip.length && skip[s]!.end <= start) s++;
    if (s < skip.length && skip[s]!.start < end) continue;
    const raw = text.slice(start, end);
    const low = lower !== undefined ? lower.slice(start, end) : raw.toLowerCase();
    out.push({ start, end, text: raw, key: marks ? low.normalize('NFC') : low });
  }
  return out;
}

/** Normalises a lexicon phrase the way {@link findWords} normalises the draft. */
export function phraseKeys(phrase: string): string[] {
  return findWords(phrase.normalize('NFC'), []).map((w) => w.key);
}
