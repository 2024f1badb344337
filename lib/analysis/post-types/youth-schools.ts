import type { PostTypeRecogniser } from './types';

/** Young people, schools and youth parliaments. */
export const youthSchools: PostTypeRecogniser = {
  id: 'youth-schools',
  strong: [
    'young people',
    'youth parliament',
    'pupils',
    'schools',
    'school',
    'students',
    'teachers',
    'classroom',
    'under-18s',
    'jeunes',
    'parlement des jeunes',
    'parlement des enfants',
    'élèves',
    'écoles',
    'école',
    'lycéens',
    'lycéennes',
    'collégiens',
    'étudiants',
    'enseignants',
  ],
  weak: ['youth', 'young', 'class', 'learn', 'jeunesse', 'classe', 'apprendre'],
};
