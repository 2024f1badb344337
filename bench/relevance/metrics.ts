/**
 * Relevance measures on the first K items a system shows for a draft, against graded judgments
 * (2 = wanted now, 1 = loosely related, absent = 0). Pure: lists of ids in, numbers out.
 */

export const K = 3;

/** id → grade; ids left out are 0. */
export type Grades = Readonly<Record<string, number>>;

/** One draft's shown items (best first) and its judgments. */
export interface Judged {
  shown: readonly string[];
  grades: Grades;
  /** Ids the judge read; a shown id outside it is counted as unjudged. Omit to skip that count. */
  judgedUniverse?: ReadonlySet<string>;
}

/** What one draft's top K scored. */
export interface DraftScore {
  ndcg: number;
  /** How many of the top K are 2s. */
  twos: number;
  /** How many items were shown in the top K (0..K). */
  shown: number;
  firstIsTwo: boolean;
  /** Shown items the judge never saw. */
  unjudged: number;
}

/** The aggregate over a set of drafts. */
export interface Summary {
  drafts: number;
  /** Mean nDCG@K. */
  ndcg: number;
  /** 2s in the top K slots over K × drafts: an empty slot counts as not a 2. */
  slotShareOfTwos: number;
  /** 2s over items shown; null when nothing at all was shown. */
  shownShareOfTwos: number | null;
  /** Drafts whose first shown item is a 2. */
  firstHits: number;
  /** Drafts shown nothing. */
  empty: number;
  unjudgedShown: number;
}

const gainOf = (grades: Grades, id: string): number => grades[id] ?? 0;

/** Discounted cumulative gain with gain = grade and the log2(rank + 1) discount, rank from 1. */
export function dcg(gains: readonly number[]): number {
  return gains.reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
}

/**
 * nDCG@K against the best order the judgments allow. When the judge found nothing relevant for the
 * draft, showing nothing is the right answer (1) and showing anything is not (0).
 */
export function ndcgAt(shown: readonly string[], grades: Grades, k = K): number {
  const ideal = dcg(
    Object.values(grades)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  const top = shown.slice(0, k);
  if (ideal === 0) return top.length === 0 ? 1 : 0;
  return dcg(top.map((id) => gainOf(grades, id))) / ideal;
}

export function scoreDraft({ shown, grades, judgedUniverse }: Judged, k = K): DraftScore {
  const top = shown.slice(0, k);
  return {
    ndcg: ndcgAt(top, grades, k),
    twos: top.filter((id) => gainOf(grades, id) === 2).length,
    shown: top.length,
    firstIsTwo: top.length > 0 && gainOf(grades, top[0]!) === 2,
    unjudged: judgedUniverse ? top.filter((id) => !judgedUniverse.has(id)).length : 0,
  };
}

export function summarise(scores: readonly DraftScore[], k = K): Summary {
  const n = scores.length;
  const sum = (f: (s: DraftScore) => number): number => scores.reduce((acc, s) => acc + f(s), 0);
  const shown = sum((s) => s.shown);
  return {
    drafts: n,
    ndcg: n === 0 ? 0 : sum((s) => s.ndcg) / n,
    slotShareOfTwos: n === 0 ? 0 : sum((s) => s.twos) / (k * n),
    shownShareOfTwos: shown === 0 ? null : sum((s) => s.twos) / shown,
    firstHits: scores.filter((s) => s.firstIsTwo).length,
    empty: scores.filter((s) => s.shown === 0).length,
    unjudgedShown: sum((s) => s.unjudged),
  };
}
