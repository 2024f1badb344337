import type { PostTypeRecogniser } from './types';

/**
 * "Find out how…", "découvrez en 3 minutes comment…": an invitation to learn how something works, in
 * one sentence.
 */
const LEARN_HOW =
  /\b(?:[Ff]ind out|[Ll]earn|[Dd]iscover|[Dd]écouvrez|[Dd]écouvrir|[Cc]omprendre|[Cc]omprenez)\b[^.!?\n]{0,40}?\b(?:how|comment)\b/u;

/** How parliament or one of its procedures works. */
export const explainer: PostTypeRecogniser = {
  id: 'explainer',
  detect: ({ text }) => LEARN_HOW.exec(text)?.[0],
  strong: [
    'how does',
    'how do',
    'what is a',
    'what is the',
    'what happens',
    'what happens when',
    'what does',
    'explained',
    'explainer',
    'how laws are made',
    'how a bill becomes',
    'becomes law',
    'become law',
    'legislative process',
    'stages of a bill',
    'step by step',
    'here’s how',
    'here is how',
    'did you know',
    'in plain words',
    'in plain english',
    'comment fonctionne',
    'comment se déroule',
    'qu’est-ce que',
    'qu’est-ce qu',
    'le saviez-vous',
    'étape par étape',
    'on vous explique',
    'expliqué',
    'expliquée',
    'décryptage',
    'à quoi sert',
    'comment est',
    'processus législatif',
    'procédure législative',
    'parcours d’une loi',
    'devient une loi',
  ],
  // Procedure names: a vote result or a live post names them too, so they only confirm.
  weak: [
    'explain',
    'explains',
    'procedure',
    'works',
    'expliquer',
    'explique',
    'procédure',
    'fonctionne',
    'first reading',
    'second reading',
    'committee stage',
    'report stage',
    'royal assent',
    'ping-pong',
    'navette',
    'première lecture',
    'nouvelle lecture',
    'lecture définitive',
    'commission mixte paritaire',
    'dernier mot',
    'étapes',
  ],
};
