import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLogDb } from '../db';
import { createLogRepository } from '../repository';
import { seedAtVersion, uniqueDbName } from './test-seed';

const v5Entry = (i: number) => ({
  id: `e${i}`,
  text: `Vote ${i}`,
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

async function kept(name: string): Promise<unknown> {
  const raw = await openDB(name);
  try {
    return await raw.get('meta', 'entries');
  } finally {
    raw.close();
  }
}

describe('migration 006 (from v5)', () => {
  it('creates the meta store holding the number of entries already there', async () => {
    const name = uniqueDbName('m006');
    await seedAtVersion(name, 5, { entries: Array.from({ length: 37 }, (_, i) => v5Entry(i)) });
    (await openLogDb(name, { version: 6 })).close();
    expect(await kept(name)).toBe(37);
    const repo = createLogRepository(name);
    expect((await repo.queryEntries({}, { limit: 5 })).total).toBe(37);
    await repo.close();
  });
});

describe('the kept number of entries', () => {
  it('stays equal to the entries stored through any sequence of writes', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), n: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.array(fc.nat(20), { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('undo' as const) }),
      fc.record({ kind: fc.constant('reimport' as const) }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const name = uniqueDbName(`count-${++run}`);
        const repo = createLogRepository(name);
        let lastDeleted: Awaited<ReturnType<typeof repo.deleteEntries>> = [];
        try {
          for (const o of ops) {
            if (o.kind === 'add') {
              for (let i = 0; i < o.n; i++) await repo.addEntry({ text: `post ${i}`, platform: 'x' });
            } else if (o.kind === 'delete') {
              const ids = await repo.findEntryIds({});
              // Ids that exist, repeated ones, and one that does not.
              const chosen = [...o.pick.map((i) => ids[i % Math.max(1, ids.length)] ?? 'none'), 'missing'];
              lastDeleted = await repo.deleteEntries(chosen);
            } else if (o.kind === 'undo') {
              await repo.restoreEntries(lastDeleted);
            } else if (o.kind === 'reimport') {
              await repo.applyImport(await repo.previewImport(await repo.exportJson()));
            } else {
              await repo.clearAll();
            }
            const actual = (await repo.findEntryIds({})).length;
            expect((await repo.queryEntries({}, { limit: 1 })).total).toBe(actual);
          }
        } finally {
          await repo.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
