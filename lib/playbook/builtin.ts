import { z } from 'zod';
import facts from './facts';
import examplesDk from './content/examples/dk';
import examplesFi from './content/examples/fi';
import examplesOther from './content/examples/other';
import examplesSe from './content/examples/se';
import examplesSi from './content/examples/si';
import examplesUk from './content/examples/uk';
import parliamentsData from './content/parliaments';
import tipsExecute from './content/tips/execute';
import tipsMeasure from './content/tips/measure';
import tipsPlan from './content/tips/plan';
import {
  ExampleMetaSchema,
  ExampleTextSchema,
  FactSchema,
  ParliamentSchema,
  TipMetaSchema,
  TipTextSchema,
  type Example,
  type ExampleMeta,
  type ExampleText,
  type Fact,
  type Parliament,
  type Tip,
  type TipMeta,
  type TipText,
} from './schema';
import { LOCALES, STAGES, type Locale, type Stage } from './signals';

/** The built-in playbook in one locale, validated. */
export interface BuiltInPlaybook {
  tips: readonly Tip[];
  examples: readonly Example[];
  parliaments: readonly Parliament[];
  facts: ReadonlyMap<string, Fact>;
}

/** Thrown when the content shipped with Rostrum breaks its own rules; lists every problem. */
export class BuiltInContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The built-in playbook content is invalid (${problems.length} problems):\n${problems.join('\n')}`);
    this.name = 'BuiltInContentError';
  }
}

const TIP_META: Record<Stage, { file: string; data: readonly unknown[] }> = {
  plan: { file: 'content/tips/plan.ts', data: tipsPlan },
  execute: { file: 'content/tips/execute.ts', data: tipsExecute },
  measure: { file: 'content/tips/measure.ts', data: tipsMeasure },
};

const EXAMPLE_META: ReadonlyArray<{ file: string; data: readonly unknown[] }> = [
  { file: 'content/examples/dk.ts', data: examplesDk },
  { file: 'content/examples/fi.ts', data: examplesFi },
  { file: 'content/examples/si.ts', data: examplesSi },
  { file: 'content/examples/se.ts', data: examplesSe },
  { file: 'content/examples/uk.ts', data: examplesUk },
  { file: 'content/examples/other.ts', data: examplesOther },
];

type TextTable = Readonly<Record<string, unknown>>;

/** The words of one content locale: tip text per stage, and example text. */
interface LocaleText {
  tips: Record<Stage, TextTable>;
  examples: TextTable;
}

/**
 * Every content locale must appear here; the Record type makes a new LOCALES entry fail to compile.
 * Each is its own chunk: the panel loads the language it shows, and the other only on a switch.
 */
const TEXT_LOADERS: Record<Locale, () => Promise<{ default: LocaleText }>> = {
  en: () => import('./content/en/text'),
  fr: () => import('./content/fr/text'),
};

const loadedText = new Map<Locale, LocaleText>();
const loadingText = new Map<Locale, Promise<void>>();

/** Loads the words of `locale` once; later calls share the first load. A failed load may be retried. */
export function loadBuiltInText(locale: Locale): Promise<void> {
  let pending = loadingText.get(locale);
  if (!pending) {
    pending = TEXT_LOADERS[locale]().then((module) => void loadedText.set(locale, module.default));
    loadingText.set(locale, pending);
    pending.catch(() => loadingText.delete(locale));
  }
  return pending;
}

/** Thrown when a locale's playbook is asked for before loadBuiltInText(locale) has finished. */
export class BuiltInTextNotLoadedError extends Error {
  constructor(readonly locale: Locale) {
    super(`The built-in playbook text for "${locale}" is not loaded yet (loadBuiltInText).`);
    this.name = 'BuiltInTextNotLoadedError';
  }
}

function textOf(locale: Locale): LocaleText {
  const text = loadedText.get(locale);
  if (!text) throw new BuiltInTextNotLoadedError(locale);
  return text;
}

interface CheckedMeta {
  tips: TipMeta[];
  examples: ExampleMeta[];
  parliaments: Parliament[];
  facts: Map<string, Fact>;
  /** Stage of each tip id (valid or not), to find which text file must hold it. */
  tipStage: Map<string, Stage>;
  /** Every example id (valid or not). */
  exampleIds: Set<string>;
}

function describe(where: string, error: z.ZodError): string {
  return `${where}:\n${z
    .prettifyError(error)
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}`;
}

function idOf(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `"${id}"` : `#${index + 1}`;
}

