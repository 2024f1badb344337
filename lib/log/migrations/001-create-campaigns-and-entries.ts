import type { Migration } from './migration';

/**
 * v1: the foundation's log. Campaigns {id, name, hashtags, startDate, endDate, createdAt} and entries
 * {id, text, platform, url, campaignId, tags, createdAt}, with the indexes the log view filters by.
 */
export const migration001: Migration = {
  version: 1,
  description: 'Create the campaigns and entries stores.',
  migrate(db) {
    const campaigns = db.createObjectStore('campaigns', { keyPath: 'id' });
    campaigns.createIndex('by-createdAt', 'createdAt');

    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('by-createdAt', 'createdAt');
    // Compound keys give "newest first within one campaign/platform" straight from the index.
    entries.createIndex('by-campaign-createdAt', ['campaignId', 'createdAt']);
    entries.createIndex('by-platform-createdAt', ['platform', 'createdAt']);
    entries.createIndex('by-tag', 'tags', { multiEntry: true });
  },
};
