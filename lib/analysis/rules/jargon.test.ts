import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { jargon } from './jargon';

describe('jargon', () => {
  it.each<[string, string, string[]]>([
    ['plain words', 'MPs debate the bill today and vote tonight.', []],
    ['second reading', 'The Bill has its Second Reading in the Commons today.', ['Second Reading']],
    ['prorogation', 'Parliament will be prorogued on Thursday before the new session.', ['prorogued']],
    [
      'Standing Orders',
      'Under the Standing Orders of the House, the debate is limited.',
      ['Standing Orders'],
    ],
    ['division in a procedural sense', 'The division bell rang at ten.', ['division bell']],
    [
      // Both are one term with one plain alternative: one thing to fix.
      'two forms of one term, once',
      'The Opposition forced a division and the division bell rang.',
      ['forced a division'],
    ],
    ['division in its ordinary sense', 'The division of powers is explained in our new video.', []],
    ['adjournment debate', 'Tonight the adjournment debate is on rural buses.', ['adjournment debate']],
    ['première lecture', "Le texte est adopté en première lecture par l'Assemblée.", ['première lecture']],
    ['navette', 'Le projet de loi poursuit sa navette entre les deux chambres.', ['navette']],
    ['49.3', 'Le gouvernement engage sa responsabilité avec le 49.3 sur le budget.', ['49.3']],
    [
      'several terms',
      'After second reading, the committee stage begins, then report stage.',
      ['second reading', 'committee stage', 'report stage'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(highlighted(text, runRule(jargon, text))).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'a repeated term, once, at its first use',
      'Second reading today. The second reading starts at 2pm; watch the second reading live.',
      ['Second reading'],
    ],
    [
      'a question that the draft answers',
      'Today MPs debate the Climate Bill. What does a second reading mean? It is the first debate on the bill’s main ideas.',
      [],
    ],
    ['a gloss in brackets', 'The bill has its second reading (the main debate) today.', []],
    ['a gloss with "means"', 'Royal Assent means the bill becomes law.', []],
    ['a French gloss', "Le texte part en navette, c'est-à-dire entre les deux chambres.", []],
    ['a French question', "Qu'est-ce que la navette ? Le texte va d'une chambre à l'autre.", []],
    [
      'a question that is not about the term',
      "What's on today: second reading of the Climate Bill.",
      ['second reading'],
    ],
    [
      'only the explained term is let go',
      'What is report stage? The last chance to amend. Then third reading.',
      ['third reading'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(highlighted(text, runRule(jargon, text))).toEqual(expected);
  });

  it('gives a plain alternative in the language of the term', () => {
    const [en] = runRule(jargon, 'The Bill has its second reading in the House today.');
    expect(en?.params?.plain).toBe('the main debate on the bill');
    const [fr] = runRule(jargon, "Le texte part en navette vers le Sénat aujourd'hui.");
    expect(fr?.params?.plain).toMatch(/allers-retours/);
  });
});
