/**
 * Words that often make up parliamentary hashtags, in English and French. A lower-case hashtag that
 * splits entirely into these words is several words run together ("#parliamentweek"), which screen
 * readers cannot pronounce; the split also gives the CamelCase suggestion.
 */
export const HASHTAG_WORDS: readonly string[] = (
  'the of and for in on at to a an is my our your their we you it this that day days week weeks month year ' +
  'new open live now today tonight here time first last next big world global national international local ' +
  'parliament parliaments parliamentary house commons lords senate assembly congress chamber council ' +
  'committee committees inquiry debate debates question questions answer vote votes voting voter voters ' +
  'election elections elect ballot poll democracy democratic people public citizen citizens member members ' +
  'mp mps bill bills act law laws budget tax taxes money spending plan policy reform rights right human ' +
  'women woman men youth young children child kids school schools student students education learn learning ' +
  'health care mental wellbeing climate change action energy green environment nature water food farming ' +
  'housing home homes work jobs job economy business digital data online safety safe security defence peace ' +
  'justice equality equal free freedom speech press media news story stories history heritage culture art ' +
  'arts sport sports community communities family families future hope together united nations europe ' +
  'european union africa asia america day international women girls girl boys disability accessible access ' +
  'awareness pride black lives matter remember remembrance memorial veterans armed forces service services ' +
  'transport rail road roads bus city cities town rural region regional state states government opposition ' +
  'minister ministers prime speaker petition petitions consultation engagement participation say have your ' +
  'get involved ask tell us meet visit tour tours event events festival summit conference forum week end ' +
  'weekend morning evening night behind scenes inside story facts fact check science research innovation ' +
  'tech technology ai cyber social network networks trade jobs wage wages pay cost living crisis ' +
  'ukraine gaza covid pandemic recovery water ocean oceans planet earth forest forests ' +
  // Français
  'le la les un une des du de et en au aux pour par sur avec notre nos votre vos jour journée ' +
  'semaine mois année nouveau nouvelle direct aujourd hui ici monde national nationale international ' +
  'internationale parlement parlementaire assemblée sénat chambre conseil commission commissions enquête ' +
  'débat débats question questions gouvernement vote voter élection élections élire scrutin démocratie ' +
  'citoyen citoyenne citoyens citoyennes public publique député députés députée sénateur sénateurs loi lois ' +
  'projet proposition budget finances impôt impôts réforme retraite retraites droit droits homme humain ' +
  'femme femmes jeune jeunes jeunesse enfant enfants école écoles élève élèves éducation santé mentale ' +
  'climat transition énergie écologie environnement nature eau alimentation agriculture logement travail ' +
  'emploi économie entreprise numérique données sécurité défense paix justice égalité liberté presse ' +
  'médias histoire patrimoine culture sport communauté famille avenir ensemble europe afrique fête ' +
  'handicap accessibilité mémoire commémoration soldat soldats service transports ville villes région ' +
  'territoire territoires ministre premier président présidente pétition consultation participation ' +
  'participez visite visites portes ouvertes événement festival sommet forum coulisses science recherche ' +
  'innovation technologie francophonie'
)
  .split(/\s+/)
  .filter((w) => w.length > 0);
