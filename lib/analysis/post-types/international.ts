import type { PostTypeRecogniser } from './types';

/** Delegations, foreign visits and international bodies. */
export const international: PostTypeRecogniser = {
  id: 'international',
  strong: [
    'delegation',
    'inter-parliamentary',
    'interparliamentary',
    'ambassador',
    'bilateral',
    'counterparts',
    'council of europe',
    'european parliament',
    'inter-parliamentary union',
    'délégation',
    'interparlementaire',
    'union interparlementaire',
    'ambassadeur',
    'ambassadrice',
    'bilatérale',
    'homologues',
    'conseil de l’europe',
    'parlement européen',
    'assemblée parlementaire',
  ],
  weak: [
    'international',
    'foreign',
    'summit',
    'cooperation',
    'internationale',
    'sommet',
    'coopération',
    'étrangère',
  ],
};
