import type { PostTypeRecogniser } from './types';

const RISE = /\b\d[\d.,  ]*\s*%|\b\d[\d.,  ]*\s*(?:followers|views|visitors|abonnés|vues|visiteurs)\b/iu;

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
  detect: ({ text }) => RISE.exec(text)?.[0],
};
