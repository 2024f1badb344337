import { asksReader } from '../lexicon/call-to-action';
import type { Objective } from '../../playbook/signals';
import type { Rule } from '../types';

/** Objectives that need the reader to act. */
const ASKS_FOR_ACTION: ReadonlySet<Objective> = new Set(['engage', 'consult', 'invite']);

/** The campaign wants people to take part, and the draft does not ask them to do anything. */
export const noCallToAction: Rule = {
  id: 'no-call-to-action',
  check(ctx) {
    const objective = ctx.campaign?.objective;
    if (objective === undefined || !ASKS_FOR_ACTION.has(objective) || ctx.words.length < 3) return [];
    if (asksReader(ctx)) return [];
    return [{ id: 'no-call-to-action', severity: 'warning', params: { objective } }];
  },
};
