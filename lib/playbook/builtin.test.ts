import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCALES } from './signals';

/**
 * The loader's rules, on small fixtures standing in for the content files (the real content has its
 * own invariant tests in playbook.test.ts). Each test edits `content`, then imports a fresh loader.
 */
const content = vi.hoisted(() => ({
  plan: [] as unknown[],
  execute: [] as unknown[],
  measure: [] as unknown[],
  dk: [] as unknown[],
  uk: [] as unknown[],
  parliaments: [] as unknown[],
  en: { plan: {}, execute: {}, measure: {}, examples: {} } as Record<string, Record<string, unknown>>,
  fr: { plan: {}, execute: {}, measure: {}, examples: {} } as Record<string, Record<string, unknown>>,
}));

vi.mock('./content/tips/plan', () => ({ default: content.plan }));
vi.mock('./content/tips/execute', () => ({ default: content.execute }));
vi.mock('./content/tips/measure', () => ({ default: content.measure }));
vi.mock('./content/examples/dk', () => ({ default: content.dk }));
vi.mock('./content/examples/fi', () => ({ default: [] }));
vi.mock('./content/examples/si', () => ({ default: [] }));
vi.mock('./content/examples/se', () => ({ default: [] }));
vi.mock('./content/examples/uk', () => ({ default: content.uk }));
vi.mock('./content/examples/other', () => ({ default: [] }));
vi.mock('./content/parliaments', () => ({ default: content.parliaments }));
vi.mock('./content/en/tips-plan', () => ({ default: content.en.plan }));
vi.mock('./content/en/tips-execute', () => ({ default: content.en.execute }));
vi.mock('./content/en/tips-measure', () => ({ default: content.en.measure }));
vi.mock('./content/en/examples', () => ({ default: content.en.examples }));
vi.mock('./content/fr/tips-plan', () => ({ default: content.fr.plan }));
vi.mock('./content/fr/tips-execute', () => ({ default: content.fr.execute }));
vi.mock('./content/fr/tips-measure', () => ({ default: content.fr.measure }));
vi.mock('./content/fr/examples', () => ({ default: content.fr.examples }));

const tipText = (title: string) => ({ title, body: `${title}: a body long enough for the schema.` });
const exampleText = (title: string) => ({
  title,
  what: 'What they did, long enough.',
  outcome: 'What came of it.',
  lesson: 'What to learn.',
});

function reset(): void {
  content.plan.splice(0, Infinity, {
    id: 'plan-objectives',
    stage: 'plan',
    topic: 'objectives',
    platforms: 'all',
    accounts: ['institution'],
    signals: { objectives: ['inform'] },
    facts: ['GS-01'],
  });
  content.execute.splice(0, Infinity, {
    id: 'execute-own-advice',
    stage: 'execute',
    topic: 'writing',
    platforms: ['x'],
    accounts: ['member'],
    signals: { browseOnly: true },
    facts: [],
  });
  content.measure.splice(0);
  content.uk.splice(0, Infinity, {
    id: 'uk-committee-graphics',
    parliament: 'uk',
    platforms: ['x'],
    themes: ['visuals'],
    accounts: ['institution'],
    when: '2016',
    signals: { keywords: ['committee'] },
    facts: ['EX-03'],
  });
  content.dk.splice(0);
  content.parliaments.splice(0, Infinity, {
    id: 'uk',
    name: { en: 'UK Parliament', fr: 'Parlement du Royaume-Uni' },
    country: { en: 'United Kingdom', fr: 'Royaume-Uni' },
    featured: true,
  });
  for (const locale of ['en', 'fr'] as const) {
    const tables = content[locale];
    for (const key of Object.keys(tables))
      for (const id of Object.keys(tables[key]!)) delete tables[key]![id];
    tables.plan!['plan-objectives'] = tipText(`${locale} objectives`);
    tables.execute!['execute-own-advice'] = tipText(`${locale} own advice`);
    tables.examples!['uk-committee-graphics'] = exampleText(`${locale} committee graphics`);
  }
}

/** A loader with no state, every locale's words loaded (the tests of the rules read them all). */
async function freshLoader() {
  vi.resetModules();
  const loader = await import('./builtin');
  await Promise.all(LOCALES.map(loader.loadBuiltInText));
  return loader;
}

beforeEach(reset);