function checkMeta(problems: string[]): CheckedMeta {
  const factMap = new Map<string, Fact>();
  facts.forEach((raw, i) => {
    const parsed = FactSchema.safeParse(raw);
    if (!parsed.success) return problems.push(describe(`facts.ts, fact ${idOf(raw, i)}`, parsed.error));
    if (factMap.has(parsed.data.id)) problems.push(`facts.ts: fact "${parsed.data.id}" is listed twice`);
    factMap.set(parsed.data.id, parsed.data);
  });

  const parliaments: Parliament[] = [];
  parliamentsData.forEach((raw, i) => {
    const parsed = ParliamentSchema.safeParse(raw);
    if (!parsed.success)
      return problems.push(describe(`content/parliaments.ts, parliament ${idOf(raw, i)}`, parsed.error));
    if (parliaments.some((p) => p.id === parsed.data.id)) {
      problems.push(`content/parliaments.ts: parliament "${parsed.data.id}" is listed twice`);
    }
    parliaments.push(parsed.data);
  });
  const parliamentIds = new Set(parliaments.map((p) => p.id));

  const seen = new Map<string, string>();
  const claim = (id: string, where: string): void => {
    const first = seen.get(id);
    if (first)
      problems.push(
        `${where}: id "${id}" is already used (${first}); ids must be unique across tips and examples`,
      );
    else seen.set(id, where);
  };
  const citeCheck = (cited: readonly string[], where: string): void => {
    for (const id of cited)
      if (!factMap.has(id)) problems.push(`${where}: cites fact "${id}", which is not in facts.ts`);
  };

  const tips: TipMeta[] = [];
  const tipStage = new Map<string, Stage>();
  for (const stage of STAGES) {
    const { file, data } = TIP_META[stage];
    data.forEach((raw, i) => {
      const where = `${file}, tip ${idOf(raw, i)}`;
      const parsed = TipMetaSchema.safeParse(raw);
      if (!parsed.success) {
        // Keep its id known, so its text is not reported again as text for a missing tip.
        const rawId = (raw as { id?: unknown } | null)?.id;
        if (typeof rawId === 'string') tipStage.set(rawId, stage);
        return problems.push(describe(where, parsed.error));
      }
      const tip = parsed.data;
      if (tip.stage !== stage)
        problems.push(`${where}: stage is "${tip.stage}" but the file holds ${stage} tips`);
      claim(tip.id, where);
      citeCheck(tip.facts, where);
      tips.push(tip);
      tipStage.set(tip.id, stage);
    });
  }

  const examples: ExampleMeta[] = [];
  const exampleIds = new Set<string>();
  for (const { file, data } of EXAMPLE_META) {
    data.forEach((raw, i) => {
      const where = `${file}, example ${idOf(raw, i)}`;
      const parsed = ExampleMetaSchema.safeParse(raw);
      if (!parsed.success) {
        const rawId = (raw as { id?: unknown } | null)?.id;
        if (typeof rawId === 'string') exampleIds.add(rawId);
        return problems.push(describe(where, parsed.error));
      }
      const example = parsed.data;
      claim(example.id, where);
      exampleIds.add(example.id);
      citeCheck(example.facts, where);
      if (!parliamentIds.has(example.parliament)) {
        problems.push(`${where}: parliament "${example.parliament}" is not in content/parliaments.ts`);
      }
      examples.push(example);
    });
  }
  return { tips, examples, parliaments, facts: factMap, tipStage, exampleIds };
}

interface CheckedText {
  tips: Map<string, TipText>;
  examples: Map<string, ExampleText>;
}

