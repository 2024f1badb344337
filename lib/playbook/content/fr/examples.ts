import type { ExampleText } from '../../schema';

/**
 * Textes français des exemples d'études de cas (métadonnées dans content/examples/*.ts). Rédigés avec nos
 * propres mots à partir des faits cités ; quand une source ne donne pas de résultat, le texte le dit.
 */
export default {
  // ── Danemark, Folketing ───────────────────────────────────────────────────────────────────────────
  'dk-facebook-page-launch-video': {
    title: 'Lancer la page Facebook du Folketing par une vidéo du président',
    what: 'Le Folketing a ouvert une page Facebook officielle et l’a présentée dans une vidéo YouTube de son président d’alors, Mogens Lykketoft. Il la comparait à l’ancienne maison commune du village, le café en moins : un lieu pour débattre entre citoyens et avec les élus. Les premiers contenus retraçaient les grandes dates de la démocratie danoise et listaient les comptes des députés.',
    outcome:
      'La source, un article non daté, ne donne ni nombre d’abonnés ni chiffres d’interaction. Elle indique seulement qu’environ trois millions de Danois utilisaient alors Facebook.',
    lesson:
      'Donnez un visage et une raison d’être à un nouveau compte. Une courte vidéo du président expliquant à quoi sert la page cadre mieux les attentes qu’une première publication sèche.',
  },
  'dk-skolevalg-election-night-stream': {
    title: 'Diffuser une soirée électorale scolaire sur deux pages Facebook (Skolevalg 2019)',
    what: 'Skolevalg est une élection législative fictive pour les élèves de la 8e à la 10e année, organisée depuis 2015 par le Folketing, le ministère de l’Éducation et le Conseil danois de la jeunesse. La soirée des résultats 2019, tenue dans la salle du Landsting, a été diffusée sur la chaîne TV du Folketing, sur ft.dk et sur deux pages Facebook : celle de l’événement et celle du Folketing.',
    outcome:
      'Chaque édition réunit environ 80 000 élèves de 750 à 800 écoles. Les organisateurs citent une étude de l’université de Copenhague selon laquelle la participation renforçait la confiance en soi des élèves en matière politique. Aucun chiffre d’audience du direct n’est donné.',
    lesson:
      'Les élèves participants suivent peut-être la page de l’événement plutôt que celle du parlement. Diffusez aussi sur la page de l’événement, pour que le direct puisse toucher les deux publics.',
  },
  'dk-borgen-backstage-podcast': {
    title: 'Un podcast transpartisan, avec une clochette contre la langue de bois (Borgen Backstage)',
    what: 'Borgen Backstage (octobre 2021) : un podcast de 10 épisodes commandé par le Folketing, animé par un ancien présentateur de DR. Chaque épisode réunissait deux députés de partis différents sur un thème (la négociation, les élus sur les réseaux…), et l’animateur avait une clochette contre les éléments de langage. Vingt députés y ont participé, pour un budget d’environ 200 000 couronnes.',
    outcome:
      'Un tabloïd l’a attaqué comme une tribune complaisante payée par le contribuable ; un critique de Politiken l’a repéré dans les classements de podcasts et l’a jugé instructif. Aucun chiffre d’écoute n’est donné.',
    lesson:
      'Associer des élus de partis différents, avec une règle visible contre les petites phrases, aide à garder un contenu institutionnel impartial. Attendez-vous à devoir justifier le coût.',
  },
  'dk-sign-language-debates': {
    title: 'Les grands débats en langue des signes en direct, avec des interprètes sourds',
    what: 'Depuis octobre 2015, en commençant par le débat budgétaire, le Folketing fait interpréter en direct en langue des signes ses principaux débats en séance sur sa chaîne TV et sa web-TV, dont les débats d’ouverture et de clôture. Le dispositif a été convenu avec l’Association danoise des sourds.',
    outcome:
      'Pour le débat de clôture de 2017, dix interprètes étaient prévus pour se relayer toutes les 15 minutes. Quatre étaient sourds, chacun guidé hors champ par un collègue entendant, car les usagers sourds jugent les signeurs natifs plus faciles à suivre.',
    lesson:
      'Demandez aux personnes concernées comment un service d’accessibilité doit fonctionner. Quand vous extrayez ces débats pour les réseaux, gardez l’interprète à l’image et ajoutez des sous-titres.',
  },
  'dk-speech-linked-video-archive': {
    title: 'Chaque intervention retrouvable en vidéo : l’archive derrière les extraits rapides',
    what: 'La chaîne TV du Folketing émet tous les jours de l’année : toutes les séances plénières en intégralité, ainsi que les auditions publiques de ministres et de commissions. La web-TV ajoute quatre canaux en direct, la vidéo à la demande remonte à la session 2010-2011, et chaque enregistrement est relié à l’intervention dans le compte rendu écrit.',
    outcome:
      'Le manuel parlementaire qui décrit ce dispositif ne donne pas de chiffres d’usage. Il montre l’essentiel : toute intervention peut être retrouvée et découpée.',
    lesson:
      'Des extraits rapides et exacts supposent une vidéo reliée au compte rendu officiel. Si ce n’est pas le cas chez vous, demandez ce lien avant de promettre une couverture réactive des débats.',
  },
  'dk-street-view-tour': {
    title: 'Ouvrir le bâtiment à Google Street View, après contrôle de sécurité',
    what: 'Sous la présidence de Mogens Lykketoft (2011-2015), le Folketing a ouvert ses locaux à Google Street View. La visite virtuelle comprend la tribune de l’hémicycle, les salles des groupes parlementaires et les portraits des Premiers ministres. Le service de sécurité a validé les images au préalable.',
    outcome:
      'Selon la source, le Folketing était le cinquième parlement au monde à le faire. Elle ne donne aucun chiffre de fréquentation de la visite.',
    lesson:
      'Les lieux que le public ne voit jamais font des contenus forts. Faites valider par la sécurité les images de zones réservées avant publication, pas après.',
  },
  'dk-tiktok-work-devices': {
    title: 'Recommander à tous de retirer TikTok des téléphones professionnels (2023)',
    what: 'Le 28 février 2023, après une alerte du Centre national de cybersécurité sur l’espionnage, chaque député et chaque agent de l’administration et des secrétariats de partis a reçu un courriel recommandant fortement de retirer TikTok des appareils professionnels. Le président a indiqué que le Folketing suivait la ligne fixée pour les organismes de l’État.',
    outcome:
      'Certains députés et partis, comme Liberal Alliance et un député conservateur, ont continué à publier sur TikTok depuis des téléphones personnels distincts.',
    lesson:
      'Les règles sur les appareils et la présence sur une plateforme sont deux décisions distinctes. Quand un avis de sécurité change, dites tout de suite aux élus et aux équipes ce que cela implique pour leurs comptes.',
  },
  'dk-open-house-calendar': {
    title: 'Bâtir le calendrier éditorial autour des rendez-vous portes ouvertes',
    what: 'L’année du Folketing compte des rendez-vous fixes : la Nuit de la culture de Copenhague en octobre (environ 15 000 visiteurs), une Journée de la citoyenneté avec des députés pour les nouveaux citoyens depuis 2006, un Parlement des jeunes tous les deux ans, et sa propre tente au festival Folkemødet, où le programme de juin 2025 s’ouvrait sur une intervention du président.',
    outcome:
      'Pour le Parlement des jeunes 2025, les classes ont envoyé leurs idées de loi avant le 15 novembre 2024 ; 60 ont été retenues pour une journée au Folketing le 27 janvier 2025. Les sources ne disent pas comment ces moments ont été couverts en ligne.',
    lesson:
      'Inscrivez les événements récurrents au calendrier éditorial un an à l’avance. Chacun apporte une date, un lieu et des personnes à filmer : l’essentiel d’une campagne.',
  },
  'dk-dit-demokrati-explainer-films': {
    title: 'Une série de courts films pédagogiques pour les cours d’éducation civique (Dit Demokrati)',
    what: 'Le Folketing a réalisé 22 courts films pédagogiques sur la démocratie, son propre travail et l’Union européenne, destinés aux cours d’éducation civique des 8e et 9e années. Chaque film s’accompagne d’exercices pour les élèves et de notes pour les enseignants.',
    outcome: 'La source décrit la série ; elle ne donne ni chiffres de visionnage ni évaluation.',
    lesson:
      'Une série de courtes vidéos explicatives garde sa valeur des années. Republiez un film, ou un extrait, chaque fois que son sujet revient dans l’actualité.',
  },
  'dk-borgen-public-curiosity': {
    title: 'Quand une série télévisée envoie les spectateurs vers le vrai parlement (Borgen)',
    what: 'Folketingets Oplysning, le service d’information du public du Folketing, répond chaque semaine à des centaines de questions par téléphone, chat et courriel. Après la série Borgen de DR, beaucoup de gens lui ont demandé la référence exacte de la peinture du couloir rouge du Folketing.',
    outcome:
      'Le service n’a pas pu répondre : les peintres avaient mélangé la teinte sur place. L’anecdote laisse penser que la culture populaire peut éveiller la curiosité pour le parlement.',
    lesson:
      'Repérez les séries, films et actualités qui mettent en lumière votre bâtiment ou vos procédures, et préparez une réponse ou une publication pour la curiosité qu’ils suscitent.',
  },

  // ── Finlande, Eduskunta ───────────────────────────────────────────────────────────────────────────
  'fi-facebook-page-house-rules': {
    title: 'Une page Facebook qui annonce ce qu’elle fait et ne fait pas (Eduskunta – Riksdagen)',
    what: 'La page Facebook du Parlement, à l’intitulé finnois et suédois (Eduskunta – Riksdagen), est tenue par son service d’information. Elle dit s’efforcer de répondre vite aux questions générales et courtes, ne pas traiter les demandes d’information approfondies et ne pas prendre position sur le contenu des lois. Les messages destinés aux députés doivent leur être envoyés par courriel.',
    outcome:
      'Les commentaires doivent être pertinents et courtois, sans liens, images ni vidéos ; leurs auteurs en sont responsables, et ils peuvent être masqués ou supprimés. Aucun chiffre de modération n’est donné.',
    lesson:
      'Affichez la mission de la page et ses règles de commentaire là où chacun peut les lire. Quand vous masquez un commentaire ou refusez une demande, vous pouvez renvoyer à des règles publiées d’avance.',
  },
  'fi-youth-parliament-youth-newsroom': {
    title: 'Confier le communiqué à une rédaction de jeunes (Parlement des jeunes 2024)',
    what: 'Le Parlement des jeunes du 12 avril 2024 a réuni environ 330 jeunes et 150 enseignants ; lors d’une séance « Poliitikko nonstop », de jeunes reporters ont interrogé des députés. Le Parlement a publié un communiqué rédigé par la rédaction jeunesse Nuorten Ääni et mis les photos de la journée sur son compte Flickr.',
    outcome:
      'La séance des élèves a voté sur trois questions, dont l’interdiction de la cigarette électronique aux moins de 18 ans et la limitation de la mode éphémère au niveau européen. La source ne donne pas de chiffres de portée ou d’interaction.',
    lesson:
      'Les jeunes participants peuvent être coauteurs, pas seulement sujets. Les contenus qu’ils écrivent vous donnent une voix que l’institution ne saurait produire elle-même.',
  },
  'fi-youth-parliament-live': {
    title: 'Diffuser les questions au gouvernement posées par des élèves dans l’hémicycle',
    what: 'Depuis 1998, le Parlement des jeunes, organisé avec le centre Opinkirjo, aboutit tous les deux ans à une séance dans l’hémicycle : 199 élèves prennent la place des députés pour une heure de questions orales aux ministres, sous la conduite du président de l’Eduskunta. En 2014, l’échange des jeunes reporters avec des députés a été diffusé en ligne, et la séance à la télévision et sur internet.',
    outcome:
      'L’édition 2014 a réuni des élèves d’environ 120 écoles, avec pour invité le président du Parlement européen, Martin Schulz. En 2022, l’événement s’est tenu à distance, ouvert par le président Matti Vanhanen.',
    lesson:
      'Un format connu, avec des jeunes dans les vrais sièges, fait un direct fort. Préparez une version à distance pour que l’événement survive si les déplacements deviennent impossibles.',
  },
  'fi-memory-campaign-lesson': {
    title: 'Une collecte de souvenirs décevante, et assumée (Minun eduskuntani – Min riksdag)',
    what: 'En 2016, le Parlement et les archives de la Société de littérature finnoise ont invité le public à partager ses souvenirs du Parlement, sous un titre en finnois et en suédois. Les meilleurs extraits ont ensuite été publiés sur le site du Parlement tout au long de 2017.',
    outcome:
      'Environ 70 personnes ont envoyé quelque 220 pages, alors que les organisateurs espéraient des centaines de contributeurs. Ils ont parlé de déception, en cause la conduite et la promotion de la campagne, et un sujet que l’on tient pour acquis.',
    lesson:
      'Fixez un objectif avant un appel à contributions et préparez sa promotion aussi soigneusement que l’appel. En cas d’échec, un bilan franc instruit davantage les collègues que le silence.',
  },
  'fi-tiktok-three-steps': {
    title: 'TikTok sur les appareils professionnels : des consignes au blocage en trois étapes',
    what: 'L’Eduskunta a diffusé des consignes sur TikTok aux députés et aux agents en 2022. En mars 2023, son responsable informatique jugeait une interdiction impossible, les réseaux sociaux étant au cœur du travail des députés avant les élections. En février 2024, après une nouvelle analyse des risques, le Parlement a demandé de retirer TikTok de ses appareils et en a bloqué l’installation dès mars.',
    outcome:
      'La règle, déjà appliquée aux agents et aux assistants, s’est étendue aux téléphones professionnels des députés, qui pouvaient toujours publier depuis leurs propres appareils. L’administration a précisé qu’aucune menace aiguë n’en était la cause et que le calendrier suivait l’élection présidentielle.',
    lesson:
      'Réexaminez régulièrement les risques d’une plateforme et expliquez chaque étape. Distinguez clairement ce qui est exclu des appareils officiels et ce que les élus peuvent publier ailleurs.',
  },
  'fi-comms-department-reorganised': {
    title: 'Sortir des silos avec un responsable de la communication à plein temps (2021)',
    what: 'L’information parlementaire (Eduskuntatiedotus) conseille en communication et gère la communication médias, web, citoyens et interne, au sein d’un département qui comprend aussi le service d’information interne et la bibliothèque. En 2021, le Conseil du président a proposé de réorganiser ce département au 1er janvier 2022, sous un responsable à plein temps.',
    outcome:
      'Motif avancé : le département était jusque-là dirigé à temps partiel par le chef de l’une de ses unités, et les unités travaillaient en silos. La source est la proposition elle-même et ne rend pas compte des résultats.',
    lesson:
      'Quand presse, web, réseaux sociaux et bibliothèque travaillent chacun de leur côté, le public peut entendre plusieurs voix. Donnez à une personne le temps et le mandat d’en faire une seule.',
  },
  'fi-live-stream-subtitles': {
    title: 'Langue des signes mais pas de sous-titres : une lacune des questions au gouvernement',
    what: 'Depuis l’automne 2008, l’Eduskunta diffuse ses séances en direct sur internet grâce à cinq caméras dans l’hémicycle, et la télévision publique Yle retransmet les plus importantes. En 2018, les questions au gouvernement télévisées étaient interprétées en langue des signes, mais pas sous-titrées.',
    outcome:
      'En septembre 2018, un député a demandé le sous-titrage en direct des questions au gouvernement, des interpellations et des déclarations du Premier ministre, pour les personnes âgées et malentendantes. La source ne dit pas s’il a été mis en place.',
    lesson:
      'La langue des signes ne remplace pas les sous-titres : le député les demandait pour les personnes âgées et malentendantes. Sous-titrez les extraits de séance avant de les publier.',
  },
  'fi-centenary-school-visits': {
    title: 'Une année du centenaire rythmée par des visites de députés (Finlande 100)',
    what: 'Pour le centenaire de la Finlande en 2017, le Parlement a organisé plus de 70 événements. En janvier, les députés ont effectué près de 600 visites d’écoles, puis en août environ 200 visites de crèches. L’année s’est close par une séance solennelle le 5 décembre 2017.',
    outcome:
      'Les deux programmes de visites ont dépassé les attentes et devaient être reconduits. La source ne décrit pas leur couverture sur les réseaux sociaux.',
    lesson:
      'Un anniversaire peut porter un programme sur toute une année. Des visites d’élus dans les écoles et les crèches fournissent un flux régulier d’histoires locales à partager.',
  },

  // ── Slovénie, Assemblée nationale ─────────────────────────────────────────────────────────────────
  'si-instagram-launch-anniversary': {
    title: 'Lancer Instagram à la minute près des 60 ans du bâtiment',
    what: 'L’Assemblée nationale a ouvert son compte Instagram le 19 février 2019 à 11 h, soixante ans à la minute près après l’inauguration de son bâtiment. Le cabinet du président l’avait voulu, mais le compte est tenu par le service des relations publiques, non par les partis. Contenus prévus : le bâtiment et son patrimoine, les anniversaires, les visites, les cérémonies et les coulisses.',
    outcome:
      'Aucun chiffre d’abonnés ou d’interaction n’a été trouvé. Interrogée sur d’autres réseaux, l’Assemblée a répondu que le public en serait informé le moment venu.',
    lesson:
      'Associez un lancement à une date qui a du sens, et décidez dès le premier jour qui tient le compte : des agents plutôt que des groupes politiques aux commandes aident à garder un canal institutionnel neutre.',
  },
  'si-x-account-tagged-in-attacks': {
    title: 'Quand des messages partisans mentionnent le compte X de l’Assemblée',
    what: 'Le compte X de l’Assemblée nationale, @Drzavnizbor, est régulièrement mentionné dans des attaques partisanes. En octobre 2025, par exemple, un groupe parlementaire d’opposition l’a identifié dans un message critiquant la présidente de l’Assemblée.',
    outcome:
      'La source ne dit pas comment le compte a réagi. Un cas voisin montre le risque inverse : en 2022, le profil officiel du gouvernement slovène a été critiqué pour avoir servi à la propagande partisane.',
    lesson:
      'Être mentionné n’oblige pas à prendre parti. Décidez d’avance à quelles mentions vous répondez (faits de procédure) et lesquelles vous laissez (querelles politiques).',
  },
  'si-school-visits-row': {
    title: 'Répondre à une polémique sur les visites scolaires par des faits, pas des opinions',
    what: 'En 2024, les visites scolaires organisées de l’Assemblée nationale ont été regroupées le lundi, en quatre créneaux de deux groupes de 45 minutes. En octobre, une députée de la majorité gouvernementale a écrit sur X que certains députés n’aimaient pas être observés par les visiteurs, et la presse s’en est emparée.',
    outcome:
      'Le service des relations publiques a indiqué aux journalistes que des visites ont aussi lieu d’autres jours pour les délégations et les invités, et que les journées portes ouvertes du samedi attirent beaucoup d’écoles. Le bureau du président avait examiné ces modalités en septembre 2024.',
    lesson:
      'Quand un message d’élu entraîne l’administration dans une polémique, répondez par des faits vérifiables sur le service et laissez les affirmations politiques aux responsables politiques.',
  },
  'si-open-day-behind-the-scenes': {
    title: 'Des portes ouvertes qui montrent ce que personne ne voit du parlement',
    what: 'Chaque mois d’octobre, pour la Journée de l’Assemblée nationale, des portes ouvertes dévoilent des espaces habituellement fermés au public : le studio audiovisuel, la bibliothèque, l’imprimerie, le bureau central. On y apprend comment circule le courrier et qui entend chaque mot prononcé en séance ; des classes y simulent une procédure législative préparée avec les supports de l’Assemblée.',
    outcome:
      'En ouvrant la journée 2024, la vice-présidente a indiqué qu’environ 9 000 personnes visitent l’Assemblée chaque année. Les sources ne disent pas comment la journée a été couverte en ligne.',
    lesson:
      'Les métiers de l’ombre, comme ceux qui traitent le courrier ou entendent chaque mot, répondent à des questions que le public ne savait pas se poser. Ils se prêtent bien à de courtes séries photo ou vidéo.',
  },
  'si-parlameter-reuse-cut-off': {
    title: 'Une refonte du site qui a coupé un partenaire de la société civile (Parlameter)',
    what: 'Parlameter, un outil de la société civile, republie les comptes rendus de séance de l’Assemblée nationale et transforme les interventions des députés en cartes à partager. Pendant la refonte du site de l’Assemblée, il a dû cesser ses mises à jour, faute de données lisibles par machine.',
    outcome: 'La source constate l’interruption ; elle n’en précise pas la durée.',
    lesson:
      'D’autres diffusent vos contenus. Avant de modifier le site ou ses flux de données, recensez qui les réutilise et assurez la continuité pendant la transition.',
  },
  'si-first-remote-sitting': {
    title: 'Tenir la première séance à distance depuis l’indépendance (2020)',
    what: 'En novembre 2020, l’Assemblée nationale a tenu sa première séance à distance depuis l’indépendance : les députés ont participé et voté par visioconférence. Le système a coûté environ 36 000 euros, et le président l’a qualifié de meilleur au monde.',
    outcome:
      'La séance s’est tenue par visioconférence. La source ne décrit pas comment elle a été expliquée au public en ligne.',
    lesson:
      'Une nouvelle façon de siéger est une information en soi. Montrez comment elle fonctionne, qui participe et comment on vote, pour que le public fasse confiance aux décisions prises ainsi.',
  },
  'si-sign-language-requests': {
    title: 'Une demande ancienne de langue des signes pour les retransmissions parlementaires',
    what: 'En 2007, un député a demandé que les retransmissions en direct des séances soient interprétées en langue des signes slovène, en invoquant les plaintes de téléspectateurs sourds et la position du Médiateur. En 2019, la commission constitutionnelle a examiné une proposition, portée par l’association des sourds, de droit constitutionnel à la langue des signes slovène.',
    outcome:
      'Les sources rapportent la demande et la proposition. Elles ne disent pas quelle interprétation accompagne aujourd’hui les retransmissions de l’Assemblée.',
    lesson:
      'Les demandes d’accessibilité reviennent tant qu’elles ne sont pas satisfaites. Vérifiez ce que vos vidéos, et les extraits que vous publiez, offrent aux personnes sourdes, et annoncez ce qui est prévu.',
  },

  // ── Suède, Riksdag ────────────────────────────────────────────────────────────────────────────────
  'se-speaker-instagram-qa': {
    title: 'Des questions au président sur Instagram, bien plus nombreuses que prévu',
    what: 'Le 13 mai 2020, le président Andreas Norlén a ouvert son compte Instagram aux questions du public. Le Riksdag a ensuite publié une sélection de questions et réponses sur riksdagen.se, du fonctionnement du Riksdag pendant la pandémie à Star Trek.',
    outcome:
      'La participation a largement dépassé les attentes : seul un tiers environ des auteurs de questions a pu obtenir une réponse.',
    lesson:
      'Prévoyez plus de questions que vous n’en attendez : fixez une durée, dites comment les questions seront choisies et publiez une synthèse pour ceux restés sans réponse.',
  },
  'se-fira-demokratin-centenary': {
    title: 'Un centenaire de la démocratie sur quatre ans, sur place, en ligne et sur les réseaux',
    what: 'De 2018 à 2022, sous le nom Fira demokratin!, le Riksdag a célébré le centenaire des décisions sur le suffrage universel et égal, dans ses murs, dans toute la Suède, sur son site et sur les réseaux sociaux. L’ouverture a eu lieu le 17 décembre 2018, cent ans jour pour jour après les premiers accords, avec une exposition en plein air dans la vieille ville de Stockholm.',
    outcome:
      'Le programme comprenait des expositions itinérantes, une exposition d’affiches téléchargeable, des ressources scolaires et un mini-site avec films et frise depuis 1809 ; un séminaire de 2021 a été retransmis en ligne. Aucun chiffre de portée n’a été trouvé.',
    lesson:
      'Un anniversaire sur plusieurs années permet de planifier loin autour d’un même thème. Donnez à chaque année son jalon pour que la campagne garde toujours une actualité.',
  },
  'se-almedalen-event-hashtag': {
    title: 'Un seul hashtag pour suivre une semaine de festival sur Twitter (Almedalen 2018)',
    what: 'Lors de la semaine politique d’Almedalen à Visby (2-5 juillet 2018), le stand du Riksdag proposait des selfies avec des députés de l’époque du suffrage, un quiz, un jeu sur le droit de vote et un puzzle de la démocratie, ainsi que quatre séminaires, dont un sur la démocratie face aux réseaux sociaux. Toutes ses activités étaient regroupées sur Twitter sous #duochdemokrati.',
    outcome: 'La source annonce le programme ; elle ne dit rien des résultats du hashtag.',
    lesson:
      'Donnez à un événement de plusieurs jours un hashtag court et dédié dès le départ, et utilisez-le sur chaque publication, pour que tout le programme se suive au même endroit.',
  },
  'se-almedalen-seminars-on-web-tv': {
    title: 'Enregistrer les séminaires d’un festival pour ceux qui n’y étaient pas',
    what: 'À Almedalen en 2019, le président a ouvert la semaine et les séminaires du Riksdag, dont l’un demandait si la démocratie est menacée, ont été mis en ligne sur sa web-TV. En 2023, le Riksdag y a inauguré une exposition d’affiches sur ses 500 ans d’histoire et proposé une séance de questions intitulée « Que fait au juste un président ? ».',
    outcome: 'Les sources décrivent les programmes mais ne donnent pas de chiffres de visionnage.',
    lesson:
      'Un séminaire vu seulement par le public présent peut en toucher bien plus en vidéo. Enregistrez-le, publiez-le la même semaine et découpez de courts extraits, une question chacun.',
  },
  'se-youth-riksdag-live-blog': {
    title: 'Couvrir une journée de parlement des jeunes dans un blog en direct horodaté',
    what: 'Lors du dixième Parlement des jeunes (Ungdomens riksdag), le 29 janvier 2018, 349 lycéens de 59 établissements ont rédigé des propositions, siégé dans 21 commissions temporaires présidées chacune par un député avec un fonctionnaire du Riksdag, puis débattu dans l’hémicycle. riksdagen.se a couvert la journée dans un blog en direct aux billets horodatés.',
    outcome: 'La source décrit le format ; elle ne donne pas de chiffres de lecture.',
    lesson:
      'Un blog en direct donne à une longue journée un fil unique vers lequel chaque publication peut renvoyer. Ses mises à jour horodatées alimentent aussi un fil ou des stories.',
  },
  'se-what-the-riksdag-broadcasts': {
    title: 'Ce que le Riksdag retransmet, et ce qu’il laisse aux partis',
    what: 'Le Riksdag retransmet en direct toute l’activité de l’hémicycle, les réunions publiques de commission et les conférences de presse convoquées dans son centre de presse par le président, une commission ou l’administration. Celles des partis ou des députés ne sont pas diffusées. Lors de la formation du gouvernement en 2018, des points d’étape ont aussi été publiés sur Twitter.',
    outcome:
      'Il en résulte une frontière publique entre contenus institutionnels et partisans. Les sources ne donnent pas de chiffres sur les publications de 2018.',
    lesson:
      'Écrivez quels événements vos canaux couvrent, selon qui les organise. Une règle claire tranche la plupart des questions d’impartialité avant qu’elles ne se posent.',
  },
  'se-sign-language-gap-admitted': {
    title: 'Reconnaître une lacune d’accessibilité (web-TV, 2010)',
    what: 'En octobre 2010, des associations de sourds et de malentendants ont écrit au Riksdag : l’ouverture de la session, webdiffusée, n’était pas signée, seule l’interprétation anglaise des invités étrangers étant diffusée. La cheffe de sa section web a répondu, par des courriels publiés par les plaignants, qu’il manquait des procédures bien établies pour signer la web-TV et qu’il fallait progresser.',
    outcome:
      'La question est restée ouverte : en 2018, l’association des malentendants relevait l’absence de sous-titres et de transcription dans les directs en ligne, et une motion de 2022/23 notait que seuls les grands débats, comme ceux des chefs de parti et du budget, sont interprétés en langue des signes.',
    lesson:
      'Une réponse franche à une plainte est un début, mais seul le suivi règle le problème. Tenez un registre des plaintes d’accessibilité et rendez compte de ce qui a changé.',
  },
  'se-jarvaveckan-new-audiences': {
    title: 'Aller à la rencontre du public dans un festival de banlieue (Järvaveckan 2024)',
    what: 'À Järvaveckan (29-30 mai 2024), festival de la démocratie organisé dans une banlieue de Stockholm, le stand du Riksdag présentait ses cinq missions essentielles et la fabrique de la loi, proposait un quiz et aidait les visiteurs à chercher sur le site du Riksdag.',
    outcome:
      'La source annonce le programme sans en donner les résultats. Une note de cas du NDI décrit aussi des points d’information régionaux où l’on peut se procurer de la documentation et suivre les directs.',
    lesson:
      'Allez là où le public se réunit déjà, comme un festival de banlieue, et transmettez un savoir-faire (trouver un document, suivre un texte) plutôt que de simples dépliants.',
  },

  // ── Royaume-Uni, Parlement britannique ────────────────────────────────────────────────────────────
  'uk-committee-inquiry-graphics': {
    title: 'Des visuels pour trois temps forts d’une enquête, et de meilleurs tweets plutôt que plus',
    what: 'À partir d’octobre 2015, l’équipe des commissions de la Chambre des communes a voulu rendre les enquêtes faciles à suivre sur Twitter : un visuel au lancement, aux auditions et au rapport, et des mots simples plutôt que du jargon. Plus tard, constatant que « cross-party » (transpartisan) était mal compris, elle a montré en image les membres et leurs partis.',
    outcome:
      'D’octobre 2015 à mai 2016 environ, les impressions ont augmenté de 258 % et les interactions de 300 %, pour seulement 13 % de tweets en plus ; les retweets plafonnaient autour de 2 500 par mois. En juillet 2016, les impressions mensuelles dépassaient 4 millions.',
    lesson:
      'Prévoyez les visuels autour des étapes fixes d’une enquête et mesurez les interactions par publication, pas le nombre de publications. Montrer qui siège vaut mieux que l’expliquer.',
  },
  'uk-new-committee-members-mini-campaign': {
    title: 'Des visuels pour 27 commissions en quelques jours, pilotés sur un tableau blanc',
    what: 'À l’arrivée de nouveaux membres dans les commissions des Communes en 2017, l’équipe a produit en quelques jours des visuels pour 27 commissions. L’avancement était affiché sur un tableau blanc à post-it visible de tous, ce qui a réduit les courriels et permis à chacun de prendre une tâche quand il était libre.',
    outcome: 'L’équipe a fait état de plus de 100 000 interactions et 650 000 impressions sur Twitter.',
    lesson:
      'Un moment prévisible se prépare comme une campagne type. Un tableau des tâches partagé et visible permet à une petite équipe de produire vite de nombreuses publications semblables.',
  },
  'uk-instagram-stories-poll': {
    title: 'Des stories Instagram et un sondage pour associer les étudiants à une commission',
    what: 'En novembre 2017, la commission de l’éducation des Communes a tenu une table ronde avec des enseignants et l’a couverte le jour même en stories Instagram. Une story plutôt qu’une publication unique donnait une impression de continuité, et un sondage offrait aux étudiants une porte d’entrée simple. La commission avait choisi Instagram pour toucher les étudiants.',
    outcome:
      'Début 2018, la commission indiquait que les abonnés Instagram du Parlement britannique avaient 18 à 24 ans pour 27 % d’entre eux et 25 à 34 ans pour 34 %. Les résultats du sondage ne sont pas rapportés.',
    lesson:
      'Adaptez le format au public visé. Pour des étudiants, une story du jour avec un sondage en un geste demande moins d’effort qu’un lien vers la page d’une enquête.',
  },
  'uk-instagram-strategy-research': {
    title: 'Bâtir une stratégie Instagram à partir de l’étude du public (2018)',
    what: 'À l’été 2018, le Parlement britannique, présent sur Instagram depuis 2016 avec plus de 35 000 abonnés, a rédigé sa première stratégie Instagram. Il a audité ses contenus, animé des ateliers avec plus de 40 agents de la communication et du numérique des deux chambres, et s’est inspiré d’organisations extérieures.',
    outcome:
      'Il a constaté que 48 % de son public Instagram était au Royaume-Uni (15 % sur Facebook) ; que Big Ben, la restauration du palais, les anniversaires et l’art marchaient le mieux ; que stories et vidéo en direct étaient sous-utilisées ; et qu’il fallait un calendrier de contenus régulier.',
    lesson:
      'Avant de fixer les objectifs d’un canal, vérifiez qui le suit et à quels sujets il réagit. La réponse peut beaucoup varier d’une plateforme à l’autre.',
  },
  'uk-facebook-strategy-after-feed-change': {
    title: 'Repenser Facebook après une baisse des interactions et un changement du fil d’actualité',
    what: 'Les interactions et les clics sur la page Facebook du Parlement ont nettement baissé au second semestre 2017, puis la réforme du fil d’actualité de 2018 a relégué les Pages. Le Parlement a répondu par sa première stratégie Facebook : la qualité plutôt que la quantité, Facebook Live, les groupes, des contenus sur le travail au Parlement, des reprises d’Instagram et un chatbot Messenger.',
    outcome:
      'Comme un abonné sur cinq seulement se trouvait au Royaume-Uni, il a choisi d’équilibrer messages institutionnels et intérêts d’un public international. La source présente le plan, pas ses résultats.',
    lesson:
      'Quand une plateforme change ses règles, revoyez la stratégie plutôt que de publier davantage. Vérifiez où sont vraiment vos abonnés avant de décider à quoi sert le canal.',
  },
  'uk-committee-web-forums': {
    title: 'Des forums de consultation qui demandaient du vécu, pas du débat',
    what: 'Depuis 2007, les équipes du Parlement britannique ont animé plus de 20 forums en ligne ciblés pour les commissions, et travaillé avec des communautés existantes comme The Student Room et MoneySavingExpert. En 2013, un forum de la commission des transports sur l’accessibilité a interrogé des personnes handicapées sur leur propre expérience.',
    outcome:
      'Ce forum a recueilli 332 contributions, là où les appels écrits n’en avaient obtenu qu’une poignée ; un forum de 2015 sur la recherche contre les tumeurs cérébrales en a reçu plus de 1 100 en 10 jours. Selon un bilan de 2012, le forum le moins suivi (sur les pétitions en ligne) n’en avait eu que 29.',
    lesson:
      'Ciblez une consultation sur un public précis et interrogez-le sur son expérience plutôt que sur ses opinions. Allez dans les communautés en ligne où ce public échange déjà.',
  },
  'uk-parlichat-issue-chat': {
    title: 'Une discussion Twitter bâtie autour d’un sujet, pas de l’institution (#ParliChat)',
    what: 'En 2014, l’équipe de sensibilisation du Parlement s’est associée à la communauté en ligne Our Diabetes pour une discussion sur Twitter autour d’un débat sur le diabète à Westminster Hall, avec un hashtag thématique à côté de #ParliChat.',
    outcome:
      'Enseignement tiré : le public s’intéresse au parlement par les sujets qui le touchent, pas par la politique en tant que telle. Notre source ne donne pas de chiffres de participation.',
    lesson:
      'Partez d’un sujet que les gens vivent au quotidien et d’une communauté qui en parle déjà. Associez son hashtag au vôtre pour que les deux publics se retrouvent.',
  },
  'uk-petition-signers-told-of-debate': {
    title: 'Prévenir les signataires d’une pétition de son débat : visionnage en hausse de 900 %',
    what: 'La commission des pétitions des Communes a informé les signataires des pétitions de la date de leur débat à Westminster Hall. Sa présidente, Helen Jones, en a décrit l’effet devant la revue de la commission de liaison de la Chambre des lords en 2019.',
    outcome:
      'Selon la présidente, la consultation du Hansard a augmenté de 300 % et le visionnage des débats de Westminster Hall de 900 %.',
    lesson:
      'Ceux qui ont le plus de chances de suivre un débat sont ceux qui l’ont demandé. Dites-leur quand et où il a lieu, avec un lien direct pour le regarder ou le lire.',
  },
  'uk-bigbenphoto-competition': {
    title: 'Un concours photo public lié aux travaux de la tour de l’horloge (#BigBenPhoto)',
    what: 'Du 27 avril au 9 mai 2016, en accompagnement de l’annonce des travaux de conservation de la tour Elizabeth, le Parlement britannique a organisé sur Twitter un concours photo sous #BigBenPhoto. Un jury a retenu deux finalistes, puis le public a voté.',
    outcome:
      'Le prix : une visite de la tour et une place dans une exposition au palais. La source ne donne pas le nombre de participants.',
    lesson:
      'Associez une annonce institutionnelle à une action à la portée de chacun. Un prix fait d’un accès rare, comme une visite, convient à un parlement et coûte peu.',
  },
  'uk-commons-reddit-ama': {
    title: 'Un « Ask Me Anything » sur Reddit par l’équipe de participation des Communes',
    what: 'Le 17 septembre 2019, l’équipe de participation numérique de la Chambre des communes a répondu aux questions sur r/ukpolitics depuis le compte Reddit officiel des Communes. Elle a expliqué comment elle transmet aux simples députés l’expérience de communautés en ligne (Facebook, Reddit, Twitter, forums, Mumsnet). Elle avait déjà publié sur Reddit des vidéos avec le président.',
    outcome:
      'L’équipe est restée impartiale et a refusé de donner son avis sur l’actualité. Notre source ne donne pas de chiffres de participation.',
    lesson:
      'Une institution peut participer à un forum animé si elle pose ses limites d’emblée : répondre sur la procédure et les moyens de participer, et dire clairement ce qu’elle ne commentera pas.',
  },
  'uk-tiktok-pilot-closed': {
    title: 'Un compte TikTok pilote fermé en quelques jours après l’opposition d’élus (2022)',
    what: 'Fin juillet 2022, le Parlement britannique a testé un compte TikTok, @UKParliament, inauguré par un selfie vidéo depuis la tour Elizabeth. Des députés et des lords de premier plan, sanctionnés par la Chine, s’y sont opposés ; les présidents des deux chambres ont dit ne pas avoir été consultés avant sa création.',
    outcome:
      'Avec environ 123 abonnés, le compte a été fermé le 3 août 2022 : contenus supprimés, biographie renvoyant vers parliament.uk. En mars 2023, les deux chambres ont bloqué TikTok sur tous les appareils et le réseau parlementaires.',
    lesson:
      'Avant d’ouvrir un compte sur une plateforme contestée, consultez les élus et les conseillers sécurité, et convenez d’avance de la façon de le fermer s’il le fallait.',
  },
  'uk-commons-account-impartial-remit': {
    title: 'Un compte doté d’une mission impartiale écrite (@HouseofCommons)',
    what: '@HouseofCommons a été lancé en janvier 2013 par l’équipe d’information du public et de sensibilisation, avec une mission affichée : des informations politiquement impartiales sur les travaux des Communes, surtout l’hémicycle et Westminster Hall, et des réponses aux questions de procédure. Une couverture en direct des votes était prévue. Il dépassait 8 000 abonnés en mai 2013.',
    outcome:
      'Une réponse écrite au nom de la Commission des Communes (20 octobre 2020) indiquait que le service de communication de l’administration gérait le compte et en décidait le contenu, et que l’engagement de celle-ci envers l’impartialité, et sa perception, est essentiel. Il ne couvrait plus les votes.',
    lesson:
      'Écrivez la mission du compte et publiez-la. Puis confrontez-y chaque format, même factuel, comme les résultats de vote en direct.',
  },
  'uk-community-guidelines': {
    title: 'Des règles de communauté qui disent ce qui est retiré et quand on modère',
    what: 'Le Parlement britannique publie des règles de communauté pour ses réseaux sociaux. Les modérateurs retirent et signalent discriminations, publicité, spam, menaces, désinformation et faux comptes, bloquent les récidivistes et limitent les réponses sous certaines publications pour garder la modération gérable. Les messages privés Instagram ne sont pas suivis.',
    outcome:
      'Une ancienne version fixait les heures de modération de 10 h à 16 h en semaine ; une version plus récente rattache la discrimination à l’Equality Act et prévient que les messages privés ont peu de chances d’obtenir une réponse.',
    lesson:
      'Dites ce que vous retirez, quand quelqu’un surveille et où ne pas attendre de réponse. Des limites publiées protègent une petite équipe et rendent la modération défendable.',
  },
  'uk-lords-youtube-videos-2008': {
    title: 'Réveiller une chaîne YouTube en sommeil avec des vidéos pour les jeunes (Lords, 2008)',
    what: 'Le 13 juin 2008, pour les 50 ans de la loi sur les pairies à vie, la Chambre des lords a publié cinq vidéos sur la chaîne YouTube du Parlement, jusque-là quasi inactive, de « What’s it all about? » à « The Lord Speaker goes to school ». La présidente, la baronne Hayman, les destinait aux jeunes et voulait combattre les clichés sur la Chambre.',
    outcome:
      'Elles faisaient suite au lancement, en avril 2008, de « Lords of the Blog », un blog collectif de pairs. Les sources couvrent le lancement, pas les chiffres de visionnage.',
    lesson:
      'Un anniversaire peut justifier une courte série pour un public précis. Nommez le cliché à corriger et construisez chaque vidéo pour y répondre.',
  },
  'uk-alt-text-and-live-subtitles': {
    title: 'Texte alternatif sur les visuels, sous-titres sur toutes les retransmissions des séances',
    what: 'Un consultant en numérique public, dans un billet non daté, citait le Parlement britannique parmi les comptes qui ajoutaient systématiquement un texte alternatif à leurs visuels sur Twitter. En février 2023, le Parlement a ajouté des sous-titres en direct à toutes les retransmissions des séances et annoncé une interprétation plus large en langue des signes britannique.',
    outcome:
      'Le président des Communes a fait valoir que les sous-titres aident les malentendants mais aussi les néophytes que le vocabulaire parlementaire déroute. Le consultant notait que certains outils de programmation ne gèrent pas le texte alternatif sur tous les réseaux.',
    lesson:
      'Faites du texte alternatif et des sous-titres une routine, pas un supplément. Vérifiez que votre outil de programmation conserve le texte alternatif sur chaque réseau.',
  },
  'uk-committee-questions-via-twitter': {
    title: 'Demander au public sur Twitter quelles questions poser à un ministre',
    what: 'Vers 2012-2013, la commission de l’administration publique a recueilli sur Twitter des questions pour une audition du ministre Francis Maude. En janvier 2013, la plupart des commissions des Communes avaient leur propre compte Twitter.',
    outcome:
      'La source, un billet de blog recensant les comptes parlementaires, signale l’initiative sans dire combien de questions ont été reçues ni posées.',
    lesson:
      'Solliciter des questions avant une audition donne aux abonnés un intérêt à la suivre. Dites comment les questions seront choisies et rendez compte de celles qui ont été posées.',
  },

  // ── Autres parlements ─────────────────────────────────────────────────────────────────────────────
  'no-stortinget-ung-youth-instagram': {
    title: 'Un compte Instagram dédié aux jeunes pendant l’arrêt des visites (Norvège)',
    what: 'En octobre 2020, alors que la pandémie avait interrompu les visites (environ 27 000 visiteurs par an en temps normal), le Storting norvégien a lancé un compte Instagram distinct pour les jeunes, Stortinget Ung, avec des rubriques régulières présentant les députés.',
    outcome: 'Il a gagné 1 200 abonnés en deux semaines, dont 84 % de moins de 34 ans.',
    lesson:
      'Quand la voie habituelle vers les jeunes se ferme, un compte dédié aux rendez-vous réguliers peut prendre le relais. Vérifiez quelles tranches d’âge il touche vraiment.',
  },
  'nz-published-moderation-policy': {
    title: 'Une politique de modération qui commence par dire qui tient les comptes (Nouvelle-Zélande)',
    what: 'Le Parlement néo-zélandais publie une politique de modération pour ses réseaux sociaux. Elle précise que les comptes sont gérés par le Bureau du greffier, indépendants et politiquement neutres, qu’ils ne publient jamais pour le gouvernement ou les partis et ne font pas campagne. Selon le réseau, les commentaires sont modérés avant ou après publication, selon des règles annoncées.',
    outcome:
      'La source est la politique elle-même ; elle ne dit pas à quelle fréquence les règles sont appliquées.',
    lesson:
      'Dites qui tient le compte avant de dire ce que vous retirez. Préciser que ce sont des agents, et non des élus, qui publient peut désamorcer d’avance des accusations de partialité.',
  },
  'br-camara-rules-for-every-profile': {
    title: 'Un seul règlement pour tous les profils, de Twitter (2009) à Bluesky (2024) (Brésil)',
    what: 'La Chambre des députés du Brésil est arrivée sur Twitter en 2009, Facebook en 2012, Instagram en 2018, TikTok en 2021 (premier parlement au monde à s’y inscrire, selon elle), puis Threads et Bluesky en 2024. Un acte du Bureau (Ato da Mesa 244/18) et un guide de bonnes pratiques s’appliquent aux profils institutionnels, de commission et de TV/Radio Câmara.',
    outcome:
      'Les comptes sont suivis aux heures de bureau en semaine, et plus tard quand la séance se prolonge. La source expose les règles, pas leurs résultats.',
    lesson:
      'Des règles adoptées par l’organe directeur et couvrant tous les profils officiels facilitent l’ouverture cohérente de nouvelles plateformes. Calez les heures de veille sur le calendrier des séances.',
  },
  'br-camara-tiktok-humour': {
    title: 'L’humour sur TikTok, jusqu’à une visite qui évoquait une émeute (Brésil)',
    what: 'La Chambre des députés du Brésil a ouvert un compte TikTok en janvier 2021, sur un ton léger, pour décrypter la politique en quelques secondes. En janvier 2024, une vidéo de visite guidée présentée comme un tutoriel pour « envahir » la Chambre « sans rien casser » faisait allusion aux émeutes du 8 janvier 2023.',
    outcome:
      'Le compte comptait 3 900 abonnés quelques mois après son lancement et près de 100 000 en janvier 2024, certaines vidéos dépassant le million de vues. La vidéo de visite a été largement reprise par la presse.',
    lesson:
      'L’humour peut porter loin une institution sur les plateformes de vidéo courte, mais plaisanter sur un événement sensible attire toutes sortes de réactions. Fixez la limite à l’avance.',
  },
  'br-camara-vote-procedure-explainer': {
    title: 'Une vidéo pas à pas sur une procédure de vote, la plus vue (Brésil, 2016)',
    what: 'En 2016, TV Câmara, la chaîne de la Chambre des députés, a publié une vidéo expliquant étape par étape le déroulement de la procédure de vote sur la destitution.',
    outcome:
      'Le rapport 2016 de la Chambre la désigne comme la publication la plus vue de sa page Facebook. Sur l’ensemble de ses réseaux, la Chambre a déclaré 996 423 fans et 714 883 interactions pour 2016.',
    lesson:
      'Avant un vote à fort enjeu, le public peut vouloir savoir comment il se déroule. Une explication calme et neutre de la procédure sert tout le monde, quel que soit son camp.',
  },
  'de-bundestag-team-neutrality-mastodon': {
    title: 'Équipe renforcée, règles de neutralité et Mastodon plutôt qu’un compte X (Bundestag)',
    what: 'En janvier 2023 (année déduite de l’article), le Bundestag a lancé un compte Instagram pour sa présidence, avec des règles de neutralité pour les agents qui le rédigent. Son équipe réseaux sociaux est passée de 2 personnes à un service de 9,5 postes.',
    outcome:
      'Le projet de compte Twitter du Bundestag a été mis de côté après le rachat par Elon Musk, et son service d’information s’est aussi installé sur Mastodon.',
    lesson:
      'Le compte d’une présidence d’assemblée a besoin de règles de neutralité écrites pour ceux qui le rédigent. Les choix de plateforme peuvent être revus quand une plateforme change de mains.',
  },
  'de-bundestag-joins-tiktok': {
    title: 'Arriver sur TikTok en reconnaissant ses problèmes (Bundestag, 2025)',
    what: 'En août 2025, la présidente du Bundestag, Julia Klöckner, a annoncé une présence sur TikTok, parce que les jeunes s’y informent. Elle a reconnu les problèmes de la plateforme ; la commissaire fédérale à la protection des données a renouvelé son avis défavorable à son usage sur les appareils officiels.',
    outcome:
      'Le Bundestag était déjà présent sur Instagram, YouTube, WhatsApp, X, Mastodon, Bluesky et LinkedIn. Les sources couvrent l’annonce, pas les résultats.',
    lesson:
      'Si vous rejoignez une plateforme contestée, dites pourquoi (le public) et quels risques vous avez pesés. Assumer ouvertement le compromis rend la décision plus facile à défendre.',
  },
  'de-ni-landtag-leaves-x': {
    title: 'Garder X, puis le quitter : deux décisions du Landtag de Basse-Saxe',
    what: 'En décembre 2022, le Landtag de Basse-Saxe a conservé son compte Twitter, suivi par environ 1 500 abonnés, pour fournir une information fiable, et a demandé à son administration d’étudier des alternatives. Il a ensuite cessé d’utiliser X, estimant qu’une institution neutre ne pouvait plus y rester.',
    outcome:
      'Il a laissé le compte en sommeil plutôt que de le supprimer, et a poursuivi sur Instagram et Facebook.',
    lesson:
      'Évaluez vos plateformes au regard de la neutralité autant que de l’audience. Si vous arrêtez un compte, pensez à le laisser en sommeil avec un renvoi vers vos nouveaux canaux.',
  },
  'de-by-landtag-stays-on-x': {
    title: 'Rester sur X pour y maintenir une information neutre (Landtag de Bavière)',
    what: 'La présidente du Landtag de Bavière a fait valoir que quitter X reviendrait à abandonner la plateforme aux radicaux. Le Landtag y reste donc, continue d’y informer de façon neutre et réexamine régulièrement sa décision.',
    outcome: 'La source expose le raisonnement ; elle ne date pas les réexamens et ne donne aucun chiffre.',
    lesson:
      'Rester comme partir peut se défendre. Quel que soit votre choix, donnez publiquement la raison et fixez une date pour le réexaminer.',
  },
  'at-ooe-politok-few-followers': {
    title: 'Une chaîne TikTok d’explication qui a peu trouvé son public (Haute-Autriche)',
    what: 'En novembre 2022, le Landtag de Haute-Autriche a lancé un compte TikTok, politok.at, avec un jeune visage à l’écran et des vidéos explicatives de 15 secondes destinées à contrer les contenus antidémocratiques.',
    outcome: 'Au bout d’environ six mois, il ne comptait que 193 abonnés.',
    lesson:
      'Fixez un objectif d’audience et une date de bilan avant de vous lancer sur une nouvelle plateforme, pour savoir tôt si l’effort porte ses fruits.',
  },
  'at-parliament-neutral-committee-reports': {
    title: 'Rendre compte en toute neutralité de commissions fermées à la presse (Autriche)',
    what: 'En Autriche, environ 33 agents de l’administration parlementaire gèrent la communication du Parlement : réseaux sociaux, site web et communiqués. Son porte-parole souligne que la neutralité partisane absolue prime, car l’administration rend compte de réunions de commission auxquelles les médias n’ont pas accès.',
    outcome:
      'La source ne donne pas de chiffres d’audience. Un numéro de l’Innovation Tracker de l’UIP consacre un article à l’usage de TikTok par le Parlement autrichien, mais son texte ne nous était pas accessible.',
    lesson:
      'Quand les médias extérieurs ne peuvent pas assister, votre compte rendu est peut-être le seul public. Rendez compte de la position de chaque groupe de façon égale, dans les mêmes termes neutres.',
  },
  'eu-ep-2024-turnout-campaign': {
    title: 'Des aînés et des créateurs de contenu pour inciter à voter (Parlement européen, 2024)',
    what: 'Pour les élections européennes de 2024, la campagne du Parlement européen « Use your vote. Or others will decide for you » (vote, ou d’autres décideront pour toi) reposait sur un film de quatre minutes où des Européens âgés parlent de la démocratie à la génération suivante. Les 2 et 3 mai 2024, un sommet des créateurs de contenu a réuni plus de 100 influenceurs à Bruxelles.',
    outcome:
      'Les sources décrivent la campagne, pas son effet sur la participation. Le service de recherche du Parlement notait que les institutions de l’UE s’étaient largement tenues à l’écart de TikTok pour des raisons de sécurité.',
    lesson:
      'Un appel au vote peut passer par d’autres voix : une autre génération, ou des créateurs qui ont déjà un jeune public, pourvu que le message reste non partisan.',
  },
  'is-althingi-accidental-test-tweet': {
    title: 'Un tweet « test » d’un seul mot devient le plus populaire du compte (Islande)',
    what: 'En 2013, l’Althing islandais avait deux comptes Twitter discrets, l’un pour les documents, l’autre pour les séances, avec environ 1 000 abonnés à eux deux, tandis que des députés déposaient une proposition pour plus de visibilité sur les réseaux. En juin 2021, le compte a publié un tweet d’un seul mot, « prufa » (« test »).',
    outcome:
      'Il est devenu la publication la plus populaire du compte : environ 600 réactions, pour un compte de 105 abonnés.',
    lesson:
      'Un fil qui ne liste que documents et séances donne peu de prise aux réactions. Un moment inattendu et humain peut susciter plus de réactions que les publications de routine.',
  },
  'gb-sct-two-way-and-moderated': {
    title: 'Des réseaux pensés comme un dialogue, avec une modération ferme (Parlement écossais)',
    what: 'La politique du Parlement écossais conçoit les réseaux sociaux comme un échange à double sens et un moyen d’élargir la consultation, et invite aux interactions qui peuvent nourrir le contrôle parlementaire. Ses règles interdisent au public d’utiliser ses canaux pour faire campagne ou pression sur des questions partisanes, et sont strictes contre les discours de haine.',
    outcome:
      'Des agents du Parlement britannique venus observer l’équipe en 2020 l’ont vue consacrer beaucoup de temps à modérer des débats polarisés (Brexit, indépendance) ; elle compensait en célébrant les bons moments sur un « mur des réussites ».',
    lesson:
      'Si vous invitez le public au dialogue, prévoyez les moyens de la modération et pensez à ceux qui la font : publiez les règles et donnez à l’équipe l’occasion de voir ce qui marche.',
  },
  'hr-sabor-sign-language-broadcasts': {
    title: 'Les séances plénières à la télévision publique en langue des signes (Croatie, 2017)',
    what: 'Depuis le 4 octobre 2017, les séances plénières du Parlement croate sont diffusées sur la quatrième chaîne de la télévision publique HRT avec une interprétation en langue des signes croate. Un député l’avait proposé et le président l’a soutenu.',
    outcome:
      'Le service repose sur un contrat avec une association d’interprètes en langue des signes. Les sources ne donnent pas de chiffres d’audience.',
    lesson:
      'L’accessibilité peut s’obtenir par contrat avec une association spécialisée plutôt qu’en interne. Gardez l’interprète à l’image quand vous extrayez ces retransmissions.',
  },
  'gb-wls-two-languages-house-rules': {
    title: 'Deux langues officielles sur chaque canal (Senedd, pays de Galles)',
    what: 'Le Senedd travaille en anglais et en gallois ; sa Commission doit publier à chaque législature un programme des langues officielles précisant quels services sont bilingues, et ses comptes portent le nom bilingue SeneddWales. Ses règles de communauté encouragent les internautes à écrire un peu en gallois et énumèrent les comportements interdits.',
    outcome:
      'Les récidivistes peuvent être bloqués ou bannis ; une version antérieure promettait de prévenir l’auteur d’un commentaire masqué et d’avertir avant tout bannissement. Pendant la pandémie, l’interprétation sur Zoom a été jugée satisfaisante en séance et en commission.',
    lesson:
      'Décidez pour chaque canal comment les deux langues sont servies, et publiez-le. Accueillez les messages dans l’une ou l’autre langue et répondez dans celle de votre interlocuteur.',
  },
  'ca-lop-parallel-language-accounts': {
    title: 'Des comptes parallèles en français et en anglais, avec des règles de réponse (Canada)',
    what: 'La Bibliothèque du Parlement du Canada tient des comptes parallèles en anglais (@LoPInformation) et en français (@BdPInformation), et ne prend en compte que les messages rédigés dans ces deux langues. Elle répond publiquement aux questions du public en rapport avec son domaine.',
    outcome:
      'Les questions précises des parlementaires ou de leur personnel reçoivent une réponse privée, par courriel ou par les voies habituelles, pas sur la plateforme.',
    lesson:
      'Décidez quelles questions appellent une réponse publique et lesquelles une réponse privée. Les demandes des bureaux d’élus relèvent de vos canaux de service habituels, pas d’un fil public.',
  },
  'au-vic-ruling-on-chamber-clips': {
    title: 'Décision du président sur les extraits de séance publiés par les élus (Victoria, 2024)',
    what: 'Le 5 mars 2024, le président de l’Assemblée législative de Victoria s’est prononcé sur la pratique courante des élus qui publient des extraits vidéo du Hansard sur les réseaux sociaux. L’article 234 du règlement interdit toute manipulation numérique ; ajouter des sous-titres ou des photos est admis tant que cela ne change ni le sens ni le contexte.',
    outcome:
      'La décision mettait aussi en cause le fait de filmer le flux interne avec un téléphone pour le diffuser. La source est la décision elle-même ; elle ne rapporte pas de cas ultérieurs.',
    lesson:
      'Avant que les bureaux d’élus réutilisent des images officielles, diffusez les règles de montage. Les sous-titres, oui ; les retouches qui changent le sens ou le contexte, non.',
  },
  // ── Ajoutés pour les types de publication qui manquaient d’exemples (ticket 12) ──────────────────
  'uk-coronavirus-access-update-page': {
    title: 'Une seule page pour chaque changement d’accès et de séances (Parlement britannique, 2020)',
    what: 'Le Parlement britannique a mis fin à tout accès des visiteurs au domaine à partir du 17 mars 2020 : tribunes fermées, visites arrêtées, centre éducatif fermé et visites scolaires suspendues. Sa page « Update from UK Parliament on coronavirus », datée du 15 avril, donnait aussi les dates avancées des vacances de Pâques et la suspension des débats de Westminster Hall à partir du 20 mars.',
    outcome:
      'La page précisait que les parlementaires et le personnel pouvaient encore travailler sur place si nécessaire. La source est la page elle-même ; elle ne donne aucun chiffre sur son usage.',
    lesson:
      'En cas de perturbation, tenez une seule page qui dit ce qui s’arrête, à partir de quand et ce qui continue, mettez-la à jour au fil des décisions et liez-la dans chaque publication.',
  },
  'uk-petitions-paused-after-election': {
    title: 'Dire sur le site des pétitions pourquoi elles sont arrêtées, et ce qui les relancera',
    what: 'Après des élections législatives, la page d’accueil du site des pétitions du Parlement britannique indiquait que les pétitions avaient dû s’arrêter à cause des élections et reprendraient dès que la Chambre des communes aurait constitué une nouvelle commission des pétitions. Elle renvoyait au site de la commission pour en savoir plus.',
    outcome:
      'La copie conservée n’est pas datée : on ne sait pas quelles élections elle suivait. La même page explique que 10 000 signatures entraînent une réponse du gouvernement et que 100 000 font examiner la pétition pour un débat.',
    lesson:
      'Quand un service doit s’interrompre, dites-le là où les gens arrivent : pourquoi il s’arrête et ce qui le relancera. Gardez les règles du service en vue.',
  },
  'uk-recruitment-social-media-model': {
    title: 'Un modèle unique pour publier les offres du Parlement, avec une « offre de la semaine »',
    what: 'L’équipe médias sociaux du service numérique du Parlement britannique a travaillé sur le recrutement avec les RH, la communication interne et les autres équipes médias sociaux. Elle a constaté l’absence de méthode commune aux Communes, aux Lords et au service numérique, et des pages LinkedIn sous-utilisées pour les offres comme pour montrer le travail au Parlement.',
    outcome:
      'Elle a rédigé une nouvelle stratégie et un modèle de diffusion des offres sur les canaux institutionnels, dont une « offre de la semaine » (billet de février 2019). La copie conservée s’arrête avant les résultats annoncés après six mois.',
    lesson:
      'Convenez d’une seule façon de publier les offres avec chaque équipe qui recrute, et utilisez LinkedIn à la fois pour les offres et pour montrer le travail au quotidien.',
  },
  'uk-commons-people-recruitment-fair': {
    title: '« Do you want to live like Commons People » : un salon de recrutement à Westminster Hall',
    what: 'En février 2017, le Parlement britannique a tenu un salon de recrutement sur billet à Westminster Hall. Il a été annoncé dans le London Evening Standard, Metro et des médias populaires auprès des publics noirs, asiatiques et issus des minorités ethniques, avec le soutien des réseaux pour l’égalité au travail du Parlement.',
    outcome:
      'Les 400 billets sont tous partis ; un salon plus petit l’année précédente avait attiré 245 personnes. Une responsable des talents aux RH des Communes a dit que le public voit trop souvent le Parlement comme un lieu de travail réservé aux députés.',
    lesson:
      'Dites clairement que le parlement emploie bien plus de monde que ses membres, et placez le message dans les médias que lisent déjà les personnes que vous voulez atteindre.',
  },
  'uk-lords-report-infographics': {
    title: 'Des infographies qui résument un rapport de commission (Chambre des lords, 2017–18)',
    what: 'La revue du travail des commissions en 2017–18 par la commission de liaison des Lords a jugé que les rapports restent le produit principal des commissions, et que les médias sociaux et les infographies résumant de façon plus visuelle les principales conclusions et recommandations d’un rapport avaient été testés avec succès.',
    outcome:
      'Elle souhaitait les rendre habituels, moins pour les commissions techniques. Du 21 juin 2017 au 30 avril 2018, elle a compté 3 114 sujets de presse sur les commissions des Lords : 2 913 positifs, 181 neutres, 20 critiques.',
    lesson:
      'À la sortie d’un rapport, publiez ses principaux constats sous forme de résumé visuel lisible dans le fil, pas seulement un lien vers le document.',
  },
  'uk-bgipu-delegation-write-ups': {
    title: 'Un compte rendu par délégation : qui est venu, ce qui a été discuté, pourquoi cela compte',
    what: 'Le groupe britannique de l’Union interparlementaire, installé au Parlement britannique, publie un court compte rendu de chaque délégation reçue ou envoyée : qui est venu, de quoi on a parlé et pourquoi cela comptait pour les deux parlements. La visite de trois parlementaires français les 1er et 2 février 2022 a été sa première délégation reçue au Parlement depuis la pandémie.',
    outcome:
      'La source est constituée des pages d’activité du groupe ; elles ne donnent aucun chiffre de lecture.',
    lesson:
      'Une publication sur une délégation doit dire ce que les visiteurs sont venus discuter et pourquoi cela compte pour votre public, pas seulement qui a rencontré qui.',
  },
  'se-eu-presidency-website': {
    title: 'Un site distinct pour le volet parlementaire d’une présidence de l’UE (Riksdag, 2023)',
    what: 'Pour la dimension parlementaire de la présidence suédoise du Conseil de l’UE en 2023, le Riksdag a tenu un site distinct avec des rubriques photo et vidéo. Le directeur de la communication de l’administration du Riksdag, Anders Hagquist, en était nommé responsable.',
    outcome: 'La source est la page « à propos » du site ; elle ne donne aucun chiffre de fréquentation.',
    lesson:
      'Un long programme international peut avoir son propre lieu pour les photos et vidéos, avec une personne nommée qui en répond, afin que chaque publication ait une page à lier.',
  },
  'ca-hoc-tours-cancelled-notice': {
    title: 'Un avis de fermeture avec une date de fin et chaque mesure énumérée (Canada, 2020)',
    what: 'Le 13 mars 2020, face à la propagation du COVID-19, le Bureau du Président de la Chambre des communes du Canada a annoncé la fermeture de l’accès des visiteurs à l’enceinte de la Chambre et l’annulation de toutes les visites publiques jusqu’au 20 avril. Les déplacements des comités ont été suspendus, et les activités et événements parlementaires de l’enceinte annulés.',
    outcome:
      'L’avis, tel que CTV News l’a rapporté, donnait une date et énumérait chaque mesure. La source ne dit pas comment il a été relayé sur les médias sociaux.',
    lesson:
      'Nommez chaque service touché et la date jusqu’à laquelle dure la fermeture, pour que l’avis réponde aux questions des visiteurs.',
  },
  'uk-lords-whats-on-weekly': {
    title: '« What’s on in the Lords » : la semaine résumée d’abord, la procédure en mots simples',
    what: 'La page hebdomadaire « What’s on in the Lords » du Parlement britannique s’ouvre sur un résumé de la semaine en une phrase, renvoie à la liste complète des travaux et donne jour par jour une rubrique « Catch up ». La procédure est expliquée : l’étape du rapport (report stage) est « une occasion de plus pour les membres d’examiner le texte », le Grand Committee un « examen hors de la Chambre ».',
    outcome:
      'La page consultée porte sur la semaine du 1er au 4 mars 2021, sur parliament.uk. Elle ne donne aucun chiffre de lecture.',
    lesson:
      'Ouvrez une publication sur la semaine à venir par les quelques points qui intéresseront le public, et dites en mots de tous les jours ce que signifie chaque étape de la procédure.',
  },
  'uk-mp-facebook-postbag': {
    title: 'La messagerie Facebook d’un député s’est révélée être du courrier de circonscription',
    what: 'Dans les travaux du projet Digital MPs de Doteveryone, un député a reçu 177 messages privés sur Facebook en 13 mois environ ; 31 d’entre eux étaient des dossiers à instruire.',
    outcome:
      'Doteveryone a conseillé de relever les messageries sociales chaque jour avec le courrier, de dire aux administrés comment le joindre et quand attendre une réponse, de mettre l’adresse électronique de la permanence dans la bio et d’épingler une publication expliquant le traitement des dossiers.',
    lesson:
      'Si le compte d’un élu invite les administrés à écrire, traitez ses messages comme des dossiers : quelqu’un doit les lire chaque jour et les orienter.',
  },
  'se-riksdag-this-week': {
    title: '« The Riksdag this week » : une sélection jour par jour, en anglais',
    what: 'La page d’accueil anglaise du Riksdag présente « The Riksdag this week », une sélection jour par jour des événements : débats et décisions, une réunion publique de commission, les questions aux ministres, les débats d’interpellation et les visites guidées. Les réunions internationales sont listées à part, et un renvoi mène au calendrier complet en suédois.',
    outcome:
      'La copie conservée couvre du 19 au 25 mai ; elle n’indique ni l’année ni aucun chiffre de lecture.',
    lesson:
      'Une publication sur la semaine à venir peut être une courte sélection qui renvoie au calendrier complet, plutôt que tout l’ordre du jour.',
  },
  'eg-fake-speaker-accounts-denied': {
    title: 'Dire publiquement que des comptes au nom du président sont faux (Égypte)',
    what: 'En mai 2016, le secrétariat général de la Chambre des représentants d’Égypte a déclaré dans un communiqué que son président, Ali Abdel-Aal, n’avait aucun compte personnel sur Facebook ou Twitter. Les comptes dont certains médias avaient parlé étaient faux, sans caractère officiel, et ne parlaient que pour ceux qui les avaient créés.',
    outcome:
      'Il a appelé les médias à l’exactitude sur la Chambre et averti que ceux qui y manqueraient pourraient faire l’objet de poursuites. La source rapporte le communiqué ; elle ne dit pas ce qu’il est advenu des comptes.',
    lesson:
      'Quand de faux comptes parlent au nom d’un président d’assemblée, dites clairement qu’ils ne sont pas officiels et demandez aux médias de vérifier avant de les reprendre.',
  },
  'eu-ep-uk-office-threads': {
    title: 'Des débuts de fil qui annoncent la suite (Parlement européen, bureau au Royaume-Uni)',
    what: 'En 2017, le bureau du Parlement européen au Royaume-Uni a publié des fils sur Twitter. L’un disait d’emblée que le Parlement avait commandé des dizaines d’études sur le Brexit dans 14 domaines, gratuites et pas forcément sa position officielle, et s’annonçait « Thread 1/6 ». Un autre commençait : un chroniqueur du Telegraph « se trompe sur le Parlement européen. Nous expliquons pourquoi. Fil ».',
    outcome:
      'Les messages suivants reprenaient les points un par un : les lignes rouges du Parlement, comme les droits des citoyens ; le fait qu’il est élu au suffrage direct. Notre source, une copie des fils, ne donne aucun chiffre d’engagement.',
    lesson:
      'Faites que le premier message se suffise à lui-même : de quoi parle le fil, pourquoi c’est important et combien de messages suivent.',
  },
  'gb-sct-bill-questions-thread': {
    title: 'Un fil sur les projets de loi où chaque message est une question et sa réponse (Écosse)',
    what: 'Le compte du Parlement écossais a expliqué les projets de loi en une série de messages, chacun une question de lecteur et sa réponse : « que se passe-t-il si l’auteur du texte change d’avis ? » (il peut le retirer, mais après l’étape 1 les députés (MSPs) doivent l’accepter) ; « qu’est-ce qu’un texte “tombé” ? ». Un message ajoutait que les Private Bills suivent une autre voie.',
    outcome:
      'D’autres messages indiquaient où en savoir plus sur les projets de loi. Notre source est une copie non datée des messages du compte (vers 2020) et ne donne aucun chiffre d’engagement.',
    lesson:
      'Dans un fil qui explique une procédure, faites répondre chaque message à une question, pour qu’un lecteur qui ne voit que ce message apprenne quelque chose.',
  },
  'uk-vote-100-centenary-kits': {
    title: 'Un centenaire qui donnait aux écoles et aux groupes de quoi agir (Royaume-Uni, Vote 100)',
    what: 'En 2018, le Parlement britannique a marqué les 100 ans du premier droit de vote de certaines femmes et de tous les hommes, avec expositions et événements toute l’année. Pour la UK Parliament Week, il a envoyé des kits aux partenaires : une écharpe Votes for Women et un atelier pour en fabriquer, des activités sur l’égalité et la campagne pour le suffrage, et une brève présentation du Parlement.',
    outcome:
      'Le Parlement indique que plus de 100 000 personnes ont participé aux EqualiTeas, réunies autour d’un thé et d’un gâteau pour discuter et célébrer leurs droits démocratiques. Il a aussi réalisé des films où des femmes parlent des lois qui ont fait avancer leurs droits.',
    lesson:
      'Donnez à un anniversaire quelque chose à faire et à partager, pas seulement une date : une activité pour une classe ou un groupe, et un lien vers le fonctionnement du Parlement aujourd’hui.',
  },
} satisfies Record<string, ExampleText>;
