import { describe, expect, it } from 'vitest';
import { isLogError, type LogError } from './errors';
import { EXPORT_FORMAT_VERSION, serializeExport } from './export-format';
import { MAX_IMPORT_CHARS } from './import';
import { uniqueDbName } from './migrations/test-seed';
import type { Entry } from './schema';
import { createLogRepository, type LogRepository } from './repository';

function freshRepo() {
  let clock = Date.UTC(2025, 2, 1);
  return createLogRepository(uniqueDbName('io'), { now: () => (clock += 60_000) });
}

async function seeded(): Promise<LogRepository> {
  const repo = freshRepo();
  const c = await repo.saveCampaign({
    name: 'Budget week',
    objective: 'explain',
    startDate: '2025-03-01',
    endDate: '2025-03-08',
    targets: { posts: 3 },
  });
  await repo.addEntry({
    text: '=1+1 "quoted", and\nnew line',
    platform: 'x',
    campaignId: c.id,
    tags: ['@t'],
  });
  await repo.addEntry({ text: 'Plain', platform: 'bluesky', status: 'draft', findings: ['jargon'] });
  const e = await repo.addEntry({ text: 'With metrics', platform: 'x', campaignId: c.id });
  await repo.updateEntry(e.id, { metrics: { impressions: 1200, engagements: 30 } });
  return repo;
}

async function importError(repo: LogRepository, text: string): Promise<LogError> {
  const error = await repo.previewImport(text).catch((e: unknown) => e);
  expect(isLogError(error, 'invalid-import')).toBe(true);
  return error as LogError;
}

describe('JSON export and import', () => {
  it('round-trips everything: wipe, import, find everything back', async () => {
    const repo = await seeded();
    const before = { campaigns: await repo.listCampaigns(), entries: await repo.listEntries() };
    const file = await repo.exportJson();
    expect(JSON.parse(file)).toMatchObject({ format: 'rostrum-log', version: EXPORT_FORMAT_VERSION });
    expect(file).not.toContain('"words"');

    await repo.clearAll();
    expect(await repo.listEntries()).toEqual([]);
    const preview = await repo.previewImport(file);
    expect(preview.campaigns.added).toHaveLength(1);
    expect(preview.entries.added).toHaveLength(3);
    expect(preview.invalid).toEqual([]);
    expect(await repo.applyImport(preview)).toEqual({ campaigns: 1, entries: 3 });
    expect(await repo.listCampaigns()).toEqual(before.campaigns);
    expect(await repo.listEntries()).toEqual(before.entries);
    expect(await repo.findEntryIds({ text: 'metrics' })).toHaveLength(1);
  });

  it('previews new, updated and unchanged records and merges by id', async () => {
    const repo = await seeded();
    const file = JSON.parse(await repo.exportJson());
    const [first, second] = (await repo.listEntries()).reverse();
    file.entries[0].text = 'Changed in the file';
    file.entries.push({ ...file.entries[1], id: 'brand-new' });
    const preview = await repo.previewImport(JSON.stringify(file));
    expect(preview.entries.updated.map((e) => e.id)).toEqual([first?.id]);
    expect(preview.entries.added.map((e) => e.id)).toEqual(['brand-new']);
    expect(preview.entries.unchanged).toBe(2);
    expect(preview.campaigns.unchanged).toBe(1);
    await repo.applyImport(preview);
    expect((await repo.getEntry(first?.id ?? ''))?.text).toBe('Changed in the file');
    expect(await repo.getEntry(second?.id ?? '')).toEqual(second);
    expect(await repo.listEntries()).toHaveLength(4);
  });

  it('imports a file in export format 1 (Rostrum 0.1) with the same defaults as the migrations', async () => {
    const repo = freshRepo();
    const v1 = {
      format: 'rostrum-log',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      campaigns: [
        {
          id: 'c1',
          name: 'Old',
          hashtags: ['Old'],
          startDate: '2024-01-01',
          endDate: '2024-02-01',
          createdAt: 5,
        },
      ],
      entries: [
        { id: 'e1', text: 'old post', platform: 'x', url: '', campaignId: 'c1', tags: [], createdAt: 6 },
      ],
    };
    const preview = await repo.previewImport(JSON.stringify(v1));
    expect(preview.formatVersion).toBe(1);
    await repo.applyImport(preview);
    expect(await repo.getCampaign('c1')).toMatchObject({ objective: null, archived: false, updatedAt: 5 });
    expect(await repo.getEntry('e1')).toMatchObject({ status: 'published', metrics: {}, updatedAt: 6 });
    expect(await repo.findEntryIds({ text: 'old' })).toEqual(['e1']);
  });
});

