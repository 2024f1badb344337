import { createLogWiring } from './log-wiring';
import { planChecklist } from './plan-checklist';
import { createPublishWiring } from './publish-wiring';
import { followTab } from './follow-tab';
import { createPanelStore, type PanelStore } from './panel-store';
import { accountSetting, localeSetting, manualPlatformSetting } from './settings';

/** The panel's store fed from the browser: storage settings, the tab it serves, the log database. */
export function createBrowserPanelStore(windowId: number | undefined): PanelStore {
  return createPanelStore(windowId, {
    followTab,
    // The playbook's code and words load after the first paint: the checks do not wait for them.
    loadPlaybook: () => import('./panel-playbook').then((m) => m.loadPanelPlaybook()),
    logWiring: createLogWiring,
    publishWiring: createPublishWiring,
    planChecklist,
    settings: { account: accountSetting, manualPlatform: manualPlatformSetting, locale: localeSetting },
    root: document.documentElement,
  });
}
