import { HASHTAG_WORDS } from './hashtag-words';

const DICTIONARY: ReadonlySet<string> = new Set(HASHTAG_WORDS.filter((w) => w.length >= 2));
const LONGEST = Math.max(...[...DICTIONARY].map((w) => w.length));
const MAX_BODY = 60;
const DIGITS = /^[0-9_]+$/;
const MIN_AVERAGE = 3.5;

/** One piece of a run-together hashtag. */
export interface HashtagPart {
  text: string;
  known: boolean;
}

/**
 * Splits a lower-case hashtag body into known words, allowing at most one unknown piece, or returns
 * undefined when it does not look like several words run together. Prefers the fewest pieces, so a
 * word that is itself in the dictionary ("together") stays whole.
 */
export function splitRunTogether(body: string): HashtagPart[] | undefined {
  const s = body.normalize('NFC');
  if (s.length < 5 || s.length > MAX_BODY) return undefined;
  const n = s.length;
  // best[i]: cheapest split of s[0, i) as [unknown characters, pieces, unknown pieces].
  const best: ([number, number, number] | undefined)[] = new Array(n + 1).fill(undefined);
  const back: number[] = new Array(n + 1).fill(-1);
  const knownAt: boolean[] = new Array(n + 1).fill(false);
  best[0] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const cur = best[i];
    if (cur === undefined) continue;
    for (let j = i + 1; j <= n; j++) {
      const piece = s.slice(i, j);
      const known = (j - i <= LONGEST && DICTIONARY.has(piece)) || DIGITS.test(piece);
      const cand: [number, number, number] = known
        ? [cur[0], cur[1] + 1, cur[2]]
        : [cur[0] + (j - i), cur[1] + 1, cur[2] + 1];
      const prev = best[j];
      if (prev === undefined || better(cand, prev)) {
        best[j] = cand;
        back[j] = i;
        knownAt[j] = known;
      }
    }
  }
  const end = best[n];
  if (end === undefined) return undefined;
  const [unknownChars, , unknownPieces] = end;
  if (unknownPieces > 1 || unknownChars / n > 0.3) return undefined;
  const parts: HashtagPart[] = [];
  for (let j = n; j > 0; j = back[j]!) parts.unshift({ text: s.slice(back[j]!, j), known: knownAt[j]! });
  // Several words means at least two pieces with letters, one of them a known word.
  const wordy = parts.filter((p) => !DIGITS.test(p.text));
  if (wordy.length < 2 || !wordy.some((p) => p.known)) return undefined;
  // Ordinary words fall apart into short pieces ("information" → in·for·ma·ti·on, "homeland" →
  // home·l·and); real run-together tags are made of longer words.
  const letters = wordy.reduce((n, p) => n + p.text.length, 0);
  if (letters / wordy.length < MIN_AVERAGE || wordy.some((p) => !p.known && p.text.length < 2))
    return undefined;
  return parts;
}

function better(a: readonly [number, number, number], b: readonly [number, number, number]): boolean {
  if (a[0] !== b[0]) return a[0] < b[0];
  return a[1] < b[1];
}

/** "ukparliament" split as [uk?, parliament] → "UKParliament": short unknown pieces read as acronyms. */
export function toCamelCase(parts: readonly HashtagPart[]): string {
  return parts
    .map((p) =>
      !p.known && p.text.length <= 3
        ? p.text.toUpperCase()
        : p.text.charAt(0).toUpperCase() + p.text.slice(1),
    )
    .join('');
}
