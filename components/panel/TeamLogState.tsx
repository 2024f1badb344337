import { formatDateTime, formatNumber, t } from '../../lib/i18n';
import type { TeamLogStatus } from '../../lib/team-log/sync-state';

export interface TeamLogStateProps {
  /** The background's record, already checked with readStatus (zod). */
  status: TeamLogStatus;
}

const REFUSED_KEYS = {
  'wrong-password': ['panel_teamRefusedPassword', 'panel_teamRefusedPasswordDo'],
  'no-access': ['panel_teamRefusedAccess', 'panel_teamRefusedAccessDo'],
  'missing-database': ['panel_teamRefusedMissing', 'panel_teamRefusedMissingDo'],
  'not-couchdb': ['panel_teamRefusedNotCouch', 'panel_teamRefusedNotCouchDo'],
} as const;

/** What the team log is doing, and what to do about it; nothing when the team log is off. */
export function TeamLogState({ status }: TeamLogStateProps) {
  if (!status.enabled) return null;
  const sync = status.sync;
  let text: string;
  let todo: string | null = null;
  let tone: 'ok' | 'busy' | 'problem' = 'busy';
  if (sync === null) text = t('panel_teamConnecting');
  else if (sync.state === 'synced') {
    text = t('panel_teamSynced', formatDateTime(sync.at, { timeStyle: 'short' }));
    tone = 'ok';
  } else if (sync.state === 'sending') text = t('panel_teamSending', formatNumber(sync.pending));
  else if (sync.state === 'offline') {
    text = t('panel_teamOffline');
    todo = t('panel_teamOfflineDo');
  } else {
    const [what, doKey] = REFUSED_KEYS[sync.reason];
    text = t(what);
    todo = t(doKey);
    tone = 'problem';
  }
  return (
    <p class={`team-log-state team-log-state--${tone}`} role="status" data-testid="team-log-state">
      <span>{text}</span>
      {todo && <span class="team-log-state__todo"> {todo}</span>}
      {status.rejected > 0 && (
        <span class="team-log-state__rejected">
          {' '}
          {t('panel_teamRejected', formatNumber(status.rejected))}
        </span>
      )}
    </p>
  );
}