function checkText(locale: Locale, meta: CheckedMeta, problems: string[]): CheckedText {
  const text = textOf(locale);
  const tips = new Map<string, TipText>();
  for (const stage of STAGES) {
    const file = `content/${locale}/tips-${stage}.ts`;
    const table = text.tips[stage];
    for (const [id, raw] of Object.entries(table)) {
      const parsed = TipTextSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(describe(`${file}, tip "${id}"`, parsed.error));
        continue;
      }
      const owner = meta.tipStage.get(id);
      if (owner === undefined)
        problems.push(`${file}: text for "${id}", which is not a tip in content/tips/`);
      else if (owner !== stage)
        problems.push(`${file}: "${id}" is a ${owner} tip; move its text to tips-${owner}.ts`);
      tips.set(id, parsed.data);
    }
  }
  for (const tip of meta.tips) {
    const stageFile = `content/${locale}/tips-${tip.stage}.ts`;
    if (!(tip.id in text.tips[tip.stage])) problems.push(`${stageFile}: no text for tip "${tip.id}"`);
  }

  const examples = new Map<string, ExampleText>();
  const file = `content/${locale}/examples.ts`;
  for (const [id, raw] of Object.entries(text.examples)) {
    const parsed = ExampleTextSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(describe(`${file}, example "${id}"`, parsed.error));
      continue;
    }
    if (!meta.exampleIds.has(id)) {
      problems.push(`${file}: text for "${id}", which is not an example in content/examples/`);
    }
    examples.set(id, parsed.data);
  }
  for (const { id } of meta.examples) {
    if (!(id in text.examples)) problems.push(`${file}: no text for example "${id}"`);
  }
  return { tips, examples };
}

let metaCache: { meta: CheckedMeta; problems: string[] } | undefined;
function meta(): { meta: CheckedMeta; problems: string[] } {
  if (!metaCache) {
    const problems: string[] = [];
    metaCache = { meta: checkMeta(problems), problems };
  }
  return metaCache;
}

/**
 * Every problem in the built-in content, across all locales: schemas, unique ids, fact ids that exist,
 * the same ids in every locale, known parliaments. Empty when the content is sound. Loads every locale.
 */
export async function checkBuiltInContent(): Promise<string[]> {
  await Promise.all(LOCALES.map(loadBuiltInText));
  const { meta: m, problems } = meta();
  const all = [...problems];
  for (const locale of LOCALES) checkText(locale, m, all);
  return all;
}

/** Ids of every built-in tip and example, which content packs may not reuse. */
export function builtInIds(): ReadonlySet<string> {
  const { meta: m } = meta();
  return new Set([...m.tips.map((t) => t.id), ...m.examples.map((e) => e.id)]);
}

/** Ids of the parliaments the built-in content knows, which pack examples may refer to. */
export function builtInParliamentIds(): ReadonlySet<string> {
  return new Set(meta().meta.parliaments.map((p) => p.id));
}

const playbooks = new Map<Locale, BuiltInPlaybook>();

/**
 * The built-in playbook in `locale`, validated on first use and kept. Throws BuiltInContentError
 * if the content breaks any rule: shipping a playbook with a broken source is worse than none, and
 * BuiltInTextNotLoadedError if loadBuiltInText(locale) has not finished.
 */
export function builtInPlaybook(locale: Locale): BuiltInPlaybook {
  const cached = playbooks.get(locale);
  if (cached) return cached;
  const { meta: m, problems: metaProblems } = meta();
  const problems = [...metaProblems];
  const text = checkText(locale, m, problems);
  if (problems.length > 0) throw new BuiltInContentError(problems);

  // Frozen: every caller shares these lists, so an in-place sort would corrupt them for all.
  const playbook: BuiltInPlaybook = {
    tips: Object.freeze(
      m.tips.map((tip): Tip => ({ ...tip, ...text.tips.get(tip.id)!, origin: 'built-in' })),
    ),
    examples: Object.freeze(
      m.examples.map((example): Example => ({
        ...example,
        ...text.examples.get(example.id)!,
        origin: 'built-in',
      })),
    ),
    parliaments: Object.freeze([...m.parliaments]),
    facts: m.facts,
  };
  playbooks.set(locale, playbook);
  return playbook;
}
