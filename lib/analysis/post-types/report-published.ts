import type { PostTypeRecogniser } from './types';

/** A report, study or set of recommendations made public. */
export const reportPublished: PostTypeRecogniser = {
  id: 'report-published',
  strong: [
    'the report',
    'its report',
    'this report',
    'son rapport',
    'ce rapport',
    'report published',
    'publishes its report',
    'published its report',
    'publishes report',
    'new report',
    'our report',
    'today’s report',
    'report out today',
    'report finds',
    'recommendations',
    'annual report',
    'rapport publié',
    'publie son rapport',
    'a publié son rapport',
    'nouveau rapport',
    'notre rapport',
    'le rapport',
    'recommandations',
    'rapport annuel',
    'rapport d’information',
  ],
  weak: ['findings', 'published', 'conclusions', 'publie', 'publié', 'constats'],
};
