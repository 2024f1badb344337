import { describe, expect, it } from 'vitest';
import type { Objective } from '../../playbook/signals';
import { runRule } from '../testing';
import { noCallToAction } from './no-call-to-action';

const REPORT = 'The committee has published its report on rural bus services.';

describe('no-call-to-action', () => {
  it.each<[string, string, Objective | undefined, boolean]>([
    ['no campaign', REPORT, undefined, false],
    ['informing needs no ask', REPORT, 'inform', false],
    ['explaining needs no ask', REPORT, 'explain', false],
    ['consulting without an ask', REPORT, 'consult', true],
    ['engaging without an ask', REPORT, 'engage', true],
    ['inviting without an ask', 'Our doors are open on Saturday.', 'invite', true],
    ['an ask', 'Have your say on rural buses before 30 June.', 'consult', false],
    ['a question invites replies', 'How do you get to work?', 'engage', false],
    ['booking', 'Book a free tour of the building.', 'invite', false],
    ['French ask', 'Donnez votre avis sur les transports ruraux.', 'consult', false],
    ['French without an ask', 'La commission publie son rapport sur les bus.', 'consult', true],
    ['too short to judge', 'Hello', 'engage', false],
    [
      'a deadline and a link',
      'Evidence on rural buses by 30 January: https://committees.example/b',
      'consult',
      false,
    ],
    [
      'a French deadline and a link',
      'Contributions d’ici le 12 mars : https://assemblee.example/b',
      'consult',
      false,
    ],
    ['a deadline without a link', 'The inquiry on rural buses closes on 30 January.', 'consult', true],
    ['a link without a deadline', 'The report on rural buses: https://committees.example/b', 'consult', true],
  ])('%s', (_name, text, objective, expected) => {
    const found = runRule(
      noCallToAction,
      text,
      objective === undefined ? {} : { campaign: { hashtags: [], objective } },
    );
    expect(found.length > 0).toBe(expected);
  });
});
