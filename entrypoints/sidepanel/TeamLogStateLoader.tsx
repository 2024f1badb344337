import { useSignal } from '@preact/signals';
import { lazy, Suspense } from 'preact/compat';
import { useEffect } from 'preact/hooks';
import { storage } from '#imports';
import { readStatus, TEAM_LOG_KEYS, type TeamLogStatus } from '../../lib/team-log/sync-state';

// Most panels never have the team log on, so its view's code loads only once the background says it is.
const TeamLogState = lazy(() => import('../../components/panel/TeamLogState').then((m) => m.TeamLogState));

const statusItem = storage.defineItem<unknown>(`local:${TEAM_LOG_KEYS.status}`);

/** The team log's state as the background records it, followed as it changes; nothing while it is off. */
export function TeamLogStateLoader() {
  const status = useSignal<TeamLogStatus>({ enabled: false });
  useEffect(() => {
    void statusItem.getValue().then((value) => (status.value = readStatus(value)));
    return statusItem.watch((value) => (status.value = readStatus(value)));
  }, [status]);
  if (!status.value.enabled) return null;
  return (
    <Suspense fallback={null}>
      <TeamLogState status={status.value} />
    </Suspense>
  );
}
