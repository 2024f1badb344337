import { PARTISAN_STRONG } from '../lexicon/partisan';
import type { PostTypeRecogniser } from './types';

/** A member's stance, a party line, criticism of opponents. */
export const politicalPosition: PostTypeRecogniser = {
  id: 'political-position',
  strong: [
    'trahi',
    'ont trahi',
    'arrogance',
    'caste',
    'déconnectée',
    'déconnecté',
    'déconnectés',
    ...PARTISAN_STRONG,
    'i will vote',
    'i voted',
    'i will oppose',
    'i oppose',
    'i support',
    'i will fight',
    'we will fight',
    'my party',
    'the government has failed',
    'this government',
    'je voterai',
    'j’ai voté',
    'je m’oppose',
    'je soutiens',
    'je me battrai',
    'mon groupe',
    'ce gouvernement',
  ],
  weak: ['government', 'opposition', 'minister', 'failed', 'gouvernement', 'majorité', 'ministre', 'échec'],
};
