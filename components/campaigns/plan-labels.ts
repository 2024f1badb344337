import type { Account, Objective } from '../../lib/log/schema';

/**
 * Message keys of objectives and accounts, typed as Records over the log's own types so the compiler
 * keeps them complete (components may not import lib/log at run time).
 */
export const OBJECTIVE_LABEL_KEYS: Readonly<Record<Objective, string>> = {
  inform: 'campaigns_objectiveInform',
  explain: 'campaigns_objectiveExplain',
  engage: 'campaigns_objectiveEngage',
  consult: 'campaigns_objectiveConsult',
  invite: 'campaigns_objectiveInvite',
};
export const OBJECTIVE_KEYS = Object.keys(OBJECTIVE_LABEL_KEYS) as Objective[];

export const ACCOUNT_LABEL_KEYS: Readonly<Record<Account, string>> = {
  institution: 'campaigns_accountInstitution',
  member: 'campaigns_accountMember',
};
export const ACCOUNT_KEYS = Object.keys(ACCOUNT_LABEL_KEYS) as Account[];
