import type { PostTypeRecogniser } from './types';

/** "LIVE:", "🔴 EN DIRECT |": the label broadcasters open a live post with. */
const LIVE_LABEL = /^\s*(?:🔴\s*)?(live|en direct)\s*[:|–-]/iu;

/** A sitting, debate or hearing followed as it happens. */
export const liveCoverage: PostTypeRecogniser = {
  id: 'live-coverage',
  detect: ({ text }) => LIVE_LABEL.exec(text)?.[1],
  strong: [
    'follow the debate',
    'suivez le débat',
    'suivez les débats',
    'watch live',
    'live now',
    'happening now',
    'now in the chamber',
    'in the chamber now',
    'follow live',
    'live from',
    'live blog',
    'under way',
    'underway',
    'is speaking now',
    'now speaking',
    'debate continues',
    'en direct',
    'suivez en direct',
    'en ce moment',
    'séance en cours',
    'débat en cours',
    'actuellement dans l’hémicycle',
    'actuellement en séance',
    'a la parole',
  ],
  weak: [
    'livestream',
    'live stream',
    'live',
    'now',
    'sitting',
    'debate',
    'question time',
    'hearing',
    'chamber',
    'hémicycle',
    'séance',
    'débat',
    'questions au gouvernement',
    'audition',
  ],
};
