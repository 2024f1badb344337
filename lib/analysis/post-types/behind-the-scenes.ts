import type { PostTypeRecogniser } from './types';

/** The people and places of parliament's daily work. */
export const behindTheScenes: PostTypeRecogniser = {
  id: 'behind-the-scenes',
  strong: [
    'behind the scenes',
    'meet the team',
    'meet our',
    'a day in the life',
    'our staff',
    'who works',
    'doorkeepers',
    'clerks',
    'hansard reporters',
    'coulisses',
    'dans les coulisses',
    'les métiers',
    'nos agents',
    'rencontrez',
    'huissiers',
  ],
  weak: ['team', 'staff', 'clerk', 'library', 'restoration', 'équipe', 'agents', 'métier', 'bibliothèque'],
};
