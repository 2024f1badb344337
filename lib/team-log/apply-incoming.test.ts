import { describe, expect, it } from 'vitest';
import { createLogRepository } from '../log/repository';
import { campaign, entry } from './__fixtures__/records';
import { applyIncoming } from './apply-incoming';
import { campaignToDoc, deletionDoc, entryToDoc } from './team-doc';

let dbCounter = 0;
const freshLog = () => createLogRepository(`team-apply-${++dbCounter}`);

describe('applyIncoming', () => {
  it('writes campaigns and entries from the server into the local log, as they are', async () => {
    const log = freshLog();
    const result = await applyIncoming(log, [campaignToDoc(campaign, {}, 'b'), entryToDoc(entry, {}, 'b')]);
    expect(result).toEqual({ written: 2, deleted: 0, waiting: [] });
    expect(await log.getEntry(entry.id)).toEqual(entry);
    expect((await log.getCampaign(campaign.id))?.name).toBe(campaign.name);
  });

  it('lets an entry wait for its campaign without stopping the rest', async () => {
    const log = freshLog();
    const orphan = entryToDoc({ ...entry, id: 'e2', campaignId: 'later' }, {}, 'b');
    const free = entryToDoc({ ...entry, id: 'e3', campaignId: null }, {}, 'b');
    const result = await applyIncoming(log, [orphan, free]);
    expect(result.written).toBe(1);
    expect(result.waiting).toEqual([orphan]);
    expect(await log.getEntry('e3')).toBeDefined();
    expect(await log.getEntry('e2')).toBeUndefined();
  });

  it('deletes an entry deleted on the server, and an update of it later in the batch undoes that', async () => {
    const log = freshLog();
    await applyIncoming(log, [campaignToDoc(campaign, {}, 'b'), entryToDoc(entry, {}, 'b')]);
    expect(await applyIncoming(log, [deletionDoc('entry', entry.id, 'b', 1)])).toMatchObject({ deleted: 1 });
    expect(await log.getEntry(entry.id)).toBeUndefined();
    await applyIncoming(log, [deletionDoc('entry', entry.id, 'b', 1), entryToDoc(entry, {}, 'b')]);
    expect(await log.getEntry(entry.id)).toEqual(entry);
  });
});
