import type { Rule } from '../types';

/** The campaign's language must have less than this share of the evidence for the draft's language. */
const MINORITY = 0.3;

/**
 * The draft is in another language than its campaign. A bilingual draft that also uses the
 * campaign's language is fine.
 */
export const languageMismatch: Rule = {
  id: 'language-mismatch',
  check({ campaign, language }) {
    const wanted = primary(campaign?.language);
    const found = language.lang;
    if (wanted === undefined || found === undefined || found === wanted) return [];
    const evidence = language.scores[found] ?? 0;
    if ((language.scores[wanted] ?? 0) >= evidence * MINORITY) return [];
    return [{ id: 'language-mismatch', severity: 'warning', params: { found, wanted } }];
  },
};

function primary(tag: string | undefined): string | undefined {
  const p = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  return p === undefined || p.length < 2 ? undefined : p;
}
