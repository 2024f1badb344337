import { PARTISAN_EVALUATIVE, PARTISAN_STRONG, POLITICAL_ACTORS } from '../lexicon/partisan';
import { PhraseMatcher } from '../lexicon/phrase-matcher';
import type { RawFinding, Rule } from '../types';

const STRONG = new PhraseMatcher(PARTISAN_STRONG.map((p) => [p, p] as const));
const EVALUATIVE = new PhraseMatcher(PARTISAN_EVALUATIVE.map((p) => [p, p] as const));
const ACTORS = new PhraseMatcher(POLITICAL_ACTORS.map((p) => [p, p] as const));

/**
 * On an institution's account: wording that attacks, or that praises or blames a party, member or
 * the government. The institution reports what was said and done; it does not take sides (GS-44).
 * Members' own accounts are not checked.
 */
export const partisanLanguage: Rule = {
  id: 'partisan-language',
  check({ account, words, sentences, mentions }) {
    if (account !== 'institution') return [];
    const out: RawFinding[] = [];
    for (const hit of STRONG.match(words)) {
      out.push({
        id: 'partisan-language',
        severity: 'error',
        range: [hit.start, hit.end],
        params: { phrase: hit.value },
      });
    }
    let m = 0;
    for (const s of sentences) {
      const end = s.firstWord + s.words;
      const hits = EVALUATIVE.match(words, s.firstWord, end);
      if (hits.length === 0) continue;
      while (m < mentions.length && mentions[m]!.end <= s.start) m++;
      const namesSomeone =
        (m < mentions.length && mentions[m]!.start < s.end) || ACTORS.any(words, s.firstWord, end);
      if (!namesSomeone) continue;
      for (const hit of hits) {
        out.push({
          id: 'partisan-language',
          severity: 'error',
          range: [hit.start, hit.end],
          params: { phrase: hit.value },
        });
      }
    }
    return out.sort((a, b) => a.range![0] - b.range![0]);
  },
};
