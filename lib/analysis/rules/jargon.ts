import { JARGON, type JargonEntry } from '../lexicon/jargon';
import { PhraseMatcher } from '../lexicon/phrase-matcher';
import type { RawFinding, Rule } from '../types';

function matcherFor(lang: 'en' | 'fr' | undefined): PhraseMatcher<JargonEntry> {
  return new PhraseMatcher(
    JARGON.filter((e) => lang === undefined || e.lang === lang).flatMap((e) =>
      e.terms.map((t) => [t, e] as const),
    ),
  );
}

// Built once at load: the lexicon never changes.
const MATCHERS = { en: matcherFor('en'), fr: matcherFor('fr'), any: matcherFor(undefined) };

/** Procedural terms most readers do not know, each with a plain alternative. */
export const jargon: Rule = {
  id: 'jargon',
  check({ words, language, text }) {
    const lang = language.lang;
    const matcher = lang === 'en' ? MATCHERS.en : lang === 'fr' ? MATCHERS.fr : MATCHERS.any;
    const out: RawFinding[] = [];
    for (const hit of matcher.match(words)) {
      out.push({
        id: 'jargon',
        severity: 'warning',
        range: [hit.start, hit.end],
        params: { term: text.slice(hit.start, hit.end), plain: hit.value.plain },
      });
    }
    return out;
  },
};
