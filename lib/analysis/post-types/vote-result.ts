import type { PostTypeRecogniser } from './types';

const TALLY = /\b\d{1,3}\s*(?:votes?\s*)?(?:to|against|voix\s+contre|contre)\s*\d{1,3}\b/iu;

/** A vote and its outcome: a bill passed or rejected, an amendment decided. */
export const voteResult: PostTypeRecogniser = {
  id: 'vote-result',
  strong: [
    'vote result',
    'result of the vote',
    'ayes',
    'noes',
    'was passed',
    'has passed',
    'approved the bill',
    'adopted',
    'rejected',
    'third reading',
    'division',
    'adopté',
    'adoptée',
    'adoptés',
    'rejeté',
    'rejetée',
    'voix pour',
    'voix contre',
    'scrutin public',
    'vote solennel',
    'texte adopté',
  ],
  weak: [
    'voted',
    'a voté',
    'ont voté',
    'passes',
    'vote',
    'votes',
    'amendment',
    'amendments',
    'amendement',
    'amendements',
  ],
  detect: ({ text }) => TALLY.exec(text)?.[0],
};
