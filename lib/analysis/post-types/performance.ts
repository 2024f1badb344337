import type { PostTypeRecogniser } from './types';

const REACH =
  /\b\d[\d.,\u00a0\u202f]*\s*(?:million\s+|millions?\s+de\s+)?(?:new\s+|nouveaux\s+)?(?:followers|views|abonnés|vues)\b/iu;

/** Figures about the parliament's own work or reach. */
export const performance: PostTypeRecogniser = {
  id: 'performance',
  strong: [
    'in numbers',
    'year in numbers',
    'in figures',
    'record number',
    'our reach',
    'followers',
    'en chiffres',
    'bilan',
    'nombre record',
    'abonnés',
  ],
  weak: ['figures', 'statistics', 'views', 'record', 'chiffres', 'statistiques', 'vues'],
  detect: ({ text }) => REACH.exec(text)?.[0],
};
