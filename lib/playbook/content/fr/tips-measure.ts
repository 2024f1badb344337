import type { TipText } from '../../schema';

export default {
  'measure-know-what-each-number-counts': {
    title: 'Sachez ce que comptent impressions, portée et interactions',
    body: 'Les impressions comptent chaque affichage, répétitions comprises ; la portée, les comptes distincts atteints ; les interactions, les mentions J’aime, partages, réponses et clics. Les impressions disent qu’un contenu a été vu, les interactions qu’il a retenu l’attention.',
    why: 'Les équipes des commissions des Communes britanniques travaillaient avec ces définitions : les impressions pour mesurer la portée, les interactions comme signe d’attention, et les interactions par publication pour juger de la qualité. Chaque plateforme nomme et calcule ces chiffres à sa façon, et les modifie avec le temps : précisez la définition retenue dans vos bilans.',
  },
  'measure-mark-metric-changes': {
    title: 'Signalez la rupture due au passage de Meta aux « vues »',
    body: 'Fin 2024, Meta a fait des vues l’indicateur principal de Facebook, comme déjà sur Instagram. Pour les photos, textes et stories, elles ont remplacé les impressions et incluent les vues répétées : les chiffres ont monté. Signalez ce changement dans toute série qui le traverse.',
    why: 'La portée, les vues de 3 secondes, les réactions, les commentaires et les partages n’ont pas changé : ces séries restent comparables de part et d’autre. Les « lectures » de vidéos ont simplement été renommées « vues ». Les plateformes renomment et redéfinissent souvent leurs indicateurs : quand une courbe fait un bond, vérifiez les définitions avant de vous en réjouir.',
  },
  'measure-video-watch-time': {
    title: 'Pour la vidéo, regardez la durée de visionnage, pas seulement les vues',
    body: 'Une vue peut ne durer que quelques secondes. Comparez les vues aux minutes regardées ou à la part de spectateurs allés jusqu’au bout. Un extrait de séance très vu mais peu regardé n’a pas fait passer l’essentiel.',
    why: 'Les recommandations fédérales américaines sur les indicateurs conseillent de rapprocher les vues des minutes regardées ou du taux de complétion, car un grand nombre de vues peut masquer le peu de personnes ayant vu le fond.',
  },
  'measure-followers-in-context': {
    title: 'Ne présentez pas le nombre d’abonnés seul',
    body: 'Le nombre d’abonnés se montre facilement et se lit souvent mal. Présentez-le avec les interactions, les visiteurs qui reviennent et les retours reçus. Les enquêtes recueillent peu de réponses : si vous en faites une, rattachez-la à une campagne précise.',
    why: 'Les recommandations fédérales américaines relèvent que le nombre d’abonnés est souvent pris pour un signe de succès, alors que la taille d’une communauté dit peu de chose sans autres mesures. Elles regroupent les mesures de base en audience (taille et croissance), profondeur, engagement direct, fidélité et expérience usager.',
  },
  'measure-outcomes-not-only-outputs': {
    title: 'Mesurez ce que les gens ont fait, pas seulement ce que vous avez publié',
    body: 'Distinguez les réalisations (publications, impressions), les acquis (ce que le public a compris ou ressenti) et les résultats (ce qu’il a fait : contributions, inscriptions, visites). Une consultation se juge aux contributions recueillies, pas à sa portée.',
    why: 'Le cycle d’évaluation du service de communication du gouvernement britannique (GCS, 2024) va des moyens et des réalisations aux acquis, aux résultats et à l’impact, puis à l’apprentissage ; le cadre d’évaluation intégré de l’AMEC suit une chaîne comparable. Quand la commission des pétitions du Parlement britannique a prévenu les signataires des débats, sa présidente en a mesuré l’effet par la hausse de la lecture du Hansard et de l’audience des débats : des résultats, pas des réalisations.',
    example: {
      do: 'Réalisations : 12 publications, 80 000 impressions. Résultat : 146 contributions écrites, dont 60 de locataires (le public visé).',
      dont: 'Bilan : 80 000 impressions. Mission accomplie.',
    },
  },
  'measure-track-the-action': {
    title: 'Suivez combien de personnes venues des réseaux sociaux sont passées à l’acte',
    body: 'Pour une inscription ou une consultation, ce qui compte, c’est combien de personnes venues des réseaux sociaux sont allées au bout. Demandez les visites par plateforme : le bilan de février 2017 de l’équipe numérique du Parlement britannique affichait +87 % via Twitter.',
    why: 'En 2009, dans un billet consacré aux statistiques de ses canaux, l’équipe web du Parlement britannique écrivait que les chiffres ne disent qu’une partie de l’histoire et que les retours du public et des services, et le trafic renvoyé vers le site, comptent aussi. Les recommandations fédérales américaines appellent cela la profondeur : conversions et consultation. Un lien distinct par plateforme permet aux statistiques du site de les distinguer.',
  },
  'measure-count-feedback-too': {
    title: 'Comptez aussi les retours, pas seulement les chiffres',
    body: 'Gardez trace des commentaires marquants, des questions, des reprises dans la presse et des réactions des collègues ou des élus pendant la campagne. Ils expliquent les chiffres et révèlent souvent des effets que les statistiques ne voient pas.',
    why: 'Dès 2009, l’équipe web du Parlement britannique notait que les chiffres ne disent qu’une partie de l’histoire : les retours du public et des services, et le trafic vers le site, comptent aussi. Les recommandations fédérales américaines proposent par exemple de lire un hashtag à travers la tonalité, les mots-clés dominants et le volume d’interactions plutôt qu’un seul total.',
  },
  'measure-engagement-per-post': {
    title: 'Jugez la qualité aux interactions par publication, pas aux totaux',
    body: 'Divisez les interactions par le nombre de publications : sont-elles meilleures ou seulement plus nombreuses ? D’octobre 2015 à mai 2016 environ, les tweets des commissions des Communes britanniques ont crû de 13 %, leurs impressions de 258 % et leurs interactions de 300 %.',
    why: 'Le progrès des commissions tenait à de meilleures publications (visuels aux moments clés des enquêtes, langage plus clair), pas à leur nombre. Les interactions par publication séparent la qualité du volume : publier davantage peut gonfler les totaux alors que chaque publication fait moins bien.',
    example: {
      do: 'Campagne A : 20 publications, 900 interactions (45 par publication). Campagne B : 40 publications, 1 200 interactions (30 par publication).',
      dont: 'La campagne B a mieux marché : 1 200 interactions contre 900.',
    },
  },
  'measure-one-engagement-rate-formula': {
    title: 'Choisissez une formule du taux d’engagement et tenez-vous-y',
    body: 'Le taux d’engagement peut désigner les interactions par impression (comme sur X) ou par abonné (comme chez certains cabinets d’étude). Les deux ne se comparent pas. Choisissez-en une, indiquez-la dans chaque bilan et ne les mélangez jamais.',
    why: 'Sur X, les interactions incluent les clics n’importe où sur une publication (liens, hashtags, profil, affichage complet) ainsi que les reposts, réponses, abonnements et mentions J’aime, selon la description des indicateurs de X par Buffer ; les commissions des Communes britanniques comptaient aussi les clics sur les hashtags. Les études de référence ne calculent pas de la même façon : un même secteur peut afficher 0,26 % dans l’une et 3,80 % dans une autre.',
    example: {
      do: 'Taux d’engagement = interactions ÷ impressions, statistiques X, toutes les publications de la campagne.',
      dont: 'Comparer notre taux X par impression à un taux Instagram par abonné tiré d’une étude sectorielle.',
    },
  },
  'measure-response-times': {
    title: 'Mesurez la vitesse de vos réponses et la part des questions traitées',
    body: 'Si la campagne appelle des questions, notez combien sont arrivées, combien ont reçu une réponse et en combien de temps, puis comparez avec le délai que vous avez publié. La rapidité de réponse mesure un service rendu ; ce n’est pas un détail.',
    why: 'Les recommandations fédérales américaines rangent le volume et la rapidité des réponses dans l’engagement direct. USAGov consignait chaque question avec le canal, l’auteur de la réponse et le temps passé ; en trois ans, il a divisé par deux le temps par question et s’est servi du registre pour montrer à sa direction le retour sur investissement.',
  },
  'measure-against-target-and-own-past': {
    title: 'Comparez vos résultats à votre cible et à votre passé, pas aux marques',
    body: 'Les références sectorielles viennent des marques et dépendent de la méthode. Médiane 2024 de Rival IQ sur Facebook, tous secteurs : 0,063 % d’interactions par abonné et par publication (marques de 25 000 à 1 million de fans). C’est un contexte ; jugez la campagne à sa cible.',
    why: 'Les chiffres de Rival IQ ont été lus dans des comptes rendus de seconde main. Les études de référence ne calculent pas de la même façon (Rival IQ divise par le nombre d’abonnés, Hootsuite fait la moyenne des interactions par publication) : un même secteur peut afficher 0,26 % dans l’une et 3,80 % dans une autre. Une campagne comparable de votre propre institution, mesurée de la même façon, est un meilleur étalon.',
  },
  'measure-narrative-report': {
    title: 'Accompagnez les chiffres d’un court récit mensuel',
    body: 'Les chiffres ne parlent pas d’eux-mêmes. Chaque mois, dites ce qui s’est passé, en quoi cela sert les objectifs de l’institution et ce que vous allez changer. L’équipe numérique du Parlement britannique s’est engagée à commenter chaque mois ses indicateurs par écrit.',
    why: 'Les recommandations fédérales américaines demandent un récit de campagne qui combine plusieurs mesures et en explique le sens. Il devrait toujours y avoir quelque chose à dire sur la façon dont les réseaux sociaux ont servi les objectifs de l’organisation ; sinon, il faut revoir la stratégie.',
    example: {
      do: 'Mars : le fil consacré au rapport a apporté l’essentiel des visites sur la page de l’enquête ; nous ferons de même pour le prochain rapport.',
      dont: 'Mars : 212 publications, 1,3 million d’impressions, 4 100 interactions.',
    },
  },
  'measure-proportionate-evaluation': {
    title: 'Proportionnez l’évaluation à l’ampleur de la campagne',
    body: 'Une opération d’une semaine appelle une simple vérification de son objectif ; un programme d’un an, davantage. Pour les actions peu coûteuses comme les réseaux sociaux, le gouvernement britannique propose un arbre de décision : évaluation simple, approfondie ou complète.',
    why: 'Cet arbre de décision accompagne le cycle d’évaluation (2024) du service de communication du gouvernement britannique (GCS). La planification suit la même logique : selon le GCS, une action numérique peut se préparer en quelques heures, alors que l’analyse du public d’une longue campagne de changement de comportement prend des semaines. Les indicateurs de base fédéraux américains de 2013 ont été choisis pour pouvoir être produits avec des outils gratuits : une petite équipe peut commencer sans outil payant.',
  },
  'measure-privacy-in-reports': {
    title: 'Rendez compte de thèmes et de totaux, pas de personnes nommées',
    body: 'Dans vos bilans, présentez tonalité, thèmes et publics de façon agrégée, sans liste d’internautes du type « principaux influenceurs ». Avant d’utiliser un outil de veille, faites vérifier ses conditions par vos collègues juristes et chargés de la protection des données.',
    why: 'C’est ce que recommandent les lignes directrices fédérales américaines sur les indicateurs pour les organismes publics, dont les mesures de base ont été choisies en partie pour protéger la vie privée des citoyens. Dans une synthèse de consultation, ne citez les contributions qu’anonymisées ou avec l’accord de leurs auteurs.',
  },
  'measure-review-every-campaign': {
    title: 'Terminez chaque campagne par un court retour d’expérience',
    body: 'Peu après la fin, prenez une demi-heure avec l’équipe : qu’est-ce qui a marché, pourquoi, que changer la prochaine fois ? Consignez les réponses là où la personne qui préparera la prochaine campagne les trouvera.',
    why: 'Une boîte à outils fédérale américaine recommande de clore chaque incident ou campagne par un bilan de ce qui a marché, pourquoi et ce qu’il faut changer, et de tenir à jour un rapport de retour d’expérience. Le cycle d’évaluation du service de communication du gouvernement britannique (GCS) se termine lui aussi par une étape « apprentissage et innovation ».',
  },
  'measure-explain-shortfalls': {
    title: 'Expliquez par écrit pourquoi une campagne a manqué son but',
    body: 'Le Parlement finlandais attendait des centaines de participants à sa collecte de souvenirs de 2016 ; environ 70 ont répondu. Les organisateurs ont dit pourquoi : conduite et promotion de l’opération, sujet que chacun tient pour acquis. Une telle franchise prépare mieux la suite.',
    why: 'Ce bilan a été publié sur le blog de la Bibliothèque du Parlement, et les meilleurs extraits ont tout de même paru sur le site du Parlement tout au long de 2017. Un nouveau canal peut aussi décevoir : le compte TikTok du Landtag de Haute-Autriche comptait 193 abonnés après environ six mois. Notez les raisons tant qu’elles sont fraîches.',
  },
  'measure-evaluation-is-a-team-skill': {
    title: 'Faites de l’évaluation de base une compétence de toute l’équipe',
    body: 'Toute personne qui publie devrait savoir fixer un objectif mesurable, lire les principaux chiffres et rédiger un court bilan. La communication gouvernementale britannique a trois niveaux en évaluation et attend de chaque communicant du gouvernement au moins le premier.',
    why: 'Ces trois niveaux s’appellent « Foundation », « Practitioner » et « Advanced ». La mesure de l’efficacité figurait déjà dans les lignes directrices de l’UIP de 2013 sur les médias sociaux pour les parlements, aux côtés du droit d’auteur et de la protection de la vie privée.',
  },
} satisfies Record<string, TipText>;
