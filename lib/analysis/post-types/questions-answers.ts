import type { PostTypeRecogniser } from './types';

const QA = /\b(?:q\s*&\s*a|q\s*and\s*a|ama)\b|#(?:ask|qanda)\w*/iu;

/** Inviting the public's questions and answering them. */
export const questionsAnswers: PostTypeRecogniser = {
  id: 'questions-answers',
  strong: [
    'ask us',
    'ask me anything',
    'your questions',
    'send your questions',
    'send us your questions',
    'answer your questions',
    'questions answered',
    'we’ll answer',
    'we will answer',
    'vos questions',
    'posez vos questions',
    'posez-nous vos questions',
    'questions-réponses',
    'foire aux questions',
    'nous répondons',
    'répond à vos questions',
  ],
  weak: ['questions', 'answers', 'réponses', 'question'],
  detect: ({ text }) => QA.exec(text)?.[0],
};
