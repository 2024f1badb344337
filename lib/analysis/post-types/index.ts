import type { PostType } from '../../playbook/signals';
import { PhraseMatcher } from '../lexicon/phrase-matcher';
import type { WordToken } from '../text/words';
import type { DraftContext } from '../types';
import { anniversary } from './anniversary';
import { behindTheScenes } from './behind-the-scenes';
import { callForEvidence } from './call-for-evidence';
import { constituency } from './constituency';
import { correction } from './correction';
import { eventVisit } from './event-visit';
import { explainer } from './explainer';
import { international } from './international';
import { liveCoverage } from './live-coverage';
import { performance } from './performance';
import { petition } from './petition';
import { politicalPosition } from './political-position';
import { questionsAnswers } from './questions-answers';
import { recruitment } from './recruitment';
import { reportPublished } from './report-published';
import { serviceNotice } from './service-notice';
import { threadOpener } from './thread-opener';
import { RECOGNISED_AT, STRONG, WEAK, WEAK_ALONE, type PostTypeRecogniser } from './types';
import { voteResult } from './vote-result';
import { weekAhead } from './week-ahead';
import { youthSchools } from './youth-schools';

export type { PostTypeRecogniser } from './types';

/**
 * Every recogniser, one per post type (a test checks the list is complete), the most specific kinds
 * first: when a draft reads equally as two, the narrower one (a petition debate before live
 * coverage, a correction before a vote) is what it is about.
 */
export const RECOGNISERS: readonly PostTypeRecogniser[] = [
  correction,
  petition,
  recruitment,
  callForEvidence,
  threadOpener,
  voteResult,
  reportPublished,
  questionsAnswers,
  serviceNotice,
  international,
  anniversary,
  politicalPosition,
  constituency,
  performance,
  explainer,
  youthSchools,
  eventVisit,
  behindTheScenes,
  weekAhead,
  liveCoverage,
];

/** A kind of post the draft reads as, with the words that show it. */
export interface RecognisedPostType {
  id: PostType;
  /** How strongly the draft reads as this kind (strong phrase = 2, weak = 1). */
  strength: number;
  /** The draft's own words that gave it away, for "why this". */
  evidence: string;
}

/** At most this many kinds: a draft that reads as everything reads as nothing in particular. */
export const MAX_POST_TYPES = 3;

interface Cue {
  type: number;
  weight: number;
}

// One matcher for every phrase of every recogniser: one pass over the draft's words, whatever the
// number of types.
const CUES = new PhraseMatcher<Cue>(
  RECOGNISERS.flatMap((r, type) => [
    ...r.strong.map((p) => [p, { type, weight: STRONG }] as const),
    ...(r.weak ?? []).map((p) => [p, { type, weight: WEAK }] as const),
  ]),
  { stems: true },
);

/**
 * The kinds of post the draft reads as, strongest first. Each distinct phrase counts once, so a
 * draft saying "vote" five times is not a vote result for that alone.
 */
export function recognisePostTypes(
  ctx: DraftContext,
  words: readonly WordToken[] = ctx.words,
): RecognisedPostType[] {
  const score = new Array<number>(RECOGNISERS.length).fill(0);
  const weakHits = new Array<number>(RECOGNISERS.length).fill(0);
  const evidence = new Array<string | undefined>(RECOGNISERS.length);
  const best = new Array<number>(RECOGNISERS.length).fill(0);
  const seen = new Set<string>();
  for (const hit of CUES.match(words)) {
    const phrase = ctx.text.slice(hit.start, hit.end);
    const key = `${hit.value.type}:${phrase.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { type, weight } = hit.value;
    score[type]! += weight;
    if (weight === WEAK) weakHits[type]!++;
    if (weight > best[type]!) {
      best[type] = weight;
      evidence[type] = phrase;
    }
  }
  RECOGNISERS.forEach((r, type) => {
    if (r.detect === undefined) return;
    const found = r.detect(ctx);
    if (found === undefined) return;
    score[type]! += STRONG;
    if (STRONG > best[type]!) {
      best[type] = STRONG;
      evidence[type] = found;
    }
  });
  // Weak words only confirm: without a strong cue it takes three different ones, and only when no
  // kind has a strong cue ("hours of debate" in a year-in-numbers post is not live coverage).
  const anyStrong = best.some((b) => b >= STRONG);
  const out: RecognisedPostType[] = [];
  RECOGNISERS.forEach((r, type) => {
    if (score[type]! < RECOGNISED_AT) return;
    if (best[type]! < STRONG && (anyStrong || weakHits[type]! < WEAK_ALONE)) return;
    if (r.accounts !== undefined && ctx.account !== undefined && !r.accounts.includes(ctx.account)) return;
    out.push({ id: r.id, strength: score[type]!, evidence: evidence[type] ?? '' });
  });
  // Stable order for equal strength: the vocabulary's order, most specific kinds first.
  out.sort((a, b) => b.strength - a.strength);
  return out.slice(0, MAX_POST_TYPES);
}
