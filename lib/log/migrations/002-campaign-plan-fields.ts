import type { Migration } from './migration';

/** A campaign as version 1 stored it. */
interface CampaignV1 {
  id: string;
  name: string;
  hashtags: string[];
  startDate: string;
  endDate: string;
  createdAt: number;
}

/** A campaign as version 2 stores it. */
interface CampaignV2 extends CampaignV1 {
  objective: string | null;
  audience: string;
  keyMessages: string[];
  platforms: string[];
  account: string | null;
  language: string;
  targets: Record<string, number>;
  archived: boolean;
  updatedAt: number;
}

/** The v1 → v2 change of one campaign; exported for the import of files in export format 1. */
export function upgradeCampaignV1(campaign: CampaignV1): CampaignV2 {
  return {
    ...campaign,
    // Unknown, not guessed: the form asks for them next time the campaign is edited.
    objective: null,
    audience: '',
    keyMessages: [],
    platforms: [],
    account: null,
    language: '',
    targets: {},
    archived: false,
    updatedAt: campaign.createdAt,
  };
}

/**
 * v2: campaigns get the plan-stage fields (objective, audience, key messages, platforms, account,
 * language, targets), an archived flag and updatedAt. Existing campaigns get empty values.
 */
export const migration002: Migration = {
  version: 2,
  description: 'Add plan fields, archived and updatedAt to campaigns.',
  async migrate(_db, tx) {
    let cursor = await tx.objectStore('campaigns').openCursor();
    while (cursor) {
      await cursor.update(upgradeCampaignV1(cursor.value as CampaignV1));
      cursor = await cursor.continue();
    }
  },
};
