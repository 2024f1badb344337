import { createLogRepository } from '../../lib/log/repository';
import { createCampaignModel, type CampaignModel } from '../../lib/state/campaign-model';
import { createLogModel, type LogModel } from '../../lib/state/log-model';
import { panelSettingsStore } from './settings';

export interface LogWiring {
  campaigns: CampaignModel;
  log: LogModel;
}

/**
 * The campaign and log models of one panel. `windowId` scopes the active campaign, so two windows can
 * work on two campaigns; both write to the one database, where each write is its own transaction.
 */
export function createLogWiring(windowId: number | undefined): LogWiring {
  const repository = createLogRepository();
  const campaigns = createCampaignModel({
    repository,
    settings: panelSettingsStore,
    scope: windowId === undefined ? undefined : String(windowId),
  });
  const log = createLogModel({
    repository,
    activeCampaignId: campaigns.activeCampaignId,
    storage: navigator.storage,
  });
  return { campaigns, log };
}
