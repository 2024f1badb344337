import type { PostTypeRecogniser } from './types';

/** A petition opened, answered or debated. */
export const petition: PostTypeRecogniser = {
  id: 'petition',
  strong: [
    'petition',
    'petitions',
    'e-petition',
    'petitions committee',
    'pétition',
    'pétitions',
    'signataires',
  ],
  weak: ['signatures', 'signed', 'signatories', 'signé', 'signée'],
};