describe('built-in content loader', () => {
  it('accepts sound content and builds each locale', async () => {
    const { checkBuiltInContent, builtInPlaybook } = await freshLoader();
    expect(await checkBuiltInContent()).toEqual([]);
    const fr = builtInPlaybook('fr');
    expect(fr.tips.map((t) => [t.id, t.title, t.origin])).toEqual([
      ['plan-objectives', 'fr objectives', 'built-in'],
      ['execute-own-advice', 'fr own advice', 'built-in'],
    ]);
    expect(fr.tips[0]?.signals).toEqual({
      findings: [],
      objectives: ['inform'],
      keywords: [],
      browseOnly: false,
    });
    expect(fr.examples[0]?.title).toBe('fr committee graphics');
    expect(fr.facts.get('GS-01')?.tag).toBe('OTHER');
  });

  it("loads a language's words only when asked, and builds nothing before they are in", async () => {
    // Mock factories run once per file, so the watch on each language's module is set up here.
    const imported: string[] = [];
    for (const locale of ['en', 'fr'] as const) {
      vi.doMock(`./content/${locale}/text`, async (importOriginal) => {
        imported.push(locale);
        return importOriginal();
      });
    }
    vi.resetModules();
    const { builtInPlaybook, loadBuiltInText, BuiltInTextNotLoadedError } = await import('./builtin');
    expect(imported).toEqual([]);
    expect(() => builtInPlaybook('en')).toThrow(BuiltInTextNotLoadedError);
    await loadBuiltInText('en');
    expect(builtInPlaybook('en').tips.map((t) => t.title)).toEqual(['en objectives', 'en own advice']);
    expect(imported).toEqual(['en']);
    expect(() => builtInPlaybook('fr')).toThrow(BuiltInTextNotLoadedError);
    for (const locale of ['en', 'fr']) vi.doUnmock(`./content/${locale}/text`);
  });

  it('validates once per locale', async () => {
    const { builtInPlaybook } = await freshLoader();
    expect(builtInPlaybook('en')).toBe(builtInPlaybook('en'));
    expect(builtInPlaybook('en')).not.toBe(builtInPlaybook('fr'));
  });

  it('reports a schema failure with its file and id, and refuses to build', async () => {
    (content.plan[0] as { topic: string }).topic = 'gossip';
    const { checkBuiltInContent, builtInPlaybook, BuiltInContentError } = await freshLoader();
    const problems = await checkBuiltInContent();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/tips\/plan\.ts, tip "plan-objectives":\n.*\n\s+→ at topic/);
    expect(() => builtInPlaybook('en')).toThrow(BuiltInContentError);
    expect(() => builtInPlaybook('en')).toThrow(/content\/tips\/plan\.ts, tip "plan-objectives"/);
  });

  it('requires ids unique across tips and examples', async () => {
    (content.uk[0] as { id: string }).id = 'plan-objectives';
    for (const l of ['en', 'fr'] as const) content[l].examples!['plan-objectives'] = exampleText('dup');
    const { checkBuiltInContent } = await freshLoader();
    expect(await checkBuiltInContent()).toContain(
      'content/examples/uk.ts, example "plan-objectives": id "plan-objectives" is already used (content/tips/plan.ts, tip "plan-objectives"); ids must be unique across tips and examples',
    );
  });

  it('requires every cited fact to exist', async () => {
    (content.execute[0] as { facts: string[] }).facts = ['ZZ-99'];
    const { checkBuiltInContent } = await freshLoader();
    expect(await checkBuiltInContent()).toEqual([
      'content/tips/execute.ts, tip "execute-own-advice": cites fact "ZZ-99", which is not in facts.ts',
    ]);
  });

  it('requires the same ids in every locale', async () => {
    delete content.fr.plan!['plan-objectives'];
    content.fr.examples!['uk-stray'] = exampleText('stray');
    const { checkBuiltInContent, builtInPlaybook } = await freshLoader();
    expect(await checkBuiltInContent()).toEqual([
      'content/fr/tips-plan.ts: no text for tip "plan-objectives"',
      'content/fr/examples.ts: text for "uk-stray", which is not an example in content/examples/',
    ]);
    // English alone is sound, but one broken locale must not slip through in the other.
    expect(() => builtInPlaybook('fr')).toThrow(/no text for tip "plan-objectives"/);
  });

  it('requires tip text in the file of its stage, and tips in the file of their stage', async () => {
    content.en.execute!['plan-objectives'] = content.en.plan!['plan-objectives'];
    delete content.en.plan!['plan-objectives'];
    (content.execute[0] as { stage: string }).stage = 'measure';
    const { checkBuiltInContent } = await freshLoader();
    expect(await checkBuiltInContent()).toEqual(
      expect.arrayContaining([
        'content/tips/execute.ts, tip "execute-own-advice": stage is "measure" but the file holds execute tips',
        'content/en/tips-execute.ts: "plan-objectives" is a plan tip; move its text to tips-plan.ts',
        'content/en/tips-plan.ts: no text for tip "plan-objectives"',
      ]),
    );
  });

  it("requires every example's parliament to exist", async () => {
    (content.uk[0] as { parliament: string }).parliament = 'gb';
    const { checkBuiltInContent } = await freshLoader();
    expect(await checkBuiltInContent()).toEqual([
      'content/examples/uk.ts, example "uk-committee-graphics": parliament "gb" is not in content/parliaments.ts',
    ]);
  });

  it('reports text that breaks the schema, such as a body over 280 characters', async () => {
    content.fr.plan!['plan-objectives'] = { title: 'Objectifs', body: 'x'.repeat(281) };
    const { checkBuiltInContent } = await freshLoader();
    const problems = await checkBuiltInContent();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/fr\/tips-plan\.ts, tip "plan-objectives":\n.*280.*\n\s+→ at body/);
  });

  it('lists the ids packs may not reuse, and the known parliaments', async () => {
    const { builtInIds, builtInParliamentIds } = await freshLoader();
    expect([...builtInIds()].sort()).toEqual([
      'execute-own-advice',
      'plan-objectives',
      'uk-committee-graphics',
    ]);
    expect([...builtInParliamentIds()]).toEqual(['uk']);
  });
});
