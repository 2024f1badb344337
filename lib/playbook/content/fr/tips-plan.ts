import type { TipText } from '../../schema';

export default {
  'plan-think-in-campaigns': {
    title: 'Rattachez chaque publication à une campagne',
    body: 'Le guide de l’UIP sur les réseaux sociaux pour les parlements et les parlementaires (2021) suit une campagne type en trois temps : planifier, exécuter, mesurer. Faites de même : rattachez chaque publication à une campagne au but explicite, pour juger ensuite de son utilité.',
    why: 'Du guide de l’UIP, seuls la structure et l’objet sont confirmés, pas le détail de ses conseils. L’idée de rattacher chaque publication à un objectif vient du modèle OASIS du service de communication du gouvernement britannique (GCS) : une campagne y est une suite planifiée de communications qui raconte une histoire dans la durée vers un résultat mesurable, et chaque élément doit s’y inscrire pour pouvoir être évalué.',
    example: {
      do: 'Rattacher la publication de demain à la campagne « Lancement de l’enquête sur le logement », dont le but est de recueillir davantage de contributions écrites de locataires.',
      dont: 'Publier au fil de l’actualité et regarder les statistiques une fois par an.',
    },
  },
  'plan-one-objective-per-campaign': {
    title: 'Fixez à chaque campagne un objectif principal vérifiable',
    body: 'Rédigez l’objectif en trois temps : la situation actuelle, le changement visé et sa raison d’être. Ajoutez une échéance. « Faire connaître la commission » ne se vérifie pas ; « doubler les contributions écrites à l’enquête d’ici le 30 juin », si.',
    why: 'Le service de communication du gouvernement britannique (GCS) demande des objectifs SMART (spécifiques, mesurables, atteignables, pertinents et datés), et son cadre d’évaluation a été conçu pour aider à les écrire avec des indicateurs chiffrés. La formule point de départ – changement – raison est enseignée dans un atelier de CharityComms sur l’application du même modèle OASIS. Un seul objectif principal indique à toute l’équipe quelles publications comptent le plus et ce qu’il faudra mesurer.',
    example: {
      do: 'Point de départ : 40 contributions lors de notre dernière enquête comparable. Cible : 80 d’ici le 30 juin, car la commission veut entendre les locataires, pas seulement les experts.',
      dont: 'Objectifs : notoriété, engagement, confiance, portée, participation.',
    },
  },
  'plan-decide-what-each-account-is-for': {
    title: 'Définissez la vocation de chaque compte avant de le mesurer',
    body: 'Un compte peut informer (travaux, textes, rapports), éduquer (ressources pour les écoles et les apprenants), écouter ou dialoguer. Choisissez le dosage pour chaque compte et chaque campagne, puis jugez-le sur ce dosage, pas sur tous les objectifs à la fois.',
    why: 'Andy Williamson, auteur des lignes directrices de l’UIP sur les médias sociaux pour les parlements (2013), classait dans une présentation de 2013 les usages parlementaires en information, éducation et ouverture vers la société. Les recommandations fédérales américaines sur les indicateurs des réseaux sociaux distinguent de même partager, écouter et dialoguer, et demandent à chaque compte de choisir son dosage et de se mesurer à cette aune.',
    example: {
      do: 'Compte d’une commission : surtout informer (enquêtes, auditions, rapports), et écouter pendant les appels à contributions.',
      dont: 'Attendre du compte consacré à la séance publique qu’il fidélise aussi les scolaires et anime un dialogue quotidien.',
    },
  },
  'plan-make-listening-a-goal': {
    title: 'Faites de l’écoute un objectif affiché, pas un effet secondaire',
    body: 'Si vous voulez entendre le public, inscrivez-le dans l’objectif et décidez qui lit les réponses et où vont les enseignements. Selon une enquête de l’OCDE, 16 % seulement des centres de gouvernement comptaient la compréhension de l’opinion parmi leurs objectifs.',
    why: 'Dans l’enquête 2020 de l’OCDE auprès des centres de gouvernement, 16 % citaient la compréhension de l’opinion publique et 8 % la participation des parties prenantes parmi leurs objectifs de communication ; l’essentiel de l’activité consistait en annonces et en campagnes de sensibilisation. Le Rapport parlementaire mondial 2022 de l’UIP et du PNUD observe que les parlements recourent de plus en plus à plusieurs canaux pour informer et pour écouter. Dès 2009, le Parlement britannique comptait l’écoute du public parmi les raisons premières de ses comptes.',
    example: {
      do: 'Objectif : recueillir 200 commentaires de chefs de petite entreprise sur le projet de loi ; le secrétariat de la commission en fait la synthèse.',
      dont: 'Demander « Qu’en pensez-vous ? » sans savoir qui lira les réponses.',
    },
  },
  'plan-one-key-message': {
    title: 'Arrêtez un message clé en mots simples avant toute rédaction',
    body: 'Écrivez en une phrase, compréhensible par un non-spécialiste, ce que le public doit retenir, puis gardez la même formulation tout au long de la campagne. Les équipes des commissions britanniques ont chassé le jargon, unifié leurs termes et écrit au « vous ».',
    why: 'La même équipe a constaté que « cross-party » (transpartisan) était mal compris : plutôt que d’expliquer le terme, elle a montré dans un visuel les membres de chaque commission et leur parti. Le service de communication du gouvernement britannique (GCS) définit la campagne comme une histoire racontée dans la durée ; répéter un message clair aide le public à la reconnaître.',
    example: {
      do: 'Message clé : les députés veulent entendre les locataires sur les réparations de leur logement.',
      dont: 'Message clé : la commission procède au contrôle de la politique du logement dans le parc locatif privé.',
    },
  },
  'plan-check-who-follows-each-account': {
    title: 'Vérifiez qui suit réellement chacun de vos comptes',
    body: 'Consultez vos statistiques avant de fixer une stratégie par canal. Le Parlement britannique a constaté que 48 % de son audience Instagram était au Royaume-Uni, contre 15 % sur Facebook, et a adapté chaque canal. Une même institution n’a pas le même public partout.',
    why: 'Les stratégies Instagram et Facebook du Parlement britannique (2018) sont parties d’une étude d’audience : localisation et thèmes les plus porteurs (sur Instagram : Big Ben et Elizabeth Tower, la restauration du palais, les anniversaires et les œuvres d’art). Face à une audience Facebook largement internationale, il a choisi d’équilibrer messages institutionnels et centres d’intérêt de ce public, et de privilégier la qualité à la quantité.',
  },
  'plan-frame-international-work-for-who-follows': {
    title: 'Présentez les délégations et l’action internationale pour ceux qui vous suivent',
    body: 'Les délégations en visite et le travail avec d’autres parlements font partie de ce dont une institution informe le public. Avant d’en parler, vérifiez où se trouvent les abonnés du compte, et équilibrez le message institutionnel avec ce qui intéresse ce public.',
    why: 'Andy Williamson, auteur des lignes directrices de l’UIP de 2013 sur les médias sociaux pour les parlements, a rangé les délégations en visite parmi les usages d’information des médias sociaux parlementaires dans une présentation de 2013. Le Parlement britannique a constaté en 2018 que seul un abonné Facebook sur cinq environ se trouvait au Royaume-Uni, et a choisi d’équilibrer les messages institutionnels avec les centres d’intérêt de ce public international.',
  },
  'plan-show-parliament-as-a-workplace': {
    title: 'Préparez les offres d’emploi avec votre communication interne',
    body: 'Une offre d’emploi ou de stage n’est qu’un élément d’une image plus large du parlement comme lieu de travail. Préparez-la avec les collègues chargés de la communication interne, pour que les offres figurent à côté des personnes et du travail qu’elles décrivent.',
    why: 'Le plan Facebook du Parlement britannique de 2018 prévoyait de relier les médias sociaux à la communication interne, en montrant le Parlement comme lieu de travail.',
  },
  'plan-issues-before-procedure': {
    title: 'Partez du sujet qui concerne le public, puis montrez la procédure',
    body: 'On vient au Parlement par un sujet, rarement par la procédure. Partez d’une question que votre public vit au quotidien, puis montrez ce que le Parlement en fait. Selon une étude, environ 80 % des publications du Parlement britannique se bornaient à rendre compte de l’activité.',
    why: 'Après un chat Twitter de 2014 sur le diabète, mené avec une communauté en ligne de personnes diabétiques autour d’un débat à Westminster Hall, l’équipe de sensibilisation du Parlement britannique a conclu que le public s’engage par les sujets. Andy Williamson, auteur des lignes directrices de l’UIP de 2013, rappelait que les contenus doivent servir le public plutôt que l’autopromotion ; ces lignes directrices désignent la difficulté centrale : être engageant tout en restant non partisan. Un compte institutionnel doit rester équilibré, même quand il part d’un sujet.',
    example: {
      do: 'Votre loyer augmente ? Cette semaine, les députés interrogent la ministre sur les droits des locataires. Suivez en direct ou envoyez une question.',
      dont: 'Questions orales à la ministre du Logement à 14 h 30.',
    },
  },
  'plan-consult-a-defined-group': {
    title: 'Pour une consultation, choisissez un public et allez là où il se réunit déjà',
    body: 'Choisissez de qui la commission doit entendre le vécu et où ces personnes échangent en ligne, puis allez-y. En 2014, l’équipe de sensibilisation du Parlement britannique a tenu un chat Twitter avec la communauté Our Diabetes autour d’un débat à Westminster Hall sur le diabète.',
    why: 'MoneySavingExpert dit recueillir souvent les avis des membres de son forum pour le Parlement, et en 2015 il a rencontré l’équipe de sensibilisation du Parlement avec d’autres communautés (Netmums, Our Diabetes, Girlguiding) pour réfléchir à la façon d’y intéresser le public. Les services qui ont animé plus de 20 forums de commissions depuis 2007 ont constaté que ceux qui marchaient visaient un public très précis ; en 2015, un forum sur la recherche contre les tumeurs cérébrales, pour la commission des pétitions, a reçu plus de 1 100 messages en 10 jours. Une communauté partenaire vous amène le public ; la formulation de la question reste à votre charge.',
    example: {
      do: 'Demander à une communauté de patients en ligne de relayer l’appel auprès de ses membres, là où ils échangent déjà.',
      dont: 'Publier l’appel une fois sur le compte général et attendre les réponses.',
    },
  },
  'plan-tell-people-who-took-part': {
    title: 'Prévoyez d’informer ceux qui ont déjà participé',
    body: 'Pétitionnaires, personnes auditionnées et invités sont votre public le plus réceptif. Quand la commission des pétitions britannique a averti les signataires du débat sur leur pétition, la lecture du Hansard a crû de 300 % et l’audience des débats de 900 %, dit sa présidente.',
    why: 'Ces chiffres viennent de la présidente de la commission, cités dans un examen de la commission de liaison de la Chambre des lords ; ils portent sur la lecture et l’audience en général, pas sur les seuls réseaux sociaux. Préparez le message de suivi dès le début de la campagne et assurez-vous d’avoir le consentement des personnes pour les recontacter.',
    example: {
      do: 'Programmer la publication et le courriel aux signataires dès que la date du débat est fixée.',
      dont: 'N’annoncer le débat que sur le compte général, le matin même.',
    },
  },
  'plan-young-audiences': {
    title: 'Pour toucher les jeunes, allez là où ils s’informent',
    body: 'Selon l’Ofcom (Royaume-Uni, 2024), 82 % des 16-24 ans s’informent sur les réseaux sociaux, 49 % à la télévision. Une commission des Communes a visé les étudiants sur Instagram ; le compte Instagram jeunesse du Storting norvégien a gagné 1 200 abonnés en deux semaines (2020).',
    why: 'Les chiffres de l’Ofcom concernent le Royaume-Uni et ont été lus dans un compte rendu de seconde main : vérifiez les données de votre pays. Le Storting a lancé « Stortinget Ung » pendant la suspension des visites due à la pandémie ; 84 % de ses premiers abonnés avaient moins de 34 ans. L’UIP rappelle que la moitié de la population mondiale a moins de 30 ans, contre 2,6 % seulement des parlementaires : s’adresser aux jeunes touche aussi à un déficit de représentation.',
  },
  'plan-decide-language-model': {
    title: 'Décidez avant le lancement comment traiter chaque langue officielle',
    body: 'Choisissez entre publications bilingues et comptes jumeaux, un par langue, et prévoyez le temps de traduction. Le gouvernement gallois publie dans les deux langues en même temps ; la Bibliothèque du Parlement du Canada tient des comptes parallèles en français et en anglais.',
    why: 'Dans le modèle gallois, chaque compte est soit bilingue, soit l’un d’une paire gallois/anglais ; chaque bio renvoie vers son jumeau, et les publications bilingues uniques sont privilégiées quand c’est possible. Quel que soit le modèle, publiez les langues ensemble, comme le gouvernement gallois, plutôt que de laisser l’une à la traîne.',
    example: {
      do: 'Publier ensemble les versions française et anglaise, et renvoyer dans chaque bio vers le compte jumeau.',
      dont: 'Publier dans une langue le matin et traduire « quand on aura le temps ».',
    },
  },
  'plan-platforms-from-national-data': {
    title: 'Choisissez vos plateformes d’après les données de votre pays',
    body: 'L’usage hebdomadaire des plateformes pour s’informer varie beaucoup selon la plateforme et le pays. Reuters Institute (2025), échantillon mondial : Facebook 36 %, X 12 %, Threads, Bluesky et Mastodon 2 % ou moins chacun. Vérifiez votre pays avant d’y mettre du temps.',
    why: 'Les lignes directrices de l’UIP de 2013 partaient d’un principe : aller là où se trouvent déjà les gens. Elles admettaient qu’il n’existe pas d’approche unique, tout dépendant de nombreux facteurs en ligne et hors ligne. Les chiffres du Digital News Report 2025 du Reuters Institute ont été lus dans un compte rendu de seconde main ; les pages par pays du rapport donnent les données locales.',
  },
  'plan-justify-a-new-account': {
    title: 'Avant d’ouvrir un compte, justifiez-le par écrit',
    body: 'Notez pourquoi le compte est nécessaire, pourquoi les canaux existants ne suffisent pas, à qui il s’adresse et qui l’animera. Un nouveau compte part de zéro : celui du Landtag de Haute-Autriche sur TikTok comptait 193 abonnés après environ six mois.',
    why: 'Le gouvernement de Nouvelle-Galles du Sud exige cette courte stratégie avant toute ouverture de compte et déconseille d’en créer pour des objectifs de court terme. Les comptes prolifèrent sans bruit : en 2017, une réponse de la Chambre des communes britannique à une demande d’accès à l’information indiquait qu’aucun registre central n’existait, et en 2019 la Chambre gérait 42 comptes Twitter. Une campagne peut souvent passer par un canal qui a déjà son public.',
  },
  'plan-clear-a-new-platform-first': {
    title: 'Faites valider une nouvelle plateforme par la sécurité et les élus',
    body: 'Le compte TikTok pilote du Parlement britannique a été fermé en août 2022, quelques jours après son lancement, face à des élus de premier plan qui, selon la presse, n’avaient pas été consultés. Plusieurs parlements ont depuis écarté TikTok de leurs appareils. Vérifiez d’abord.',
    why: 'Le Folketing danois (2023) a recommandé de retirer TikTok des appareils professionnels ; les deux Chambres britanniques et le Storting norvégien (2023), puis l’Eduskunta finlandaise (2024), l’ont bloqué ou retiré, le plus souvent sur avis des services de sécurité. D’autres assemblées, comme la Chambre des députés du Brésil, ont un compte TikTok. L’enjeu n’est pas de savoir quelle plateforme est la bonne, mais de trancher la question avec les services de sécurité et les instances dirigeantes avant le lancement.',
  },
  'plan-review-platform-choices': {
    title: 'Réexaminez vos choix de plateformes à date fixe',
    body: 'Les règles des plateformes changent : après la réforme du fil Facebook de 2018, le Parlement britannique a écrit sa première stratégie Facebook. Sur X, des Landtage allemands ont fait des choix opposés ; celui de Bavière revoit le sien régulièrement. Fixez une date de révision.',
    why: 'Andy Williamson, auteur des lignes directrices de l’UIP de 2013, prévenait dès 2013 que les plateformes évoluent vite. Les interactions et les clics du Parlement britannique sur Facebook avaient déjà nettement baissé fin 2017. Le Landtag de Basse-Saxe a cessé d’utiliser X, estimant qu’une institution neutre ne pouvait plus y rester ; la présidente de celui de Bavière a jugé que partir reviendrait à laisser la place aux radicaux. Les deux positions se défendent : écrivez vos critères et fixez une date pour les réexaminer.',
  },
  'plan-staff-replies-before-inviting-them': {
    title: 'Prévoyez les effectifs avant d’appeler aux réactions',
    body: 'Appeler des questions crée du travail : réponses, modération, suivi. Décidez qui s’en charge, combien de temps, et qui remplace les absents. Pour 76 % des centres de gouvernement sondés par l’OCDE, le manque de personnel et de compétences est l’un des trois grands défis.',
    why: 'Dans l’enquête 2020 de l’OCDE, 76 % des centres de gouvernement plaçaient le manque de personnel et de compétences parmi leurs trois principales difficultés de communication ; le chiffre a été rapporté par les auteurs du rapport dans un podcast. Les lignes directrices de l’UIP de 2013 insistaient déjà sur des effectifs suffisants et sur la formation. L’État de Victoria (Australie) demande à chaque compte officiel un plan de continuité pour les effectifs de modération.',
  },
  'plan-reply-rota': {
    title: 'Organisez un roulement pour répondre au public, avec une fiche commune',
    body: 'Confiez à chaque collègue formé un jour fixe pour répondre, tenez une fiche des réponses fréquentes et consignez chaque question. USAGov a fonctionné ainsi pendant trois ans : plus de 3 000 questions traitées en deux langues, et un temps par réponse divisé par deux.',
    why: 'L’équipe d’USAGov s’était aussi fixé une règle : demander de l’aide à un collègue après environ cinq minutes de recherche. Son registre (plateforme, auteur de la réponse, temps passé) alimentait la fiche et montrait à la direction ce que valait le service.',
  },
  'plan-live-qa-roles': {
    title: 'Pour des questions-réponses en direct, prévoyez trois rôles et le trop-plein',
    body: 'Un animateur, un expert du sujet et un responsable des réseaux sociaux, en contact permanent. Fixez le thème et dites où iront les questions en suspens. Quand le président du Riksdag suédois a répondu sur Instagram en 2020, seul un tiers environ des questions a eu sa réponse.',
    why: 'Ces trois rôles viennent de recommandations fédérales américaines sur l’organisation de chats Twitter. Le Riksdag a ensuite publié une sélection de questions et de réponses sur son site. Lors d’un chat Twitter de 12 heures coorganisé par l’UIP en 2018, les questions étaient numérotées et chaque réponse commençait par le numéro de sa question.',
    example: {
      do: 'Posez vos questions au président de l’Assemblée sur le fonctionnement de l’hémicycle, jeudi de 12 h à 13 h. Questions restées sans réponse : synthèse sur notre site lundi.',
      dont: 'Posez-nous toutes vos questions ! (sans horaire, ni thème, ni suite)',
    },
  },
  'plan-central-team-and-network': {
    title: 'Confiez le pilotage à une équipe et reliez les autres',
    body: 'Quand plusieurs services publient pour le Parlement, une équipe centrale peut fixer les règles, conseiller et animer les comptes officiels. Le Parlement britannique a bâti sa stratégie Instagram en ateliers avec plus de 40 communicants et agents du numérique des deux Chambres.',
    why: 'L’équipe centrale du Parlement britannique conseille les différentes équipes de communication des deux Chambres, et anime et analyse les comptes institutionnels. Ses ateliers ont conclu qu’il fallait un calendrier éditorial régulier pour que les réseaux sociaux ne passent pas après tout le reste. En 2021, le conseil des présidents du Parlement finlandais a proposé de réorganiser son département de la communication sous une direction à plein temps, notamment parce que ses unités travaillaient en silos.',
  },
  'plan-digital-skills-in-member-offices': {
    title: 'Inscrivez les compétences numériques dans les fiches de poste',
    body: 'Les collaborateurs assurent souvent le quotidien : des députés finlandais interrogés en 2021 les jugeaient plus utiles que leur parti sur ce plan. Dans un projet britannique, 15 collaborateurs sur 19 se disaient freinés en ligne faute de compétences. Exigez-les à l’embauche.',
    why: 'Dans l’étude de l’université de Tampere, certains collaborateurs montaient et sous-titraient des vidéos, préparaient des modèles de publication et répondaient aux messages des citoyens. Le projet Digital MPs de Doteveryone a relevé que 17 des 40 dernières offres d’emploi de collaborateurs parlementaires examinées ne mentionnaient aucune compétence numérique, et recommande de les inscrire dans chaque fiche de poste.',
  },
  'plan-messages-are-casework': {
    title: 'Traitez les messages privés comme des demandes d’administrés',
    body: 'Un message reçu sur le compte d’un élu peut être un vrai dossier. Un parlementaire a reçu 177 messages Facebook en 13 mois environ, dont 31 à instruire. Consultez la messagerie chaque jour et indiquez dans la bio comment obtenir de l’aide et sous quel délai.',
    why: 'Doteveryone conseille d’intégrer les messageries des réseaux sociaux au tri quotidien du courrier, de mettre l’adresse électronique de la permanence dans la bio et d’épingler une publication expliquant le traitement des demandes. Une boîte à outils britannique sur la sécurité en ligne des élus ajoute : fixer des créneaux de consultation des comptes, les annoncer publiquement et utiliser un compte professionnel distinct.',
    example: {
      do: 'Bio : Pour une démarche personnelle, écrivez à la permanence (adresse). Réponse sous 5 jours ouvrés.',
      dont: 'Laisser la messagerie ouverte sans dire qui la lit ni quand.',
    },
  },
  'plan-records-and-house-rules': {
    title: 'Prévoyez l’archivage et publiez vos règles dès le premier jour',
    body: 'Publications, commentaires et messages peuvent relever des archives publiques : dans les organismes publics suédois, ils peuvent devenir des documents officiels ; aux États-Unis, ceux des agences sont des archives fédérales. Réglez l’archivage et publiez vos règles d’emblée.',
    why: 'L’exemple suédois concerne les organismes publics en général, comme l’explique l’institut statistique suédois (SCB). L’État de Victoria (Australie) demande à chaque compte officiel une stratégie, un guide des risques, un audit annuel, une procédure d’archivage, des règles de participation publiques, un guide interne de modération, une procédure de réclamation et une continuité de la modération. En Nouvelle-Zélande, les administrations publient une déclaration de transparence sur leur pratique. Indiquez aussi qui anime le compte, et vérifiez les règles d’archivage de votre parlement.',
  },
  'plan-calendar-known-dates': {
    title: 'Construisez le calendrier autour des dates déjà connues',
    body: 'Anniversaires, portes ouvertes, rendez-vous récurrents : autant d’accroches. L’Assemblée nationale slovène a lancé son Instagram le 19 février 2019 à 11 h, 60 ans à la minute près après l’inauguration de son siège ; le Riksdag, son centenaire de la démocratie à la date exacte.',
    why: 'Le programme « Fira demokratin! » du Riksdag (2018-2022) s’est ouvert le 17 décembre 2018, un siècle jour pour jour après les premiers accords sur le suffrage universel. Au Danemark, la Nuit de la culture, la Journée de la citoyenneté et le Parlement des jeunes, tous les deux ans, reviennent régulièrement à Christiansborg. Inscrivez ces dates au calendrier un an à l’avance et prévoyez un contenu pour chacune.',
  },
  'plan-inquiry-key-moments': {
    title: 'Prévoyez un contenu pour chaque étape d’une enquête de commission',
    body: 'Une enquête a ses temps forts : lancement, auditions, rapport. Les commissions des Communes britanniques ont préparé un visuel pour chacun et écrit en langage clair ; leurs tweets se sont davantage partagés et les impressions mensuelles ont dépassé 4 millions en juillet 2016.',
    why: 'Auparavant, les retweets des commissions plafonnaient autour de 2 500 par mois. La stratégie, lancée en octobre 2015, visait à rendre les enquêtes faciles et intéressantes à suivre. Préparez les trois séries de supports au lancement de l’enquête, pas la veille de chaque audition.',
  },
  'plan-sign-up-reminders': {
    title: 'Pour une inscription, prévoyez les relances autant que le lancement',
    body: 'Une seule publication suffit rarement à faire le plein d’inscriptions. Prévoyez une séquence : annonce, rappel à mi-parcours, dernier appel avant la date limite. Renvoyez toujours vers la même page, vérifiez qu’elle s’affiche bien sur mobile et rappelez la date à chaque fois.',
    example: {
      do: 'Semaine 1 : ouverture des inscriptions. Semaine 3 : la moitié des places est prise. La veille : dernier appel, date limite dès la première ligne.',
      dont: 'Une seule annonce un mois avant la date limite, puis plus rien.',
    },
  },
  'plan-campaign-hashtag-and-handles': {
    title: 'Arrêtez le hashtag de campagne et la liste des comptes à citer avant le lancement',
    body: 'Choisissez un hashtag court, vérifiez qu’il n’est pas déjà pris et communiquez-le aux partenaires et intervenants, avec leurs identifiants. Le Riksdag a regroupé Almedalen 2018 sous #duochdemokrati ; le Parlement britannique associait #ParliChat à un hashtag thématique.',
    why: 'Les recommandations fédérales américaines sur la couverture d’événements prévoient de préparer à l’avance la liste des comptes des intervenants et des organisations ainsi que le hashtag officiel ; les mentionner relie leurs abonnés à l’événement. En 2014, l’équipe de sensibilisation du Parlement britannique a animé un chat avec la communauté Our Diabetes en associant un hashtag sur le diabète à #ParliChat.',
  },
  'plan-few-big-campaigns-a-month': {
    title: 'Limitez les grandes campagnes et laissez du jeu dans le calendrier',
    body: 'USAGov ne mène pas plus de deux ou trois grandes campagnes par mois et garde de la place pour l’actualité et les demandes des partenaires. Recueillez les idées par un formulaire unique : quoi, quand, pour qui, en quelles langues, avec quel appui.',
    why: 'USAGov tient son calendrier éditorial comme une vue d’ensemble, pas comme un plan de projet détaillé ; son formulaire demande aussi quelles pages web sont concernées et qui propose l’idée. Les ateliers du Parlement britannique avec les équipes de communication ont conclu qu’un rythme régulier évite que les réseaux sociaux passent après tout le reste.',
  },
  'plan-targets-from-your-baseline': {
    title: 'Fixez vos cibles à partir de votre propre point de départ',
    body: 'Avant le lancement, relevez le niveau actuel de ce que vous mesurerez, par exemple la moyenne d’interactions par publication sur trois mois, et fixez la cible par rapport à lui. Les références sectorielles reposent sur des formules diverses et portent sur des marques.',
    why: 'Le cadre d’évaluation intégré de l’AMEC est conçu pour servir dès la planification, à partir des objectifs. Les études de référence ne calculent pas de la même façon : un même secteur peut afficher 0,26 % dans l’une et 3,80 % dans une autre. Vos propres résultats passés, mesurés de la même façon, sont un étalon plus juste.',
    example: {
      do: 'Les trois derniers lancements d’enquête ont obtenu en moyenne 45 interactions par publication ; cible : 60 pour celui-ci.',
      dont: 'Cible : dépasser le taux d’engagement moyen du secteur trouvé en ligne.',
    },
  },
  'plan-targets-fit-the-account-stage': {
    title: 'Choisissez des cibles adaptées à la maturité du compte',
    body: 'Un compte récent suit sa croissance et les visiteurs qui reviennent ; un compte établi, l’engagement et l’expérience du public. Rattachez chaque cible à une priorité de l’institution, pas à ce que le tableau de bord affiche en premier.',
    why: 'Les recommandations fédérales américaines sur les indicateurs regroupent les mesures de base en audience, profondeur, engagement direct, fidélité et expérience usager ; elles jugent les mesures de croissance et de fidélité adaptées aux comptes qui bâtissent encore leur communauté. Au sein du gouvernement britannique, des « référents évaluation » construisent des indicateurs autour des priorités stratégiques de leur organisation.',
  },
  'plan-publish-response-times': {
    title: 'Publiez des délais de réponse que vous pouvez tenir',
    body: 'Fixez un délai de réponse tenable avec vos effectifs et publiez-le avec vos horaires de veille. Dans le secteur public, il va de 24 heures à 1 à 3 jours ouvrés, ou aux seules heures de bureau. Le Parlement britannique affichait naguère une modération de 10 h à 16 h en semaine.',
    why: 'Les recommandations fédérales américaines citent 24 heures ou 2 heures comme exemples de cibles. La Nouvelle-Galles du Sud demande que des règles de participation, accessibles depuis le profil, indiquent qui anime la page, comment les commentaires sont traités, les horaires de veille et les délais de réponse. Une promesse modeste et tenue inspire plus confiance qu’une promesse ambitieuse et manquée.',
  },
  'plan-anniversaries-people-recognise': {
    title: 'Choisissez les anniversaires qui comptent déjà pour vos abonnés',
    body: 'Partez des étapes que le public connaît. Le Folketing a ouvert sa page Facebook avec des dates de la démocratie danoise, comme le vote des femmes en 1915 ; la page de l’Eduskunta raconte l’histoire parlementaire, comme les premières députées de 1907.',
    why: 'La stratégie Instagram 2018 du Parlement britannique, fondée sur une étude de son public, a placé les anniversaires d’actualité parmi ses thèmes les plus performants, avec Big Ben et l’Elizabeth Tower, la restauration du Palais et l’art au Parlement. Vérifiez dans vos propres statistiques à quelle histoire votre public réagit.',
  },
  'plan-memory-calls-need-promotion': {
    title: 'Donnez à un appel à souvenirs un objectif et sa propre promotion',
    body: 'Un appel à souvenirs du parlement demande plus qu’une publication. Le Parlement finlandais a reçu environ 220 pages d’environ 70 personnes en 2016, au lieu des centaines de contributeurs espérées ; les organisateurs ont mis en cause la conduite et la promotion de l’appel.',
    why: 'Les organisateurs de « Minun eduskuntani – Min riksdag », menée avec les archives de la Société de littérature finnoise, ont aussi invoqué un sujet que le public tient pour acquis. Fixez un chiffre à atteindre, prévoyez la promotion pendant toute la collecte et dites où les contributions paraîtront : le Parlement a publié les meilleurs extraits sur son site tout au long de 2017.',
  },
  'plan-spread-a-jubilee-over-the-year': {
    title: 'Étalez un centenaire sur de nombreux moments et formats',
    body: 'Un jubilé est un programme, pas une publication. Le Riksdag suédois a fêté le centenaire de sa démocratie sur quatre ans, 2018–2022, avec expositions, films et matériel scolaire ; le Parlement finlandais a produit plus de 70 événements pour le centenaire de la Finlande en 2017.',
    why: 'Le programme « Fira demokratin! » du Riksdag s’est déroulé au Riksdag, dans toute la Suède, sur son site et sur les médias sociaux, avec un microsite de films, une frise chronologique interactive et des portraits comme celui des cinq premières femmes du Riksdag. En Finlande, les députés ont fait près de 600 visites d’écoles en janvier 2017, et l’année s’est close par une séance jubilaire le 5 décembre. Chaque volet donne aux comptes de quoi publier.',
  },
  'plan-give-young-people-a-role': {
    title: 'Donnez aux jeunes un rôle dans la couverture, pas seulement une place dans le public',
    body: 'Au Parlement des jeunes finlandais de 2024, une rédaction de jeunes a écrit le communiqué et des élèves journalistes ont interrogé les députés ; une commission des Communes a fait d’un sondage Instagram l’entrée des étudiants. Donnez aux jeunes un rôle dans les publications.',
    why: 'L’Eduskunta a publié le communiqué rédigé par « Nuorten Ääni », un service jeunesse de la ville d’Helsinki, et mis les photos de la journée sur son compte Flickr. Le Riksdag suédois a couvert le Riksdag des jeunes de 2018, où 349 délégués siégeaient dans 21 commissions, par un blog en direct horodaté.',
  },
} satisfies Record<string, TipText>;
