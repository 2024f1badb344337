import type { Campaign, Entry } from '../../log/schema';

/** A valid entry and campaign, as the log stores them (shared-records.mjs). */
export const entry: Entry;
export const campaign: Campaign;
