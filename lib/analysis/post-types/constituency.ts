import type { PostTypeRecogniser } from './types';

/** A member's work in and for their constituency. */
export const constituency: PostTypeRecogniser = {
  id: 'constituency',
  accounts: ['member'],
  strong: [
    'advice surgery',
    'constituency',
    'constituents',
    'my surgery',
    'local residents',
    'local businesses',
    'in my area',
    'circonscription',
    'permanence',
    'habitants',
    'élus locaux',
    'mon territoire',
  ],
  weak: ['surgery', 'local', 'residents', 'community', 'town', 'village', 'commune', 'quartier', 'maire'],
};
