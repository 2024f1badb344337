import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLogError } from '../../lib/log/errors';
import { uniqueDbName } from '../../lib/log/migrations/test-seed';
import { createLogRepository, type LogRepository } from '../../lib/log/repository';
import type { ImportPreview } from '../../lib/log/schema';
import { MAX_ERRORS, parsePack, validatePack } from '../../lib/playbook/pack';

/**
 * Every file of tests/hostile/ through every import path (the campaign log's import, the content-pack
 * loader): each is refused or neutralised with a short, clear message, nothing is half-written, and
 * nothing else in the log changes. What each file holds is in its name; the expectations per file are
 * below. Values too large to commit (a 25 MB id) are made here.
 */

const DIR = join(import.meta.dirname, '..', 'hostile');
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** The longest message any import path may give about one record or one problem. */
const MAX_REASON = 500;
const MAX_ID = 80;

function freshRepo(): LogRepository {
  let clock = Date.UTC(2026, 11, 1);
  let ids = 0;
  return createLogRepository(uniqueDbName('hostile'), {
    now: () => (clock += 1000),
    newId: () => `own-${++ids}`,
  });
}

/** A log with a campaign and two entries of its own, which no import of a hostile file may touch. */
async function seededRepo(): Promise<LogRepository> {
  const repo = freshRepo();
  const campaign = await repo.saveCampaign({
    name: 'Our week',
    startDate: '2026-11-30',
    endDate: '2026-12-06',
  });
  await repo.addEntry({ text: 'Our post', platform: 'x', campaignId: campaign.id, tags: ['ours'] });
  await repo.addEntry({ text: 'Our draft', platform: 'bluesky', status: 'draft' });
  return repo;
}

async function snapshot(repo: LogRepository) {
  const data = await repo.exportData();
  return { campaigns: data.campaigns, entries: data.entries };
}

/** Previews `text`: the whole-file refusal's message, or the preview. */
async function preview(repo: LogRepository, text: string): Promise<ImportPreview | string> {
  try {
    return await repo.previewImport(text);
  } catch (error) {
    expect(isLogError(error, 'invalid-import')).toBe(true);
    return (error as Error).message;
  }
}

function expectShort(p: ImportPreview): void {
  for (const record of p.invalid) {
    expect(record.reason.length).toBeLessThanOrEqual(MAX_REASON);
    expect(record.reason.trim()).not.toBe('');
    expect((record.id ?? '').length).toBeLessThanOrEqual(MAX_ID);
  }
  expect(p.exportedAt.length).toBeLessThanOrEqual(MAX_ID);
}

interface LogExpectation {
  /** Ids (kind:id) the import adds. */
  added: string[];
  /** Positions (kind:position) refused, each with a pattern its reason matches. */
  refused: Record<string, RegExp>;
}

const LOG_EXPECTATIONS: Record<string, LogExpectation> = {
  'import-time-beyond-date.json': {
    added: [],
    refused: {
      'campaign:1': /before the year 2200/,
      'entry:1': /before the year 2200/,
      'entry:2': /before the year 2200/,
      'entry:3': /before 1970/,
      'entry:4': /whole number/,
    },
  },
  'import-dates-out-of-range.json': {
    added: [],
    refused: { 'campaign:1': /between 1970 and 2199/, 'campaign:2': /between 1970 and 2199/ },
  },
  'import-deep-nesting.json': {
    added: [],
    refused: { 'campaign:1': /objective/, 'entry:1': /tags/ },
  },
  'import-duplicates.json': {
    // The first copy is invalid, so the second one is the record; of two valid copies the first is.
    added: ['entry:h-dup-first-invalid', 'entry:h-dup-both-valid'],
    refused: { 'entry:1': /platform/, 'entry:4': /used twice in the file \(first at 3\)/ },
  },
  'import-huge-metrics.json': {
    added: [],
    refused: {
      'campaign:1': /at most 1,000,000,000/,
      'entry:1': /at most 1,000,000,000/,
      'entry:2': /at most 1,000,000,000/,
      'entry:3': /at most 1,000,000,000/,
    },
  },
  'import-csv-formulas.json': {
    added: [
      'campaign:hc-formula',
      'entry:h-csv-spaces',
      'entry:h-csv-newline',
      'entry:h-csv-crlf-plus',
      'entry:h-csv-tab',
    ],
    refused: {},
  },
  'import-script-urls.json': {
    added: [],
    refused: {
      'entry:1': /http:\/\/ or https:\/\//,
      'entry:2': /http:\/\/ or https:\/\//,
      'entry:3': /http:\/\/ or https:\/\//,
      'entry:4': /http:\/\/ or https:\/\//,
    },
  },
  'import-prototype-ids.json': {
    added: [
      'campaign:constructor',
      'campaign:__proto__',
      'entry:constructor',
      'entry:__proto__',
      'entry:toString',
    ],
    refused: { 'entry:4': /__proto__/ },
  },
};

