import { browser } from '#imports';
import { hostPermissionFor, testConnection, type ConnectionState } from '../../lib/team-log/connection';
import { TEAM_LOG_KEYS } from '../../lib/team-log/sync-state';
import type { TeamLogSettingsStore } from '../../components/options/TeamLogSettings';

/** Settings → Team log against the browser: storage.local, the permissions API and fetch. */
export const browserTeamLogStore: TeamLogSettingsStore = {
  load: async () => (await browser.storage.local.get(TEAM_LOG_KEYS.settings))[TEAM_LOG_KEYS.settings],
  save: (settings) => browser.storage.local.set({ [TEAM_LOG_KEYS.settings]: settings }),
  // Straight from the click handler: permissions.request needs the user's gesture.
  requestAccess: (url) => browser.permissions.request({ origins: [hostPermissionFor(url)] }),
  test: (settings): Promise<ConnectionState> => testConnection(settings, (url, init) => fetch(url, init)),
};
