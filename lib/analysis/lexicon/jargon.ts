/**
 * Parliamentary terms that most readers do not know, with a plain way to say them in the same
 * language. The plain wording is ours; it favours meaning over procedural precision on purpose.
 */
export interface JargonEntry {
  lang: 'en' | 'fr';
  /** Forms to look for, lower case; matched as whole words. */
  terms: readonly string[];
  plain: string;
}

export const JARGON: readonly JargonEntry[] = [
  // English (Westminster and other common-law parliaments)
  { lang: 'en', terms: ['first reading'], plain: 'the bill is published' },
  { lang: 'en', terms: ['second reading'], plain: 'the main debate on the bill' },
  { lang: 'en', terms: ['third reading'], plain: 'the final debate on the bill' },
  { lang: 'en', terms: ['committee stage'], plain: 'the line-by-line check of the bill' },
  { lang: 'en', terms: ['report stage'], plain: 'the last chance to change the bill' },
  {
    lang: 'en',
    terms: ['ping-pong', 'ping pong'],
    plain: 'the bill going back and forth between the two Houses',
  },
  { lang: 'en', terms: ['royal assent'], plain: 'the bill becomes law' },
  {
    lang: 'en',
    terms: ['prorogation', 'prorogue', 'prorogued', 'proroguing'],
    plain: 'the end of the parliamentary session',
  },
  { lang: 'en', terms: ['standing orders', 'standing order'], plain: 'the rules of the House' },
  {
    lang: 'en',
    terms: [
      'division bell',
      'division lobby',
      'division lobbies',
      'division list',
      'called a division',
      'forced a division',
      'force a division',
      'deferred division',
      'in the division',
    ],
    plain: 'a vote',
  },
  {
    lang: 'en',
    terms: ['adjournment debate', 'adjournment debates'],
    plain: 'a short debate at the end of the day',
  },
  {
    lang: 'en',
    terms: ['early day motion', 'early day motions'],
    plain: 'a motion that MPs sign to show support',
  },
  {
    lang: 'en',
    terms: ['ten minute rule bill', 'ten-minute rule bill'],
    plain: "an MP's proposal for a new law",
  },
  {
    lang: 'en',
    terms: [
      "private member's bill",
      "private members' bill",
      'private members bill',
      "private member's bills",
      "private members' bills",
    ],
    plain: 'a bill proposed by an MP who is not a minister',
  },
  {
    lang: 'en',
    terms: ['statutory instrument', 'statutory instruments'],
    plain: 'rules made under an existing law',
  },
  {
    lang: 'en',
    terms: ['delegated legislation', 'secondary legislation'],
    plain: 'rules made by ministers under an existing law',
  },
  {
    lang: 'en',
    terms: ['affirmative procedure', 'negative procedure'],
    plain: 'how Parliament approves rules made by ministers',
  },
  { lang: 'en', terms: ['money resolution'], plain: "approval of the bill's spending" },
  { lang: 'en', terms: ['programme motion', 'program motion'], plain: 'the timetable for the bill' },
  { lang: 'en', terms: ['closure motion', 'cloture'], plain: 'a vote to end the debate' },
  { lang: 'en', terms: ['guillotine motion'], plain: 'a timetable that cuts the debate short' },
  { lang: 'en', terms: ['sub judice'], plain: 'before the courts' },
  { lang: 'en', terms: ['hybrid bill'], plain: 'a bill that affects particular people or places' },
  { lang: 'en', terms: ['erskine may'], plain: 'the guide to parliamentary procedure' },
  { lang: 'en', terms: ['order paper'], plain: "the day's agenda" },
  { lang: 'en', terms: ['hansard'], plain: 'the official record of what was said' },
  { lang: 'en', terms: ['tabled', 'tabling'], plain: 'put forward' },
  { lang: 'en', terms: ['quorum', 'inquorate'], plain: 'the minimum number of members needed' },
  { lang: 'en', terms: ['three-line whip', 'three line whip'], plain: 'a strict party order on how to vote' },
  {
    lang: 'en',
    terms: ['opposition day', 'supply day'],
    plain: 'a day when the opposition chooses the debate',
  },
  { lang: 'en', terms: ['estimates day'], plain: "a debate on the government's spending plans" },
  { lang: 'en', terms: ['consolidated fund'], plain: "the government's main account" },
  { lang: 'en', terms: ['carry-over motion'], plain: 'a vote to keep the bill going into the next session' },
  {
    lang: 'en',
    terms: ['backbencher', 'backbenchers', 'backbench mp', 'backbench mps'],
    plain: 'MPs who are not ministers or spokespeople',
  },
  { lang: 'en', terms: ['frontbencher', 'frontbenchers'], plain: 'ministers and party spokespeople' },
  {
    lang: 'en',
    terms: ['committee of the whole house'],
    plain: 'the whole House checking the bill in detail',
  },
  { lang: 'en', terms: ['humble address'], plain: 'a formal request for documents' },
  { lang: 'en', terms: ['point of order'], plain: 'a question about the rules of debate' },
  { lang: 'en', terms: ['the ayes have it', 'the noes have it'], plain: 'the vote was won' },
  {
    lang: 'en',
    terms: ['laid before parliament', 'laid before the house', 'laid before the assembly'],
    plain: 'published for Parliament to consider',
  },
  { lang: 'en', terms: ['public bill committee'], plain: 'the committee that checks the bill line by line' },
  {
    lang: 'en',
    terms: ['select committee', 'select committees'],
    plain: 'a cross-party committee that checks the government’s work',
  },
  { lang: 'en', terms: ['westminster hall debate'], plain: "a debate in Parliament's second debating room" },
  {
    lang: 'en',
    terms: ['filibuster', 'filibustered', 'talked out'],
    plain: 'debated at length to stop a vote',
  },
  { lang: 'en', terms: ['en bloc'], plain: 'all together' },
  {
    lang: 'en',
    terms: ['dissolution of parliament'],
    plain: 'the end of this Parliament before an election',
  },
  { lang: 'en', terms: ['sitting suspended', 'house suspended'], plain: 'the sitting has paused' },
  // Français (Assemblée nationale, Sénat, parlements francophones)
  { lang: 'fr', terms: ['première lecture'], plain: 'premier examen du texte' },
  {
    lang: 'fr',
    terms: ['deuxième lecture', 'seconde lecture', 'nouvelle lecture'],
    plain: 'nouvel examen du texte',
  },
  { lang: 'fr', terms: ['lecture définitive'], plain: "dernier vote de l'Assemblée sur le texte" },
  {
    lang: 'fr',
    terms: ['navette', 'navette parlementaire'],
    plain: 'allers-retours du texte entre les deux chambres',
  },
  {
    lang: 'fr',
    terms: ['commission mixte paritaire'],
    plain: 'réunion de députés et de sénateurs pour trouver un accord',
  },
  {
    lang: 'fr',
    terms: ['49-3', '49 3', 'article 49 alinéa 3'],
    plain: 'adoption du texte sans vote, sauf motion de censure',
  },
  {
    lang: 'fr',
    terms: ['proposition de loi', 'propositions de loi'],
    plain: 'texte proposé par des parlementaires',
  },
  { lang: 'fr', terms: ['sous-amendement', 'sous-amendements'], plain: "modification d'un amendement" },
  { lang: 'fr', terms: ['irrecevabilité', 'irrecevable', 'irrecevables'], plain: 'refusé avant le débat' },
  { lang: 'fr', terms: ['motion de rejet préalable'], plain: "vote pour rejeter le texte sans l'examiner" },
  { lang: 'fr', terms: ['procédure accélérée'], plain: 'examen plus rapide du texte' },
  { lang: 'fr', terms: ['scrutin public'], plain: 'vote où chaque nom est publié' },
  { lang: 'fr', terms: ['scrutin solennel'], plain: 'vote de tous les députés sur le texte entier' },
  { lang: 'fr', terms: ['conférence des présidents'], plain: 'réunion qui fixe le programme des débats' },
  { lang: 'fr', terms: ['rappel au règlement'], plain: 'intervention sur les règles du débat' },
  {
    lang: 'fr',
    terms: ['adopté conforme', 'adoptée conforme', 'vote conforme'],
    plain: 'adopté sans modification',
  },
  { lang: 'fr', terms: ['saisie au fond', 'saisi au fond'], plain: 'chargée de préparer le texte' },
  {
    lang: 'fr',
    terms: ['cavalier législatif', 'cavaliers législatifs'],
    plain: 'article sans lien avec le texte',
  },
  { lang: 'fr', terms: ['niche parlementaire'], plain: "journée réservée aux textes d'un groupe" },
  { lang: 'fr', terms: ['temps législatif programmé'], plain: 'durée des débats fixée à l’avance' },
  { lang: 'fr', terms: ['discussion générale'], plain: "débat d'ensemble sur le texte" },
  {
    lang: 'fr',
    terms: ['questeur', 'questeurs', 'questure'],
    plain: "élus chargés du budget de l'Assemblée",
  },
  { lang: 'fr', terms: ['jaunes budgétaires', 'bleus budgétaires'], plain: 'annexes du budget' },
  {
    lang: 'fr',
    terms: ['prorogation du parlement', 'prorogation de la session'],
    plain: 'fin de la session parlementaire',
  },
  { lang: 'fr', terms: ['ajournement des travaux'], plain: 'pause des travaux' },
  {
    lang: 'fr',
    terms: ['règlement de l’assemblée', "règlement de l'assemblée", 'règlement du sénat'],
    plain: "règles de fonctionnement de l'Assemblée",
  },
  { lang: 'fr', terms: ['motion de procédure'], plain: 'vote pour arrêter ou reporter le débat' },
];