describe('the hostile corpus', () => {
  it('has an expectation for every import file, and holds both kinds of file', () => {
    const imports = FILES.filter((f) => f.startsWith('import-'));
    expect(imports.sort()).toEqual(Object.keys(LOG_EXPECTATIONS).sort());
    expect(FILES.filter((f) => f.startsWith('pack-')).length).toBeGreaterThan(0);
  });
});

describe.each(FILES)('%s through the campaign log import', (name) => {
  it('is refused or neutralised, record by record, and the log’s own records stay as they were', async () => {
    const repo = await seededRepo();
    const before = await snapshot(repo);
    const result = await preview(repo, read(name));
    const expected = LOG_EXPECTATIONS[name];
    if (!expected) {
      // A content pack is not a log export: refused whole, and said so.
      expect(result).toMatch(/not a campaign log export/);
      expect((result as string).length).toBeLessThanOrEqual(MAX_REASON + 100);
      expect(await snapshot(repo)).toEqual(before);
      return;
    }
    const p = result as ImportPreview;
    expectShort(p);
    expect(
      [
        ...p.campaigns.added.map((c) => `campaign:${c.id}`),
        ...p.entries.added.map((e) => `entry:${e.id}`),
      ].sort(),
    ).toEqual([...expected.added].sort());
    expect(p.invalid.map((r) => `${r.kind}:${r.position}`).sort()).toEqual(
      Object.keys(expected.refused).sort(),
    );
    for (const record of p.invalid)
      expect(record.reason).toMatch(expected.refused[`${record.kind}:${record.position}`]!);

    // What is written is exactly the preview's records, next to the log's own.
    await repo.applyImport(p);
    const after = await snapshot(repo);
    for (const own of before.entries) expect(after.entries).toContainEqual(own);
    for (const own of before.campaigns) expect(after.campaigns).toContainEqual(own);
    expect(after.entries).toHaveLength(before.entries.length + p.entries.added.length);
    expect(after.campaigns).toHaveLength(before.campaigns.length + p.campaigns.added.length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // Every view and export of the log still works with what was imported.
    await expect(repo.exportCsv()).resolves.toContain('Our post');
    await expect(repo.exportJson()).resolves.toContain('Our draft');
    for (const campaign of after.campaigns)
      await expect(repo.campaignStats(campaign.id)).resolves.toBeDefined();
    await expect(repo.listTags()).resolves.toContainEqual({ tag: 'ours', count: 1 });
  });

  it('is not half-written when its raw records are applied unchecked', async () => {
    const repo = await seededRepo();
    const before = await snapshot(repo);
    let raw: { campaigns?: unknown; entries?: unknown };
    try {
      raw = JSON.parse(read(name)) as typeof raw;
    } catch {
      return;
    }
    const forged = {
      formatVersion: 2,
      exportedAt: '',
      campaigns: { added: raw.campaigns ?? [], updated: [], unchanged: 0 },
      entries: { added: raw.entries ?? [], updated: [], unchanged: 0 },
      invalid: [],
    } as unknown as ImportPreview;
    const outcome = await repo.applyImport(forged).then(
      () => 'applied',
      (error: unknown) => (error as Error).message,
    );
    const after = await snapshot(repo);
    if (outcome === 'applied') {
      // Only a file whose every record is valid (or a pack, which has none) may go in unchecked.
      expect(LOG_EXPECTATIONS[name]?.refused ?? {}).toEqual({});
    } else {
      expect(outcome.length).toBeLessThanOrEqual(MAX_REASON * 4);
      expect(after).toEqual(before);
    }
  });
});

describe.each(FILES)('%s through the content-pack loader', (name) => {
  it('is refused with short messages, and never throws', () => {
    const result = parsePack(read(name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(MAX_ERRORS + 1);
    for (const error of result.errors) expect(error.length).toBeLessThanOrEqual(MAX_REASON);
  });
});

describe('content packs: what each hostile pack is refused for', () => {
  const errors = (name: string) => {
    const result = parsePack(read(name));
    return result.ok ? [] : result.errors;
  };

  it('the sample pack passes (so the refusals below are about the hostile parts)', () => {
    expect(
      parsePack(readFileSync(join(DIR, '..', '..', 'docs', 'sample-content-pack.json'), 'utf8')).ok,
    ).toBe(true);
  });

  it.each([
    ['pack-deep-nesting.json', /tips\[0\]\.stage \(tip "hostile-tip"\): a list is not allowed; use one of/],
    ['pack-script-urls.json', /tips\[0\]\.references\[0\]\.url.*web address/],
    ['pack-script-urls.json', /tips\[0\]\.references\[1\]\.url.*web address/],
    ['pack-prototype-ids.json', /unknown field "__proto__"/],
    ['pack-prototype-ids.json', /tips\[1\]\.id/],
    ['pack-duplicates.json', /tips\[1\]\.id: id "hostile-tip" is used twice in this pack/],
  ])('%s: %s', (name, pattern) => {
    expect(errors(name).some((e) => pattern.test(e))).toBe(true);
  });

  it('a value nested 100,000 levels deep gives errors, not a stack overflow', () => {
    let deep: unknown = 'execute';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const pack = JSON.parse(read('pack-deep-nesting.json')) as { tips: Array<Record<string, unknown>> };
    pack.tips[0]!.stage = deep;
    pack.tips[0]!.topic = deep;
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/stage.*a list is not allowed/);
  });

  it('a 450,000-character id is refused in a message of a few hundred characters', () => {
    const pack = JSON.parse(read('pack-duplicates.json')) as { tips: Array<Record<string, unknown>> };
    const id = 'a'.repeat(450_000);
    pack.tips[0]!.id = `${id}-`;
    pack.tips[0]!.stage = id;
    const result = parsePack(JSON.stringify(pack));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toMatch(
        /tips\[0\]\.stage \(tip "a{20,79}…"\): "a{20,79}…" is not allowed/,
      );
      for (const error of result.errors) expect(error.length).toBeLessThanOrEqual(MAX_REASON);
    }
  });
});

describe('generated hostile values', () => {
  it('a 25 MB id, twice, is refused in messages of at most a few hundred characters', async () => {
    const repo = await seededRepo();
    const before = await snapshot(repo);
    const id = 'x'.repeat(25 * 1024 * 1024);
    const entry = JSON.parse(read('import-duplicates.json')).entries[2];
    const file = JSON.stringify({
      format: 'rostrum-log',
      version: 2,
      exportedAt: id,
      campaigns: [],
      entries: [
        { ...entry, id },
        { ...entry, id },
      ],
    });
    const p = (await preview(repo, file)) as ImportPreview;
    expect(p.invalid.map((r) => r.position)).toEqual([1, 2]);
    expectShort(p);
    expect(p.invalid[0]?.reason).toMatch(/at most 200 characters/);
    await repo.applyImport(p);
    expect(await snapshot(repo)).toEqual(before);
  });
});

describe('stored values that break the rules are shown, not thrown', () => {
  it('CSV cells from the formula file are all neutralised', async () => {
    const repo = freshRepo();
    await repo.applyImport(await repo.previewImport(read('import-csv-formulas.json')));
    const csv = await repo.exportCsv();
    const rows = csv.slice(1).split('\r\n').slice(1, -1).join('\r\n');
    // Every hostile text and tag comes out behind an apostrophe, inside or outside quotes.
    for (const cell of [
      ",'   =cmd",
      ',"\'\n@SUM',
      ',"\'\r\n+1+1',
      ",'-2+3,",
      ",'\t=1",
      // The name is trimmed on import; its formula is neutralised all the same.
      ',"\'=HYPERLINK(',
    ]) {
      expect(rows).toContain(cell);
    }
  });
});
