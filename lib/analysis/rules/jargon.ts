import { JARGON, type JargonEntry } from '../lexicon/jargon';
import { PhraseMatcher } from '../lexicon/phrase-matcher';
import type { SentenceToken } from '../text/sentences';
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

// Right after the term: "second reading (the main debate)", "second reading means…",
// "la navette, c'est-à-dire…". The draft already says what the term means.
const GLOSS_AFTER =
  /^\s*(?:\(|[,–—-]\s*(?:which means|that is|i\.e\.|meaning|c['’]est-à-dire|soit)\b|(?:means|is when|is the stage|signifie|veut dire|désigne)\b)/iu;
// A sentence that asks what the term is: "What does a second reading mean?", "Qu'est-ce que la navette ?"
const ASKS_WHAT =
  /^(?:so,?\s+)?(?:what(?:['’]s| is| are| does| do| happens at)|qu['’]est-ce qu|que (?:signifie|veut dire)|c['’]est quoi)/iu;

/**
 * Procedural terms most readers do not know, each with a plain alternative. A term is reported once,
 * at its first use, however often the draft repeats it (one thing to fix, as for acronyms), and not at
 * all when the draft explains it: that is what the plain-language advice asks for.
 */
export const jargon: Rule = {
  id: 'jargon',
  check({ words, language, text, sentences }) {
    const lang = language.lang;
    const matcher = lang === 'en' ? MATCHERS.en : lang === 'fr' ? MATCHERS.fr : MATCHERS.any;
    const first = new Map<JargonEntry, { start: number; end: number }>();
    const explained = new Set<JargonEntry>();
    // Hits come in text order, so the sentence holding each is found by walking forward once.
    let sentence = 0;
    for (const hit of matcher.match(words)) {
      if (!first.has(hit.value)) first.set(hit.value, hit);
      if (explained.has(hit.value)) continue;
      while (sentence < sentences.length - 1 && sentences[sentence]!.end <= hit.start) sentence++;
      if (isExplained(text, sentences[sentence], hit.start, hit.end)) explained.add(hit.value);
    }
    const out: RawFinding[] = [];
    for (const [entry, hit] of first) {
      if (explained.has(entry)) continue;
      out.push({
        id: 'jargon',
        severity: 'warning',
        range: [hit.start, hit.end],
        params: { term: text.slice(hit.start, hit.end), plain: entry.plain },
      });
    }
    return out;
  },
};

function isExplained(text: string, sentence: SentenceToken | undefined, start: number, end: number): boolean {
  if (GLOSS_AFTER.test(text.slice(end, end + 24))) return true;
  if (!sentence || sentence.start > start || !endsWithQuestionMark(text, sentence)) return false;
  // The question words open the sentence, so its first few words are enough (drafts can be huge).
  return ASKS_WHAT.test(text.slice(sentence.start, Math.min(start, sentence.start + 32)));
}

function endsWithQuestionMark(text: string, sentence: SentenceToken): boolean {
  let i = sentence.end - 1;
  while (i > sentence.start && /\s/u.test(text[i]!)) i--;
  return text[i] === '?' || text[i] === '？';
}
