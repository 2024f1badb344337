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
  ])('%s', (_name, text, objective, expected) => {
    const found = runRule(
      noCallToAction,
      text,
      objective === undefined ? {} : { campaign: { hashtags: [], objective } },
    );
    expect(found.length > 0).toBe(expected);
  });
});
