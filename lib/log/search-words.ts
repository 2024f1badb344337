/**
 * Words for the text search index. Search matches entries whose text has, for every word typed, a word
 * that starts with it ("budg" finds "Budget"), ignoring case and accents ("debat" finds "débat"). Words
 * come from the text only; hashtags and mentions count without their # or @.
 */

/** At most this many distinct words per entry are indexed; posts are short, this guards pasted essays. */
export const MAX_INDEXED_WORDS = 400;

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case, accents removed, compatibility forms folded (so 𝐛𝐨𝐥𝐝 letters match plain ones). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The distinct searchable words of `text`, in order of first appearance. */
export function searchWords(text: string): string[] {
  const seen = new Set<string>();
  for (const match of foldText(text).matchAll(WORD)) {
    seen.add(match[0]);
    if (seen.size >= MAX_INDEXED_WORDS) break;
  }
  return [...seen];
}

/** The words of a search box's query, each one a prefix to look up. */
export function queryWords(query: string): string[] {
  return searchWords(query);
}
