import type { PostTypeRecogniser } from './types';

const YEARS_AGO =
  /\b\d{2,4}\s*(?:years?\s+(?:ago|since)|(?:st|nd|rd|th)\s+anniversary|ans\s+(?:déjà|plus tôt|jour pour jour))\b|\bil y a \d{2,4} ans\b/iu;

/** Heritage, centenaries, history and commemorations. */
export const anniversary: PostTypeRecogniser = {
  id: 'anniversary',
  strong: [
    'anniversary',
    'centenary',
    'centennial',
    'bicentenary',
    'on this day',
    'years ago',
    'commemorate',
    'commemoration',
    'anniversaire',
    'centenaire',
    'bicentenaire',
    'commémoration',
    'commémorer',
    'il y a 100 ans',
    'heritage open days',
    'european heritage days',
    'journées européennes du patrimoine',
    'jour pour jour',
  ],
  weak: [
    'history',
    'heritage',
    'memories',
    'archive',
    'archives',
    'histoire',
    'patrimoine',
    'souvenirs',
    'mémoire',
  ],
  detect: ({ text }) => YEARS_AGO.exec(text)?.[0],
};
