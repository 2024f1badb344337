import type { TipText } from '../../schema';

/** Textes français des conseils de l’étape « exécuter » (identifiants et sources dans content/tips/execute.ts). */
export default {
  // ── Écrire pour chaque réseau ────────────────────────────────────────────
  'execute-x-weighted-count': {
    title: 'Sur X, comptez comme X compte, pas comme l’écran affiche',
    body: 'X accepte 280 caractères pondérés : chaque emoji compte 2, chaque caractère chinois, japonais ou coréen 2, et chaque lien 23 quelle que soit sa longueur ; les médias joints ne comptent pas. Un texte qui paraît court peut donc dépasser.',
    why: 'Les emoji et les liens sont les pièges habituels. Comme toute adresse compte 23, un long lien vers la page du texte de loi ne coûte pas plus qu’un lien court : inutile de raccourcir les URL sur X.',
    example: {
      do: 'Renvoyer le détail vers la page liée et garder une seule phrase claire dans la publication.',
      dont: 'Remplacer des mots par des emoji pour gagner de la place : chacun coûte deux caractères.',
    },
  },
  'execute-bluesky-graphemes': {
    title: 'Bluesky : 300 caractères tels qu’on les voit, et un texte alternatif long',
    body: 'Bluesky compte jusqu’à 300 graphèmes, soit ce que le lecteur perçoit comme un caractère : même un emoji de famille composé compte pour un. La description d’image peut atteindre 2 000 graphèmes : gardez la publication concise et détaillez le visuel dans le texte alternatif.',
    why: 'Un même texte ne se compte pas pareil sur X et sur Bluesky : X pondère emoji et liens, Bluesky compte les caractères visibles. Avec une telle marge pour le texte alternatif, aucun graphique ne devrait partir sans description.',
  },
  'execute-mastodon-server-norms': {
    title: 'Mastodon : vérifiez la limite de votre serveur et écrivez pour un fil chronologique',
    body: 'La longueur maximale peut varier selon le serveur Mastodon : vérifiez celle du vôtre. Le fil d’accueil est chronologique, sans algorithme de tri, et beaucoup suivent des mots-dièse. Ajoutez un mot-dièse lisible en CamelCase et décrivez chaque image : les communautés y tiennent.',
    why: 'Sans algorithme pour pousser les messages, le moment de publication et les mots-dièse font le travail de découverte. Conseil propre à Rostrum : aucune des sources de notre recherche ne traite des usages sur Mastodon.',
  },
  'execute-threads-one-topic-tag': {
    title: 'Threads : 500 caractères et une seule étiquette de sujet',
    body: 'Une publication Threads compte au plus 500 caractères et une seule étiquette de sujet. Choisissez celle que les gens chercheraient, le sujet ou le nom de la campagne, plutôt que le nom de l’institution, et laissez le texte porter le reste.',
    example: {
      do: 'Une étiquette qui nomme le sujet, par exemple « Rural Broadband », et une phrase simple sur l’audition de la commission.',
      dont: 'Une rangée de mots-dièse recopiée de la version X de la publication.',
    },
  },
  'execute-linkedin-before-see-more': {
    title: 'LinkedIn : le message doit tenir avant « voir plus »',
    body: 'LinkedIn admet 3 000 caractères mais n’affiche que le début avant « voir plus » : environ 140 caractères selon une mesure. Mettez l’information et son intérêt pour ce public dans la première ligne ; le contexte et les liens peuvent suivre.',
    why: 'Ce début est peut-être tout ce que le lecteur verra de la publication. Une ouverture du type « Nous avons le plaisir de vous annoncer que… » le gaspille.',
    example: {
      do: '« Appel à contributions : la commission des sciences demande aux chercheurs comment l’IA est utilisée dans l’évaluation par les pairs. Date limite : 15 mars. »',
      dont: '« Nous avons le plaisir de partager qu’à l’issue de longues délibérations, la commission a décidé de… »',
    },
  },
  'execute-facebook-room-to-explain': {
    title: 'Facebook : de la place pour expliquer, pas pour délayer',
    body: 'Un député suédois jugeait Facebook plus propice que Twitter aux raisonnements longs, mais on y lit quand même en diagonale. Commencez par l’essentiel, limitez les phrases à 20 ou 25 mots environ, sautez une ligne entre les idées et ne dépassez pas trois phrases par paragraphe.',
    why: 'Ces limites de phrases et de paragraphes viennent des guides de style d’organismes publics : les consignes réseaux sociaux d’une collectivité britannique, le guide de style du ministère de l’Éducation du Queensland et celui de l’Office national de la statistique britannique.',
  },
  'execute-instagram-caption-opening': {
    title: 'Instagram : l’image fait la publication, la première ligne accroche',
    body: 'Une légende peut atteindre 2 200 caractères, mais seuls les 125 premiers environ s’affichent avant « plus ». Commencez par ce que montre l’image et pourquoi c’est important, et décrivez toujours l’image elle-même : sur Instagram, c’est elle qui porte le message.',
    example: {
      do: '« Derrière le cadran : des restaurateurs nettoient les vitres de l’horloge de la tour Elizabeth. » (avec texte alternatif)',
      dont: '« Encore une semaine chargée au Parlement ! Lisez la suite pour en savoir plus sur… »',
    },
  },
  'execute-instagram-five-hashtags': {
    title: 'Instagram : cinq mots-dièse au plus, choisis pour la recherche',
    body: 'Depuis décembre 2025, Instagram limite publications et Reels à cinq mots-dièse. Son responsable, Adam Mosseri, estime que quelques mots-dièse précis valent mieux que de longues listes génériques, et qu’ils aident à être trouvé dans la recherche, pas à élargir la portée.',
    why: 'Un long bloc de mots-dièse n’est plus permis. Gardez celui de la campagne et le sujet que les gens recherchent vraiment, et consacrez la place gagnée à une meilleure légende.',
  },
  'execute-youtube-title-first-words': {
    title: 'YouTube : le sujet dans les premiers mots du titre',
    body: 'Un titre compte jusqu’à 100 caractères, mais les résultats de recherche n’en montrent que 60 à 70. Commencez par le sujet (le texte, la question, la commission), pas par la date ni le nom de l’institution. Titres et descriptions refusent les chevrons.',
    why: 'La description admet 5 000 octets, soit moins de caractères dès que le texte comporte des accents ou des alphabets non latins. Servez-vous-en pour les liens, les chapitres et l’intitulé complet de la séance.',
    example: {
      do: '« Texte sur l’aide à mourir : l’ultime débat des députés, temps forts | House of Commons »',
      dont: '« House of Commons, 20 juin, débats en séance, partie 2 »',
    },
  },
  'execute-tailor-each-platform': {
    title: 'Réécrivez pour chaque réseau au lieu de coller le même texte partout',
    body: 'Une même information demande une coupe différente selon le réseau : une phrase d’accroche et une image sur Instagram, un message factuel court sur X ou Bluesky, une explication plus complète sur Facebook ou LinkedIn. Un texte collé tel quel ne convient à aucun.',
    why: 'Dans une présentation de 2013, l’auteur des lignes directrices de l’UIP de 2013 sur les médias sociaux rangeait parmi les inconvénients l’exigence d’un contenu pertinent pour son public et soigneusement adapté. Au Brésil, 65 % des équipes de députés fédéraux interrogées suivaient une stratégie propre à chaque plateforme.',
  },
  'execute-thread-numbering': {
    title: 'Numérotez les messages d’un fil et rendez le premier autonome',
    body: 'Le premier message sera peut-être le seul lu : il doit porter l’information seul. Numérotez la suite (1/5, 2/5…) pour qu’on s’y retrouve. Un chat #YouthinPolitics coorganisé par l’UIP en 2018 numérotait ses questions, et chaque réponse commençait par le numéro de sa question.',
    example: {
      do: '« 1/4 Le projet de loi de finances a été adopté ce soir. Voici ce qui change pour vous. »',
      dont: '« Un thread 🧵👇 » en premier message, l’information n’arrivant qu’au troisième.',
    },
  },
  'execute-language-matches-campaign': {
    title: 'Publiez dans la langue de la campagne, et dans chaque langue officielle',
    body: 'Un message dans la mauvaise langue manque son public. Là où le parlement travaille en deux langues, publiez les deux versions en même temps, en un message bilingue ou sur des comptes jumeaux dont les biographies se citent, comme le fait le gouvernement gallois.',
    why: 'Le modèle du gouvernement gallois veut que chaque compte soit bilingue ou l’un d’une paire, et que tout contenu original paraisse dans les deux langues en même temps. La Commission du Senedd publie à chaque législature un programme des langues officielles qui précise quels services sont bilingues. La Bibliothèque du Parlement du Canada tient des comptes parallèles en anglais et en français.',
  },
  'execute-people-before-process': {
    title: 'Commencez par les gens et les conséquences, puis la procédure',
    body: 'Sur le blog et les réseaux du Parlement britannique, les histoires de personnes ont mieux marché que les points d’étape. Dites d’abord qui est concerné ou ce qui change, puis à quelle étape de la procédure on en est et où suivre la suite.',
    why: 'Dans une étude, environ 80 % des publications du Parlement britannique rendaient compte de l’activité parlementaire. Le compte rendu a sa place, mais dans une présentation de 2013, l’auteur des lignes directrices de l’UIP de 2013 rappelait que le contenu doit intéresser le public, pas servir l’autopromotion.',
    example: {
      do: '« Les aidants pourraient obtenir cinq jours de congé non rémunéré par an. Les députés débattent du texte vendredi. »',
      dont: '« Carer’s Leave Bill : deuxième lecture, vendredi. »',
    },
  },
  'execute-one-clear-call-to-action': {
    title: 'Demandez une action concrète : quoi, où, avant quand',
    body: 'Pour faire agir, dites exactement quoi faire : « Envoyez votre contribution avant le 15 mars », « Suivez le débat lundi à 16 h 30 ». Quand la commission des pétitions des Communes a annoncé leur débat aux signataires, l’audience des débats de Westminster Hall a bondi de 900 %.',
    why: 'La présidente de la commission, Helen Jones, a donné ce chiffre à une revue de la commission de liaison des Lords. Une demande concrète n’est pas un slogan : une étude des publications Facebook d’acteurs politiques a trouvé que les appels explicites à agir faisaient plutôt baisser l’engagement ; évitez « Likez et partagez ! », proposez une vraie étape suivante en nommant sa destination.',
  },
  'execute-consult-lived-experience': {
    title: 'Dans un appel à contributions, demandez ce que les gens ont vécu, pas ce qu’ils pensent',
    body: 'Rédigez l’appel pour qu’on y réponde par son vécu. Les forums de commissions britanniques demandant le vécu, pas le débat, marchaient : en 2013, celui de la commission des transports sur l’accessibilité a reçu 332 messages de personnes handicapées ; l’appel écrit, une poignée.',
    why: 'Une question concrète sert aussi le contrôle : la commission de l’administration publique a recueilli sur Twitter des questions pour une séance avec le ministre Francis Maude. Dites qui vous voulez entendre et posez une question à laquelle ces personnes peuvent répondre.',
    example: {
      do: '« Un ascenseur en panne vous a-t-il déjà empêché de prendre un train ? Racontez à la commission des transports ce qui s’est passé. »',
      dont: '« Quel est votre avis sur la politique d’accessibilité ? Exprimez-vous ! »',
    },
  },

  // ── Langage clair et jargon ──────────────────────────────────────────────
  'execute-jargon-say-what-happens': {
    title: 'Remplacez le vocabulaire de procédure par ce qui se passe vraiment',
    body: '« Second reading », « Standing Orders » ou « prorogation » parlent peu hors du bâtiment. Dites ce qui se passe et ce que cela change : « les députés débattent aujourd’hui des grands objectifs du texte », « le règlement de la Chambre ». Gardez au besoin le terme officiel après.',
    why: 'Une équipe de commission britannique a chassé le jargon de ses messages et constaté que même « transpartisan » était mal compris. Quand le sous-titrage en direct est arrivé en 2023 dans les retransmissions des séances, le Speaker des Communes a fait valoir qu’il aide aussi les novices que le vocabulaire parlementaire déroute. GOV.UK vise un niveau de lecture de 9 ans.',
    example: {
      do: '« Aujourd’hui, les députés débattent des grandes idées du texte sur le logement. S’ils l’approuvent, une commission l’examinera ligne par ligne. »',
      dont: '« Housing Bill : 2R en séance aujourd’hui, puis committal. »',
    },
  },
  'execute-show-committee-membership': {
    title: 'Montrez qui siège dans une commission au lieu de la décrire',
    body: 'Des mots comme « transpartisan » perdent beaucoup de lecteurs. Une équipe de commission britannique a renoncé à les expliquer et publié un visuel des membres avec leur parti. Montrer qui est autour de la table explique une commission plus vite qu’une définition.',
  },
  'execute-spell-out-acronyms': {
    title: 'Développez un sigle à sa première apparition',
    body: 'Écrivez d’abord le nom complet, le sigle entre parenthèses, ou reformulez pour vous en passer. Les lecteurs d’écran écorchent aussi les sigles inconnus. Si la place manque, coupez d’autres mots plutôt que d’abréger.',
    example: {
      do: '« La commission des comptes publics (Public Accounts Committee, PAC) publie son rapport sur les listes d’attente à l’hôpital. »',
      dont: '« Rapp. PAC sur LA hosp. dispo. »',
    },
  },
  'execute-one-idea-per-sentence': {
    title: 'Une idée par phrase',
    body: 'Les guides de style d’organismes publics limitent les phrases à 20 ou 25 mots environ et les paragraphes à trois phrases. Coupez une phrase longue là où commence une nouvelle idée, placez le fait principal en tête et sautez une ligne entre les idées.',
    why: 'GOV.UK écrit pour un niveau de lecture de 9 ans, car en Angleterre un adulte sur sept lit au niveau attendu entre 9 et 11 ans, ou en dessous. Le but est un texte qui se parcourt vite, pas un texte enfantin.',
  },
  'execute-cut-words-not-letters': {
    title: 'Trop long ? Coupez des mots, pas des lettres',
    body: 'Retirez une incise, une formule de politesse ou un second message. Évitez le langage SMS et les abréviations maison (« ajd », « cdt », « com. ») : elles font négligé sur un compte officiel et les lecteurs d’écran trébuchent dessus.',
    example: {
      do: '« La commission auditionne la ministre à 10 h. En direct : » suivi du lien.',
      dont: '« Com. audit° Min. ajd 10h 👇 »',
    },
  },

  // ── Ton ──────────────────────────────────────────────────────────────────
  'execute-relaxed-tone-same-accuracy': {
    title: 'Un ton détendu, la rigueur d’un communiqué',
    body: 'Un ton chaleureux convient à un compte officiel, mais vérifiez noms, chiffres et dates comme pour un communiqué de presse. Une publication est en pratique définitive : dans le doute, abstenez-vous. Une phrase de communiqué collée telle quelle peut sembler sèche, voire agressive.',
    why: 'Les consignes de la fonction publique britannique pour les comptes officiels admettent un langage informel sans rien céder sur l’exactitude ; les règles actuelles du Government Communication Service ajoutent « dans le doute, ne publiez pas » et tiennent toute publication pour permanente.',
  },
  'execute-humour-with-care': {
    title: 'L’humour, oui, mais délibéré et testé sur un collègue sceptique',
    body: 'L’humour fait réagir sur les pages politiques ; sur un compte d’institution, une blague peut sembler partisane ou minimiser un vote. En 2024, la Chambre des députés du Brésil a fait sensation sur TikTok avec un tutoriel pour « envahir » le bâtiment, allusion aux émeutes de 2023.',
    why: 'Des études sur les publications Facebook politiques montrent que l’humour suscite davantage de commentaires, de mentions J’aime et de partages, et relèvent des ressorts efficaces (prise de position personnelle, appel à la colère) qui conviennent à un élu, pas à une institution neutre.',
  },
  'execute-no-shouting-in-capitals': {
    title: 'Ne criez pas en majuscules',
    body: 'Des mots ou des phrases entières en capitales se lisent comme des cris ; les règles de sous-titrage réservent d’ailleurs les majuscules à cet usage. Pour insister, placez le mot clé en tête ou sur sa propre ligne, et gardez les capitales pour les vrais sigles.',
    example: {
      do: '« Dernier jour demain : envoyez votre contribution à la commission de la santé. »',
      dont: '« DERNIÈRE CHANCE !!! ENVOYEZ VOS CONTRIBUTIONS »',
    },
  },
  'execute-member-attacks-trade-off': {
    title: 'Le conflit fait réagir : est-ce l’audience que vous voulez ?',
    body: 'Selon Pew, les publications Facebook d’élus du Congrès américain en désaccord avec l’autre parti faisaient plus réagir que les transpartisanes ; selon une autre étude, le ton négatif accroît l’engagement, l’émotion positive plus encore. Contestez le fond ; l’insulte est vaine.',
    why: 'Les recherches sur les publications politiques qui marchent citent l’écriture à la première personne, la confidence et la prise de position personnelle, toutes ouvertes à un élu. La Jo Cox Foundation propose aux candidats un engagement de civilité avec des modèles de messages.',
  },

  // ── Impartialité ─────────────────────────────────────────────────────────
  'execute-institution-takes-no-side': {
    title: 'Le compte du parlement ne prend pas parti',
    body: 'Le compte de l’institution parle pour toute l’assemblée. Dites ce qui s’est passé, qui a dit quoi ; laissez éloges, reproches et verdicts (« une victoire pour… », « honteux ») aux élus et partis. Les règles ou les services de plusieurs parlements prônent la neutralité politique.',
    why: 'Les lignes directrices de l’UIP de 2013 désignent la difficulté centrale : intéresser tout en restant non partisan. Les comptes du Parlement néo-zélandais ne publient jamais pour le gouvernement ou les partis ; la page Facebook de l’Eduskunta ne prend pas position sur le contenu des lois ; le porte-parole de l’administration du Parlement autrichien juge que la neutralité partisane absolue compte plus que tout.',
    example: {
      do: '« Le projet de loi est adopté par 312 voix contre 250. Il est transmis au Sénat. »',
      dont: '« Excellente nouvelle : le texte passe haut la main malgré l’obstruction de l’opposition ! »',
    },
  },
  'execute-institution-neutral-vote-results': {
    title: 'Annoncez les votes comme des résultats, en termes neutres',
    body: 'Donnez le résultat, les chiffres et la suite. Évitez les verbes qui jugent (« écrase », « passe de justesse », « défaite cinglante »). En octobre 2020, le compte de la Chambre des communes avait cessé de couvrir les scrutins.',
    why: 'En 2013, @HouseofCommons prévoyait de couvrir les scrutins en direct ; il y a ensuite renoncé. Une réponse écrite au nom de la House of Commons Commission (octobre 2020) a jugé essentiels, pour le service de la Chambre qui gère le compte, son engagement d’impartialité et la perception qu’on en a. Si vous annoncez les votes, un modèle neutre utilisé pour chaque résultat évite de choisir ses mots dans l’urgence.',
    example: {
      do: '« Amendement no 4 rejeté : 198 pour, 301 contre. La discussion se poursuit à l’article 5. »',
      dont: '« Le gouvernement écrase l’amendement des frondeurs. »',
    },
  },
  'execute-institution-no-party-reposts': {
    title: 'Pas de repartage de contenus de partis ou de campagne sur le compte institutionnel',
    body: 'Repartager, citer ou aimer le message de campagne d’un parti ou d’un élu engage le nom de l’institution. Ne reprenez les propos des élus que dans vos propres messages neutres, par exemple une citation du débat avec l’orateur nommé, et traitez tous les groupes de la même façon.',
    why: 'Les consignes de la fonction publique britannique excluent de relayer les messages de comptes partisans ; en période préélectorale, la Local Government Association demande aux collectivités de ne pas partager ni repartager de contenu politique.',
  },
  'execute-institution-tagged-in-attacks': {
    title: 'Quand des partisans mentionnent le compte du parlement, ne vous en mêlez pas',
    body: 'Le compte X de l’Assemblée nationale slovène est souvent mentionné dans des attaques partisanes ; en octobre 2025, un groupe d’opposition l’a mentionné en critiquant la présidente. Ni réponse, ni J’aime, ni repartage. Règle déformée ? Corrigez une fois, neutrement, chez vous.',
    why: 'Les consignes des canaux du gouvernement de Nouvelle-Galles du Sud rangent les questions politiques et les coups de colère parmi ce qu’un compte officiel ne doit pas traiter en public.',
  },
  'execute-institution-even-mentions': {
    title: 'Mentionnez les élus de façon égale, ou pas du tout',
    body: 'Quand l’institution mentionne des élus (orateurs d’un débat, membres d’une commission), appliquez la même règle à tous les groupes : tous, le président seul, ou personne. En mentionner certains et pas d’autres passe pour du favoritisme, même par simple précipitation.',
    why: 'Conseil propre à Rostrum. Une règle égale, écrite à l’avance, fait aussi gagner du temps pendant une couverture en direct.',
  },
  'execute-member-separate-roles': {
    title: 'Séparez les rôles d’un élu : fonction, parti, personne',
    body: 'Un élu peut être partisan sur son propre compte, mais les annonces officielles relèvent des canaux officiels. Au Danemark, un éditorial de 2020 a reproché à des ministres de diffuser des informations publiques importantes sur leur profil personnel.',
    why: 'Le code ministériel écossais autorise les ministres à garder un compte personnel, si son usage reste compatible avec leurs devoirs envers le Parlement, mais les annonces officielles passent par les comptes du gouvernement. Un guide britannique de sécurité en ligne conseille un compte professionnel dédié. L’UIP souligne que son guide de 2021, contrairement à celui de 2013, s’adresse aussi aux parlementaires eux-mêmes.',
  },
  'execute-member-emblem-rules': {
    title: 'Vérifiez les règles avant d’utiliser l’emblème du parlement',
    body: 'À Westminster, la herse couronnée marque les communications des députés, mais ne doit ni suggérer l’autorité de la Chambre ni servir une candidature ; un abus va au commissaire aux normes. Vérifiez les règles de votre parlement avant d’en orner un avatar ou un visuel de campagne.',
  },
  'execute-institution-pre-election': {
    title: 'Élection convoquée : l’information essentielle seulement',
    body: 'Gardez les messages pratiques et factuels (visites, reprise des travaux, explications de procédure) et suspendez le nouveau ou le discutable. Ne relayez aucun contenu politique, supprimez les commentaires politiquement controversés et annoncez les règles préélectorales.',
    why: 'Ces règles viennent de gouvernements et de collectivités, pas de parlements : en 2017, les comptes du fisc britannique (HMRC) ont gardé les informations pratiques mais suspendu tout ce qui commentait les politiques publiques ; le gouvernement gallois s’en tient à l’essentiel ; la Local Government Association demande aux collectivités d’expliquer les règles et de ne lancer aucune campagne importante qui n’était pas prévue avant la convocation de l’élection.',
  },
  'execute-member-dissolution-check': {
    title: 'À la dissolution, vérifiez pseudos, biographies et titres',
    body: 'Au Royaume-Uni, Parlement dissous, il n’y a plus de députés et nul ne peut porter le titre ; les sites des élus affichent un avertissement et les whips ont demandé de modifier, geler ou signaler les pseudos contenant « MP ». Vérifiez vos règles, préparez vos bios à l’avance.',
    why: 'La Chambre des communes publie un guide de la dissolution en plusieurs volets : pour les députés qui se représentent, pour ceux qui se retirent et pour leurs collaborateurs, y compris le traitement des données des dossiers d’administrés.',
  },

  // ── Visuels ──────────────────────────────────────────────────────────────
  'execute-graphics-for-inquiry-milestones': {
    title: 'Un visuel pour chaque étape clé d’une enquête',
    body: 'Les commissions des Communes britanniques ont prévu un visuel pour trois moments de chaque enquête (lancement, auditions, rapport) et leurs messages sont devenus plus partageables : impressions +258 % pour 13 % de tweets en plus. Préparez des modèles : quelques minutes suffiront.',
    why: 'Lors de la nomination de nouveaux membres en 2017, la même équipe a produit en quelques jours des visuels pour 27 commissions, avec un tableau blanc où chacun voyait l’avancement et pouvait aider quand il était libre.',
  },
  'execute-real-photos-with-people': {
    title: 'Préférez de vraies photos, avec des gens dessus',
    body: 'Après des plaintes, le Parlement britannique a remplacé une couverture graphique maison par des photos. Selon une étude de 2021 sur 59 020 images Instagram d’élus américains, visages et émotions visibles faisaient plus réagir ; les cadres professionnels ou politiques, le moins.',
    why: 'Le Parlement britannique a changé une fois établi que des comptes comparables utilisaient des photos : testez vos visuels auprès de votre public.',
  },
  'execute-no-pictures-of-text': {
    title: 'Ne publiez pas une image de texte',
    body: 'La capture d’un communiqué ou une affiche chargée de texte exclut les utilisateurs de lecteurs d’écran et fatigue sur mobile. Ne contournez jamais ainsi une limite de caractères. Si l’image doit contenir du texte : police grande et simple, et les mêmes mots dans le message.',
    why: 'Une infographie demande une description complète, pas seulement un titre. Les guides d’accessibilité de Nouvelle-Galles du Sud et de l’administration fédérale américaine mettent tous deux en garde contre les images chargées de texte.',
  },
  'execute-contrast-not-colour-alone': {
    title: 'Graphiques et cartons : un contraste fort, jamais la couleur seule',
    body: 'Visez un contraste d’au moins 4,5:1 entre texte et fond, 7:1 si possible. Ne laissez pas la couleur porter seule le sens : nommez aussi les groupes politiques ou les votes pour et contre en toutes lettres. Évitez les effets clignotants ou stroboscopiques.',
  },

  // ── Vidéo et sous-titres ─────────────────────────────────────────────────
  'execute-caption-every-video': {
    title: 'Sous-titrez chaque vidéo',
    body: 'Beaucoup regardent sans le son : dans une enquête américaine de 2019, 69 % le faisaient en public, et 80 % finissaient plus volontiers une vidéo sous-titrée. Sous-titrez chaque extrait de discours ou de débat et proposez une transcription.',
    why: 'Les règles d’accessibilité du web (WCAG) exigent des sous-titres pour toute vidéo enregistrée dont le son porte du sens, et le guide du Government Digital Service britannique demande sous-titres et transcriptions. Dans les tests de Facebook de 2016, les sous-titres ont allongé de 12 % le temps de visionnage moyen des vidéos publicitaires.',
  },
  'execute-check-automatic-captions': {
    title: 'Corrigez les sous-titres automatiques avant de publier',
    body: 'Les sous-titres automatiques peuvent se tromper de mots et de chiffres : dans l’exemple du W3C, « 4 à 5 minutes » devenait « 45 minutes ». Prévoyez le temps de les relire. Une ou deux lignes courtes, les orateurs nommés, et rien de « corrigé » dans ce qui a été dit.',
  },
  'execute-video-first-seconds': {
    title: 'Que les premières secondes d’une vidéo portent le message',
    body: 'Tests de Facebook, 2016 : 65 % de ceux qui voyaient les 3 premières secondes allaient jusqu’à 10, et 41 % des vidéos publicitaires n’avaient aucun sens sans le son. Ouvrez sur l’orateur et la phrase clé, sous-titrée, pas sur un carton-titre ou un plan large de l’hémicycle.',
  },
  'execute-clips-keep-meaning': {
    title: 'Partagez des extraits de débat sans en changer le sens',
    body: 'Les parlements encadrent la reprise de leurs images : Westminster exclut satire, publicité et montages qui faussent moment ou sens ; à Victoria, une décision de 2024 de la présidence admet les sous-titres qui ne changent ni sens ni contexte. Coupez net, liez au discours entier.',
    why: 'Le Folketing relie chaque enregistrement à l’intervention correspondante dans le compte rendu, si bien que chacun peut retrouver le discours entier. Donner ce lien permet de vérifier le contexte soi-même.',
  },

  // ── Accessibilité ────────────────────────────────────────────────────────
  'execute-alt-text-every-image': {
    title: 'Décrivez chaque image qui porte une information',
    body: 'Rédigez un texte alternatif qui dit ce que montre l’image et pourquoi elle accompagne le message ; Sprout Social suggère environ 125 caractères, sans « image de ». Une image purement décorative peut s’en passer.',
    why: 'Un consultant en numérique public a rangé le Parlement britannique parmi les comptes qui ajoutaient toujours un texte alternatif à leurs visuels sur Twitter.',
    example: {
      do: '« La présidente annonce le résultat du vote devant un hémicycle comble, des députés debout au fond. »',
      dont: '« Image parliament.jpg »',
    },
  },
  'execute-alt-text-scheduling-tools': {
    title: 'Vérifiez que votre outil de programmation garde le texte alternatif',
    body: 'Certains outils de programmation transmettent les descriptions d’image à tous les réseaux, d’autres les perdent sur certains. Avant de vous y fier, publiez un message test et vérifiez que la description est arrivée ; sinon, publiez directement sur ce réseau.',
  },
  'execute-camelcase-hashtags': {
    title: 'Écrivez les mots-dièse en CamelCase',
    body: 'Mettez une majuscule à chaque mot du mot-dièse (#BudgetDebate, #YouthParliament) : il se lit d’un coup d’œil, et les lecteurs d’écran prononcent plus sûrement des mots qu’un long charabia. Le guide d’accessibilité fédéral américain recommande le CamelCase.',
  },
  'execute-emoji-few-and-last': {
    title: 'Deux ou trois emoji, en fin de message',
    body: 'Les lecteurs d’écran énoncent le nom de chaque emoji : une rangée d’emoji devient une longue litanie. Deux ou trois au plus, placés à la fin, sans répéter le même, et jamais en guise de puces.',
    why: 'Plus de 11 millions de personnes au Royaume-Uni vivent avec une maladie de longue durée, une déficience ou un handicap limitant, et près de 2 millions sont aveugles ou malvoyantes, selon le ministère britannique de l’Environnement (Defra).',
  },
  'execute-emoji-not-for-words': {
    title: 'Ne remplacez pas un mot par un emoji',
    body: '« Votez 🗳️ le 📅 » est lu à voix haute comme une suite de noms d’emoji, qui ne disent pas toujours ce que vous pensiez : le Defra note qu’un cœur rouge peut être annoncé « heavy black heart ». Écrivez les mots ; un emoji peut décorer, jamais porter le message.',
  },
  'execute-no-fancy-unicode-letters': {
    title: 'Évitez les lettres « stylées » en gras ou en italique',
    body: 'Les lettres stylées des générateurs de polices (𝗴𝗿𝗮𝘀, 𝘪𝘵𝘢𝘭𝘪𝘲𝘶𝘦) sont des symboles mathématiques, pas du texte : un lecteur d’écran peut les épeler ou les sauter, une recherche rater les mots. Écrivez en texte brut ; insistez par l’ordre des mots ou un saut de ligne.',
    why: 'Conseil propre à Rostrum, tiré de la façon dont Unicode code ces lettres : aucune des sources de notre recherche n’en traite.',
  },
  'execute-stream-access-info': {
    title: 'Indiquez si une retransmission est sous-titrée ou interprétée en langue des signes',
    body: 'En renvoyant vers une retransmission, précisez l’accessibilité offerte (sous-titrage en direct, interprétation en langue des signes) et, sinon, où trouver le compte rendu ou une version accessible. Depuis 2015, le Folketing fait interpréter en direct ses principaux débats.',
    why: 'En 2018, l’association suédoise des malentendants a reproché aux retransmissions web en direct du Riksdag de n’avoir ni sous-titres ni transcription. Le Parlement britannique sous-titre en direct toutes les retransmissions des séances depuis 2023. Les consignes fédérales américaines demandent de signaler l’absence de sous-titres et de donner un contact.',
  },

  // ── Mots-dièse ───────────────────────────────────────────────────────────
  'execute-one-or-two-hashtags': {
    title: 'Un ou deux mots-dièse suffisent',
    body: 'X conseillait lui-même deux mots-dièse au plus par message, et une étude sur des comptes de marques a constaté qu’à partir de trois l’engagement baissait. Gardez celui de la campagne et, au plus, un que les gens suivent vraiment.',
  },
  'execute-campaign-hashtag-every-time': {
    title: 'Le mot-dièse de la campagne à chaque fois, toujours écrit pareil',
    body: 'Un mot-dièse de campagne ne rassemble une conversation que si chaque message le porte sous la même forme. Associez-le à un mot-dièse déjà suivi : le Parlement britannique a mené #ParliChat avec une communauté de patients, aux côtés d’un mot-dièse sur le diabète.',
    why: 'Le Riksdag a réuni ses activités d’Almedalen sous un seul mot-dièse, #duochdemokrati. Le Centre pour l’innovation au parlement de l’UIP invite les parlements à partager leurs innovations avec #innovation et #parliament.',
  },
  'execute-tags-at-the-end': {
    title: 'Sortez mots-dièse et mentions du milieu des phrases',
    body: 'Une phrase hérissée de #mots-dièse et de @comptes est pénible à lire et pire à écouter. Écrivez le message en mots simples, puis ajoutez le mot-dièse et les éventuelles mentions à la fin, où ils ne coupent rien.',
    example: {
      do: '« La commission de la santé interroge le ministre sur les délais d’attente à 10 h. #EnquêteSanté »',
      dont: '« #CommSanté cuisine @MinistreSanté sur #NHS #DélaisDAttente à 10 h »',
    },
  },

  // ── Mentions ─────────────────────────────────────────────────────────────
  'execute-mention-those-involved': {
    title: 'Mentionnez les quelques comptes qui comptent',
    body: 'Mentionnez les personnes et organismes directement concernés, la commission, la personne auditionnée, le partenaire, pour que leurs abonnés voient le message et qu’ils le relaient. Une longue file de @comptes fait spam ; placez les quelques mentions utiles à la fin.',
  },
  'execute-prepare-handles-list': {
    title: 'Avant un événement, préparez les comptes et le mot-dièse officiel',
    body: 'Dressez à l’avance la liste exacte des comptes des orateurs, des personnes auditionnées et des partenaires, ainsi que le mot-dièse de l’événement. Les mentionner correctement le jour venu relie vos abonnés aux intervenants et vous vaut des partages.',
    why: 'Chercher un compte dans l’urgence, c’est risquer de mentionner un compte parodique ou un imposteur, bien plus difficile à rattraper qu’une coquille.',
  },

  // ── Liens ────────────────────────────────────────────────────────────────
  'execute-no-link-shorteners': {
    title: 'L’adresse officielle complète, pas un raccourcisseur',
    body: 'Un lien raccourci cache sa destination. Sur X, tout lien compte de toute façon 23 caractères. Renvoyez vers le domaine du parlement ; pour raccourcir, n’utilisez qu’un outil validé par l’équipe, comme le conseille la boîte à outils fédérale américaine contre le cybervandalisme.',
  },
  'execute-one-post-one-link': {
    title: 'Un message, un lien',
    body: 'Plusieurs liens se disputent un seul clic et rendent le message plus dur à parcourir. Choisissez la page qui répond à la question suivante du lecteur (le texte, la retransmission, le formulaire de consultation) et nommez-la dans le message.',
  },
  'execute-say-where-link-goes': {
    title: 'Dites où mène le lien',
    body: '« Cliquez ici » et « en savoir plus » n’apprennent rien au lecteur sur ce qu’il va trouver. Nommez la destination et, pour un média, le format : « Rapport complet (PDF, 40 pages) », « [VIDÉO] La réponse de la ministre, 2 min ».',
  },

  // ── Moment de publication ────────────────────────────────────────────────
  'execute-post-when-someone-can-answer': {
    title: 'Tard le soir ou le week-end : qui répondra aux commentaires ?',
    body: 'Publier hors des heures de bureau peut bien marcher, mais réponses et insultes arrivent quand personne ne surveille. Publiez quand on peut modérer, fiez-vous à vos statistiques plutôt qu’aux « meilleurs horaires » génériques, et vérifiez que le moment convient à l’actualité.',
    why: 'Une ministre suédoise a confié avoir parfois regretté le moment d’une publication plus que son contenu. Les consignes du gouvernement de l’État de Victoria prévoient au moins une personne de permanence pendant les heures annoncées.',
  },
  'execute-fewer-better-posts': {
    title: 'Moins de messages, mais meilleurs',
    body: 'En sept mois environ, les tweets des commissions des Communes ont gagné 258 % d’impressions pour 13 % de messages en plus : le gain venait de la qualité. Renoncez aux annonces d’ordre du jour que personne ne partage ; consacrez ce temps aux messages qui expliquent.',
    why: 'La stratégie Facebook du Parlement britannique de 2018 a fait le même choix, en toutes lettres : la qualité plutôt que la quantité.',
  },

  // ── Couverture en direct ─────────────────────────────────────────────────
  'execute-live-announce-pace-close': {
    title: 'En direct : annoncer, doser, conclure',
    body: 'Ouvrez par un message qui dit ce que vous allez couvrir, avec le mot-dièse. Pendant la séance, publiez des citations courtes et exactes et des photos, avec le lien vers la retransmission, sans multiplier les messages. Concluez par un remerciement et où revoir les débats.',
  },
  'execute-live-report-not-react': {
    title: 'En direct de l’hémicycle : citer, pas commenter',
    body: 'Sur le compte de l’institution, le direct rend compte, il ne réagit pas. Citez exactement et nommez l’orateur, donnez aux groupes une place comparable sur l’ensemble de la séance, et ne raillez ni ne critiquez jamais un orateur, aussi vif que soit le débat.',
    why: 'Le Riksdag retransmet les conférences de presse convoquées par le président, une commission ou son administration, mais pas celles des partis ou des députés : une ligne d’impartialité qui vaut aussi pour le direct sur les réseaux.',
  },
  'execute-member-posting-from-the-chamber': {
    title: 'Publier depuis l’hémicycle : vérifiez d’abord les règles de votre assemblée',
    body: 'Les règles sur l’usage du téléphone en séance varient selon les parlements et évoluent. À Westminster, la commission de la procédure a recommandé en 2011 d’autoriser les appareils silencieux, décorum respecté. Vérifiez les règles en vigueur avant de publier depuis votre banc.',
  },

  // ── Réponses et modération ───────────────────────────────────────────────
  'execute-answer-criticism-handle-abuse': {
    title: 'Répondez aux critiques ; traitez les abus selon vos règles',
    body: 'Critiquer le parlement est légitime et mérite souvent une réponse. Insultes, menaces, spam et discriminations relèvent de vos règles publiées : masquer, supprimer, signaler ou bloquer. Ne bannissez jamais pour une simple critique et consignez le motif de chaque bannissement.',
    why: 'Répondre aux commentaires aide aussi les publications dans le classement des plateformes, note un ancien responsable numérique de collectivité. L’État de Victoria gradue les options, de répondre, ignorer ou masquer à orienter, supprimer ou bannir, avec une réponse sous 24 heures.',
  },
  'execute-publish-house-rules': {
    title: 'Publiez une charte de modération et vos horaires d’écoute',
    body: 'Rendez la charte accessible depuis le profil : qui gère le compte, ce qui est supprimé, quand les commentaires sont lus et sous quel délai vous répondez. Le Parlement britannique, celui de Nouvelle-Zélande, le Senedd et l’Eduskunta publient la leur.',
    why: 'Une charte publiée fait de la modération une règle appliquée plutôt qu’un choix, ce qui compte pour une institution impartiale. La Nouvelle-Galles du Sud demande aussi d’indiquer si le compte dialogue activement, ne répond qu’aux mentions ou ferme les commentaires.',
  },
  'execute-institution-questions-offline': {
    title: 'Sachez quelles questions traiter hors de la vue du public',
    body: 'Répondez en public aux questions courtes et générales sur le fonctionnement du parlement. Orientez poliment vers le courriel ou le service de renseignements les questions politiques, les cas personnels, les sujets sous embargo et les demandes des équipes d’élus.',
    why: 'La page de l’Eduskunta précise qu’elle ne traite pas les demandes d’information approfondies ; la Bibliothèque du Parlement du Canada répond en privé aux parlementaires. En Suède, Statistics Sweden note que les messages adressés aux comptes d’une agence publique peuvent devenir des documents publics officiels.',
  },
  'execute-member-messages-are-casework': {
    title: 'Traitez les messages privés comme des dossiers',
    body: 'La messagerie Facebook d’un député a reçu 177 messages en 13 mois environ, dont 31 dossiers à instruire. Consultez-la chaque jour, épinglez un message expliquant comment obtenir de l’aide, indiquez le courriel de la permanence dans la bio et quand le compte est suivi.',
  },
  'execute-protect-moderators': {
    title: 'Protégez les personnes qui modèrent',
    body: 'Lire des commentaires hostiles toute la journée use : des députés finlandais jugent leur nettoyage inhérent au métier, souvent laissé aux assistants. L’équipe du Parlement écossais compense en fêtant les bons moments. Organisez un roulement et faites remonter les menaces.',
    why: 'Le constat finlandais vient d’une étude de l’université de Tampere (2021) fondée sur des entretiens avec 22 députés. En Australie, depuis l’arrêt Voller de la Haute Cour (2021), le gestionnaire d’un compte peut être tenu pour éditeur des commentaires des autres : l’État de Victoria rend donc la modération obligatoire et prévoit des mesures de bien-être pour le personnel. USAGov répartit les réponses entre collègues formés, un jour par semaine chacun.',
  },
  'execute-moderation-cover-peaks': {
    title: 'Renforcez la modération pour les élections et les débats tendus',
    body: 'Les violences en ligne contre les élus sont souvent déclenchées par les élections, les grands débats et les sujets clivants, selon un rapport de l’UIP de 2026 fondé sur une enquête auprès de 519 parlementaires. Prévoyez des renforts de modération pour ces semaines-là, à l’avance.',
    why: 'Au Royaume-Uni, le comité des normes de la vie publique a jugé les réseaux sociaux premier facteur d’intimidation des candidats lors de l’élection de 2017.',
  },

  // ── Abus et crise ────────────────────────────────────────────────────────
  'execute-threats-record-and-report': {
    title: 'Une menace n’est pas une affaire de modération : conservez-la et signalez-la',
    body: 'Ne répondez pas aux menaces. Capturez-les (date, lien), signalez-les à la plateforme, au service de sécurité de votre assemblée et, en cas de menace de violence, à la police. Des enquêtes de l’UIP montrent des violences en ligne répandues contre les élus, pires pour les femmes.',
    why: 'Dans une étude UIP–APCE de 2018 sur les femmes dans les parlements européens, 58 % des femmes parlementaires avaient subi des attaques sexistes sur les réseaux sociaux et 47 % des menaces de mort, de viol ou de coups. Le rapport de l’UIP de 2026 recommande des équipes de sécurité numérique et un soutien juridique et psychologique.',
  },
  'execute-correct-false-claims': {
    title: 'Répondez aux fausses informations sur le parlement par des faits et une source',
    body: 'Quand une fausse affirmation sur un vote ou une règle circule, corrigez le fait, pas la personne : dites ce qui s’est passé et renvoyez vite au compte rendu officiel. Ouvrez par le fait plutôt que par la rumeur, et expliquez la procédure avant les votes importants.',
    why: 'En présentant son guide de 2021, l’UIP a désigné la désinformation et la perturbation délibérée des processus démocratiques comme des risques réels. Les principes de l’OCDE insistent sur la rapidité et l’anticipation des faux récits ; la boîte à outils britannique RESIST 2 décrit les étapes, de la détection au suivi des résultats.',
  },
  'execute-crisis-pause-and-point': {
    title: 'En cas de crise, suspendez la programmation et renvoyez vers une seule source',
    body: 'Face à un événement grave (incident dans le bâtiment, décès, séance suspendue), suspendez d’abord tous les messages programmés. Prenez acte, renvoyez vers une seule source officielle et continuez de le faire ; reprenez le rythme normal une fois la crise passée.',
    why: 'Cette liste vient de l’école d’information de la Défense américaine. Les modèles de crise du gouvernement britannique (PRIMER ; préparer, réagir, se rétablir) précisent en plus qui fait quoi.',
  },

  // ── Sécurité des comptes ─────────────────────────────────────────────────
  'execute-hijacked-account-plan': {
    title: 'Ayez un plan en cas de piratage du compte',
    body: 'Désignez dès maintenant une cellule (réseaux, presse, juridique, sécurité informatique, un décideur), des messages types et au moins deux administrateurs sur adresse officielle. En cas de piratage : reprendre la main, archiver puis supprimer les faux messages, prévenir vite.',
    why: 'La boîte à outils américaine contre le vandalisme numérique prévoit aussi un retour d’expérience une fois le compte récupéré, pour comprendre comment c’est arrivé.',
  },
  'execute-two-factor-everywhere': {
    title: 'Double authentification sur chaque compte et chaque outil',
    body: 'Activez la double authentification sur chaque plateforme et chaque outil de programmation. Pour un compte partagé, préférez une application d’authentification aux SMS, liés à un seul téléphone et détournables. Un gestionnaire de mots de passe, un mot de passe par plateforme.',
    why: 'Le Government Digital Service britannique a ajouté une partie sécurité à son guide après le piratage de comptes certifiés en 2020. Les mentors numériques de Doteveryone l’ont activée pour des équipes de députés, dont l’une s’était déjà fait piéger par une fausse facture.',
  },
  'execute-review-who-has-access': {
    title: 'Vérifiez qui peut publier, et retirez les accès au départ',
    body: 'Limitez l’accès aux personnes qui gèrent activement le compte, avec les droits minimaux, via des profils individuels plutôt que des identifiants partagés. Retirez sans délai partants et agences, revoyez la liste tous les six mois, et jamais de mot de passe par courriel.',
  },
  'execute-expect-phishing': {
    title: 'Attendez-vous à l’hameçonnage visant les élus et leurs équipes',
    body: 'Élus et personnel des partis reçoivent de faux courriels de réinitialisation de mot de passe ou de changement de compte ; le centre britannique de cybersécurité l’a signalé à la dissolution de 2017. Allez sur la plateforme sans le lien, et signalez-les à l’informatique.',
  },
  'execute-app-rules-on-work-devices': {
    title: 'Vérifiez les règles de votre assemblée sur des applications comme TikTok',
    body: 'Plusieurs parlements limitent TikTok sur les appareils de travail : en 2023 le Folketing a conseillé de le supprimer, le Storting l’a fait retirer, les chambres britanniques l’ont bloqué ; l’Eduskunta aussi, en 2024. Des élus publient d’un téléphone privé. Vérifiez les règles.',
  },
  'execute-say-when-the-account-goes-quiet': {
    title: 'Prévenez avant qu’une fermeture ne rende le compte silencieux',
    body: 'Si une fermeture ou un arrêt des services signifie que le compte cessera de publier ou de répondre, publiez-le d’abord : que vous ne publierez ni ne répondrez pour l’instant, pourquoi, et que vous reviendrez.',
    why: 'Pendant l’arrêt des services fédéraux américains d’octobre 2013, le service des nouveaux médias de la General Services Administration a publié qu’il ne tweeterait ni ne répondrait aux réponses pendant l’arrêt et qu’il reviendrait dès que possible. L’Office of Personnel Management a conseillé aux agences qui fermaient leur site web d’afficher un avis donnant l’arrêt comme motif.',
  },
  'execute-clear-restricted-spaces-first': {
    title: 'Faites valider par la sécurité les images des zones réservées avant de les publier',
    body: 'Les salles que le public ne voit jamais font de fortes publications « coulisses », et certaines sont réservées pour une raison. Avant que le Folketing n’ouvre son bâtiment à Google Street View, le service de sécurité danois a validé les images.',
    why: 'La visite virtuelle du Folketing, ouverte sous la présidence de Mogens Lykketoft (2011–15), comprend la tribune de la Chambre, les salles des groupes et les portraits des Premiers ministres. Demandez qui doit approuver les images d’un lieu avant que le photographe n’y entre, pas une fois la publication rédigée.',
  },
  'execute-behind-the-scenes-show-the-jobs': {
    title: 'Montrez les personnes et leurs métiers, pas seulement les salles',
    body: 'L’Assemblée slovène bâtit ses portes ouvertes autour du travail : le traitement du courrier parlementaire, le service le plus changé par la technologie, qui entend chaque mot des séances. Au Parlement britannique, les histoires humaines ont fait mieux que les points d’avancement.',
    why: 'Le constat sur les histoires humaines vient du blog du service numérique du Parlement britannique et de ses publications sociales. Un collègue nommé et ce qu’il fait donnent aux abonnés quelqu’un dont se souvenir ; une salle seule ne dit pas qui fait tourner le parlement.',
  },
  'execute-ask-consent-before-showing-pupils': {
    title: 'Vérifiez auprès de l’école avant que des élèves apparaissent dans une publication',
    body: 'Vérifiez avec l’école que les familles des élèves à l’image ont accepté : certaines refusent que l’image de leur enfant soit partagée, après des violences par exemple, ou pour raisons religieuses ou culturelles. N’ajoutez rien qui l’identifie : nom, géolocalisation, uniforme.',
    why: 'Le guide de la NSPCC sur le partage d’images d’enfants (2022) donne ces raisons pour lesquelles certaines familles refusent, et avertit qu’une photo partagée avec des détails qui identifient un enfant peut l’exposer au pédopiégeage (grooming). Vérifiez aussi la politique de l’école et les règles de protection des données de votre pays.',
  },
  'execute-closure-one-page-kept-current': {
    title: 'Renvoyez chaque annonce de fermeture à une seule page tenue à jour',
    body: 'Quand l’accès ou les services changent, dites-le et liez une page officielle unique, mise à jour au fil des décisions. Une liste de contrôle pour la première heure d’une crise conseille de renvoyer à une seule source faisant autorité jusqu’à la fin de la crise.',
    why: 'Cette liste, de la Defense Information School américaine, dit aussi de suspendre d’abord les publications programmées. En 2020, le Parlement britannique a réuni ses changements sur une seule page « Update from UK Parliament on coronavirus » : fin de l’accès des visiteurs à partir du 17 mars, dates avancées des vacances de Pâques et suspension des débats de Westminster Hall.',
  },
  'execute-closure-say-what-stops-and-until-when': {
    title: 'Dites ce qui s’arrête, à partir de quand, jusqu’à quand, et ce qui continue',
    body: 'Un avis de fermeture doit répondre dans le message aux questions des visiteurs. Le 13 mars 2020, la Chambre des communes du Canada a fermé l’accès aux visiteurs et annulé toutes les visites jusqu’au 20 avril ; déplacements des comités suspendus, événements de l’enceinte annulés.',
    why: 'L’avis du Parlement britannique, le même mois, nommait chaque service arrêté à partir du 17 mars (les tribunes, les visites, le centre éducatif et les visites scolaires) et précisait que les parlementaires et le personnel pouvaient encore travailler sur le domaine si nécessaire.',
  },
  'execute-petition-say-what-signatures-lead-to': {
    title: 'Dites à quoi mènent les signatures, et liez la pétition',
    body: 'Dites aux lecteurs quelle est l’étape suivante. Sur le site des pétitions du Parlement britannique, 10 000 signatures entraînent une réponse du gouvernement et 100 000 font examiner la pétition pour un débat. Dites quelle étape la pétition a atteinte, et liez-la.',
    why: 'Quand la commission des pétitions a informé les signataires du débat sur leur pétition, la lecture du compte rendu Hansard a augmenté de 300 % et le visionnage des débats de Westminster Hall de 900 %, selon sa présidente devant une revue des Lords. Chaque étape est une raison d’écrire de nouveau aux signataires.',
  },
  'execute-institution-shares-petitions-neutrally': {
    title: 'Sur le compte de l’institution, présentez une pétition sans soutenir sa cause',
    body: 'Dites ce que demande la pétition et où elle en est, en termes neutres ; laissez la campagne à d’autres. Selon la fonction publique britannique, un compte officiel n’a pas d’avis partisan ; le Parlement écossais interdit au public de faire campagne sur ses canaux.',
    why: 'La liste de contrôle de la fonction publique pour les comptes officiels exclut aussi tout contenu de parti dans la publication, ses liens ou les commentaires en dessous. Les règles en ligne du Parlement écossais interdisent d’utiliser ses canaux institutionnels pour faire campagne ou du lobbying sur des questions de parti.',
  },
  'execute-international-use-shared-tags': {
    title: 'Utilisez les mots-dièse qu’un réseau de parlements utilise déjà',
    body: 'Pour le travail avec d’autres parlements, vérifiez si leur réseau a ses propres mots-dièse. Le Centre pour l’innovation au parlement de l’UIP partage des innovations parlementaires sur Twitter avec #innovation #parliament et invite les parlements à utiliser les mêmes.',
    why: 'Un mot-dièse commun permet aux membres du réseau de trouver votre publication à côté des leurs. Tenez-vous-en à un ou deux : X conseillait lui-même 2 mots-dièse au plus par publication, et une étude de comptes de marques a constaté que 3 ou plus réduisaient l’engagement.',
  },
  'execute-correction-choose-your-own-frame': {
    title: 'Parfois, la meilleure correction pose votre propre cadre plutôt que celui du mythe',
    body: 'On ne corrige pas un mythe sans le citer, et le citer peut avoir des effets indésirables. Les auteurs du Debunking Handbook 2020 suggèrent qu’il peut être plus efficace de poser votre propre cadre : insistez sur ce qui est vrai et établi, sans discuter l’affirmation fausse.',
    why: 'Ce guide est un document de consensus de 22 chercheurs spécialistes de la désinformation. Son exemple : mettre en avant le succès et la sûreté d’un vaccin peut offrir de meilleurs arguments que réfuter un mythe à son sujet. Pour un parlement, cela peut vouloir dire publier comment un vote ou une règle fonctionne vraiment.',
  },
  'execute-thread-opener-says-what-follows': {
    title: 'Ouvrez un fil par une publication qui dit ce qu’il va couvrir',
    body: 'La première publication est celle que la plupart des gens voient. Dites-y de quoi parle le fil et ce qui suit, avec le mot-dièse de l’événement s’il y en a un, pour qu’elle ait du sens même si personne n’ouvre la suite.',
    why: 'Les conseils fédéraux américains sur le direct depuis un compte officiel disent d’ouvrir par une publication annonçant ce que l’on va couvrir et d’utiliser le mot-dièse de l’événement, puis de limiter le nombre de publications et de conclure par un remerciement.',
  },
} satisfies Record<string, TipText>;