describe('bad import files', () => {
  it('refuses truncated JSON and says it may be cut short', async () => {
    const repo = await seeded();
    const file = await repo.exportJson();
    const error = await importError(repo, file.slice(0, Math.floor(file.length / 2)));
    expect(error.message).toMatch(/not valid JSON.*cut short/);
  });

  it.each([
    ['an empty file', ''],
    ['another JSON document', '{"hello":"world"}'],
    ['a list', '[1,2,3]'],
    ['a missing entries list', '{"format":"rostrum-log","version":2,"exportedAt":"x","campaigns":[]}'],
  ])('refuses %s', async (_name, text) => {
    await importError(freshRepo(), text);
  });

  it('refuses a file from a newer Rostrum, saying to update', async () => {
    const error = await importError(
      freshRepo(),
      JSON.stringify({ format: 'rostrum-log', version: 99, exportedAt: '', campaigns: [], entries: [] }),
    );
    expect(error.message).toMatch(/newer Rostrum.*Update Rostrum/s);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const error = await importError(freshRepo(), ' '.repeat(MAX_IMPORT_CHARS + 1));
    expect(error.message).toMatch(/larger than/);
  });

  it('lists records with wrong types, repeated ids and unknown campaigns with a reason each, and imports the rest', async () => {
    const good = {
      id: 'ok',
      text: 'fine',
      platform: 'x',
      url: '',
      campaignId: null,
      tags: [],
      findings: [],
      tips: [],
      status: 'published',
      metrics: {},
      createdAt: 1,
      updatedAt: 1,
    };
    const file = {
      format: 'rostrum-log',
      version: 2,
      exportedAt: '2025-01-01T00:00:00.000Z',
      campaigns: [{ id: 'c-bad', name: 42 }],
      entries: [
        good,
        { ...good, id: 'bad-types', text: 5, metrics: { impressions: '12' } },
        { ...good, text: 'same id again' },
        { ...good, id: 'orphan', campaignId: 'nowhere' },
        { ...good, id: 'extra-key', secret: true },
        'not even an object',
      ],
    };
    const repo = freshRepo();
    const preview = await repo.previewImport(JSON.stringify(file));
    const reasons = Object.fromEntries(
      preview.invalid.map((r) => [`${r.kind}:${r.id ?? r.position}`, r.reason]),
    );
    expect(Object.keys(reasons).sort()).toEqual(
      ['campaign:c-bad', 'entry:bad-types', 'entry:ok', 'entry:orphan', 'entry:extra-key', 'entry:6'].sort(),
    );
    expect(reasons['entry:bad-types']).toMatch(/text/);
    expect(reasons['entry:bad-types']).toMatch(/impressions/);
    expect(reasons['entry:ok']).toMatch(/used twice.*first at 1/);
    expect(reasons['entry:orphan']).toMatch(/nowhere/);
    expect(reasons['entry:extra-key']).toMatch(/secret/);
    expect(preview.invalid.find((r) => r.id === 'orphan')?.position).toBe(4);
    expect(preview.entries.added.map((e) => e.id)).toEqual(['ok']);
    await repo.applyImport(preview);
    expect((await repo.listEntries()).map((e) => e.text)).toEqual(['fine']);
  });

  it('keeps formula cells as plain text on import and neutralises them again in CSV', async () => {
    const repo = await seeded();
    const csv = await repo.exportCsv();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=1+1 ""quoted"", and\nnew line"`);
    expect(csv).toContain(`'@t`);
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
    const file = await repo.exportJson();
    await repo.clearAll();
    await repo.applyImport(await repo.previewImport(file));
    expect((await repo.listEntries()).some((e) => e.text.startsWith('=1+1'))).toBe(true);
  });

  it('reads and imports a 50 MB file', async () => {
    // Long posts keep the record count (and fake-indexeddb's per-record cost) down; 100,000 short
    // entries are the Chromium benchmark's job (bench/log.bench.mjs).
    const entries: Entry[] = [];
    const pad = 'x'.repeat(5000);
    for (let i = 0; entries.length * 5150 < 50 * 1024 * 1024; i++) {
      entries.push({
        id: `big-${i}`,
        text: `Post ${i} ${pad}`,
        platform: 'x',
        url: '',
        campaignId: null,
        tags: [],
        findings: [],
        tips: [],
        status: 'published',
        metrics: {},
        createdAt: i,
        updatedAt: i,
      });
    }
    const text = serializeExport({
      format: 'rostrum-log',
      version: 2,
      exportedAt: '2025-01-01T00:00:00.000Z',
      campaigns: [],
      entries,
    });
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const repo = freshRepo();
    const preview = await repo.previewImport(text);
    expect(preview.invalid).toEqual([]);
    expect(preview.entries.added).toHaveLength(entries.length);
    await repo.applyImport(preview);
    expect((await repo.queryEntries({}, { limit: 1 })).total).toBe(entries.length);
  }, 120_000);
});

describe('applying a preview not made by previewImport', () => {
  it('checks every record and writes nothing when one is bad', async () => {
    const repo = await seeded();
    const preview = await repo.previewImport(await repo.exportJson());
    const tampered = {
      ...preview,
      entries: {
        ...preview.entries,
        added: [
          { ...(await repo.listEntries())[0]!, id: 'ok-one' },
          { ...(await repo.listEntries())[0]!, id: 'bad-one', status: 'sent' as never },
        ],
      },
    };
    await expect(repo.applyImport(tampered)).rejects.toSatisfy((e) => isLogError(e, 'invalid-input'));
    expect(await repo.getEntry('ok-one')).toBeUndefined();
  });
});
