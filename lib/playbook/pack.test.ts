import { describe, expect, it, vi } from 'vitest';
import sample from '../../docs/sample-content-pack.json';
import { getPlaybook } from './index';
import { packExamples, packParliaments, packTips, parsePack, validatePack, type ContentPack } from './pack';
import { sourcesOf } from './sources';

// The built-in content is being written; reserve one tip id so the clash rule is always exercised.
const BUILT_IN_TIP = 'built-in-tip-for-clash-test';
vi.mock('./builtin', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./builtin')>();
  return {
    ...actual,
    builtInIds: () => new Set([...actual.builtInIds(), BUILT_IN_TIP]),
    builtInParliamentIds: () => new Set([...actual.builtInParliamentIds(), 'uk']),
  };
});

const sampleText = JSON.stringify(sample);

/** The sample pack with one change made by `edit`, as JSON text. */
function broken(edit: (pack: Record<string, unknown> & typeof sample) => void): string {
  const copy = structuredClone(sample) as Record<string, unknown> & typeof sample;
  edit(copy);
  return JSON.stringify(copy);
}

function errorsOf(text: string, installed: ContentPack[] = []): string[] {
  const result = parsePack(text, { installed });
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

function parsedSample(): ContentPack {
  const result = parsePack(sampleText);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

describe('the sample pack in docs/', () => {
  it('imports', () => {
    const result = parsePack(sampleText);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.pack.tips.length).toBe(3);
    expect(result.ok && result.pack.examples.length).toBe(1);
  });

  it("merges into the playbook, marked as the pack's own, without research facts", () => {
    const pack = parsedSample();
    const playbook = getPlaybook('en', [pack]);
    const tip = playbook.tips.find((t) => t.id === 'sample-no-votes-before-result');
    expect(tip?.origin).toEqual({ pack: 'sample-parliament-house-rules' });
    expect(tip?.facts).toEqual([]);
    expect(tip?.title).toBe('Report a vote only once the Speaker announces it');
    expect(playbook.examples.find((e) => e.id === 'sample-budget-explainer-2025')?.origin).toEqual({
      pack: 'sample-parliament-house-rules',
    });
    expect(playbook.parliaments.some((p) => p.id === 'zz-sample')).toBe(true);
  });

  it('shows French where the pack has it and English where it does not', () => {
    const pack = parsedSample();
    const fr = packTips(pack, 'fr');
    expect(fr.find((t) => t.id === 'sample-sitting-days-sign-off')?.title).toBe(
      'Ouvrir et clore chaque fil de séance en direct',
    );
    expect(fr.find((t) => t.id === 'sample-no-votes-before-result')?.title).toBe(
      'Report a vote only once the Speaker announces it',
    );
    expect(packExamples(pack, 'fr')[0]?.title).toBe('The budget in six cards');
    expect(packParliaments(pack)[0]?.name).toEqual({ en: 'Sample Parliament', fr: "Parlement d'exemple" });
  });

  it("gives each item's own references as its sources", () => {
    const tip = packTips(parsedSample(), 'en').find((t) => t.id === 'sample-sitting-days-sign-off')!;
    expect(sourcesOf(tip, new Map())).toEqual([
      {
        label: 'Sample Parliament communications handbook, section 4 (2025)',
        url: 'https://example.org/handbook#live',
        tag: 'PACK',
        factIds: [],
      },
    ]);
  });

  it('can be stored and validated again when read back', () => {
    const pack = parsedSample();
    const again = validatePack(JSON.parse(JSON.stringify(pack)));
    expect(again.ok).toBe(true);
  });
});

describe('broken packs are refused whole, naming each bad field', () => {
  it('not JSON', () => {
    expect(errorsOf('{ "format": "rostrum-content-pack", ')).toEqual([
      expect.stringMatching(/^the file is not valid JSON: /),
    ]);
  });

  it('JSON that is not an object', () => {
    expect(errorsOf('[1, 2]')).toEqual([
      'the file is not a Rostrum content pack: it must hold one JSON object',
    ]);
  });

  it('wrong format tag: says only that, not every other field', () => {
    expect(errorsOf(JSON.stringify({ format: 'something-else', tips: 'nonsense' }))).toEqual([
      'format: this is not a Rostrum content pack (format must be "rostrum-content-pack")',
    ]);
  });

  it('bad version', () => {
    expect(errorsOf(broken((p) => (p.version = 2 as 1)))).toEqual([
      'version: unsupported version: this version of Rostrum reads content packs of version 1',
    ]);
  });

  it('missing title', () => {
    const text = broken((p) => {
      delete (p.tips[1]!.text.en as { title?: string }).title;
    });
    expect(errorsOf(text)).toEqual([
      'tips[1].text.en.title (tip "sample-no-votes-before-result"): is missing (expected string)',
    ]);
  });

  it('body too long', () => {
    const text = broken((p) => (p.tips[0]!.text.fr!.body = 'x'.repeat(281)));
    expect(errorsOf(text)).toEqual([
      'tips[0].text.fr.body (tip "sample-sitting-days-sign-off"): is too long: 281 characters, at most 280',
    ]);
  });

  it('bad platform', () => {
    const text = broken((p) => (p.tips[0]!.platforms = ['x', 'myspace']));
    const [error, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(error).toMatch(
      /^tips\[0\]\.platforms\[1\] \(tip "sample-sitting-days-sign-off"\): "myspace" is not allowed; use one of: x, facebook, instagram, threads, linkedin, bluesky, mastodon, youtube$/,
    );
  });

  it('platforms that are neither "all" nor a list', () => {
    const text = broken((p) => ((p.tips[1] as { platforms: unknown }).platforms = 'everywhere'));
    expect(errorsOf(text)).toEqual([
      'tips[1].platforms (tip "sample-no-votes-before-result"): must be "all" or a list of platform ids (a string given)',
    ]);
  });

  it('duplicate id within the pack', () => {
    const text = broken((p) => (p.tips[2]!.id = 'sample-sitting-days-sign-off'));
    expect(errorsOf(text)).toEqual([
      'tips[2].id: id "sample-sitting-days-sign-off" is used twice in this pack (first at tips[0].id)',
    ]);
  });

  it('id that clashes with a built-in tip', () => {
    const text = broken((p) => (p.examples[0]!.id = BUILT_IN_TIP));
    expect(errorsOf(text)).toEqual([
      `examples[0].id: id "${BUILT_IN_TIP}" is already used by Rostrum's built-in playbook; choose another`,
    ]);
  });

  it('id that clashes with another installed pack, while the same pack may be updated', () => {
    const other = { ...parsedSample(), id: 'another-pack', name: 'Another pack' };
    expect(errorsOf(sampleText, [other])).toContain(
      'tips[0].id: id "sample-sitting-days-sign-off" is already used by the installed pack "Another pack"',
    );
    expect(parsePack(sampleText, { installed: [parsedSample()] }).ok).toBe(true);
  });

  it('research facts cannot be cited by a pack', () => {
    const text = broken((p) => ((p.tips[0] as Record<string, unknown>).facts = ['UK-04']));
    expect(errorsOf(text)).toEqual([
      'tips[0] (tip "sample-sitting-days-sign-off"): has unknown field "facts"',
    ]);
  });

  it('an example from an unknown parliament', () => {
    const text = broken((p) => (p.examples[0]!.parliament = 'qq'));
    expect(errorsOf(text)).toEqual([
      'examples[0].parliament (example "sample-budget-explainer-2025"): unknown parliament "qq"; add it to the pack\'s "parliaments" list',
    ]);
  });

  it('a parliament Rostrum already has', () => {
    const text = broken((p) => (p.parliaments[0]!.id = 'uk'));
    expect(errorsOf(text)).toContain(
      'parliaments[0].id: Rostrum already knows parliament "uk"; refer to it without listing it',
    );
  });

  it('several problems are all reported, and nothing is returned to import', () => {
    const text = broken((p) => {
      p.name = '';
      p.tips[0]!.text.en.title = 'ab';
      (p.tips[1]!.references![0] as { url?: string }).url = 'javascript:alert(1)';
    });
    const result = parsePack(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        'name: is too short: at least 3 characters',
        'tips[0].text.en.title (tip "sample-sitting-days-sign-off"): is too short: at least 3 characters',
        'tips[1].references[0].url (tip "sample-no-votes-before-result"): must be a web address starting with https:// or http://',
      ],
    });
  });

  it('a tip with no signal at all', () => {
    const text = broken((p) => (p.tips[2]!.signals = {} as (typeof p.tips)[2]['signals']));
    expect(errorsOf(text)).toEqual([
      'tips[2].signals (tip "sample-weekly-report"): a tip needs at least one signal (findings, objectives or keywords), or browseOnly: true',
    ]);
  });

  it('text in English is required', () => {
    const text = broken((p) => {
      delete (p.tips[2]!.text as { en?: unknown }).en;
    });
    expect(errorsOf(text)).toEqual([
      'tips[2].text.en (tip "sample-weekly-report"): is missing (expected object)',
    ]);
  });
});

describe('docs/content-packs.md', () => {
  it('lists every finding id and topic a pack may use', async () => {
    const { readFileSync } = await import('node:fs');
    const { FINDING_IDS, TOPICS } = await import('./signals');
    const doc = readFileSync(new URL('../../docs/content-packs.md', import.meta.url), 'utf8');
    const missing = [...FINDING_IDS, ...TOPICS].filter((id) => !doc.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});
