import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms/types';
import { ACCOUNTS, FINDING_IDS, LOCALES, NEEDS, OBJECTIVES, POST_TYPES, STAGES, TOPICS } from './signals';

/** A fact id from ../shared/research/*-facts.md, e.g. "PB-03", "UK-14", "GS-101". */
export const FactIdSchema = z.string().regex(/^[A-Z]{2}-\d{2,3}$/, 'a fact id looks like "UK-04"');

/**
 * Where a fact comes from, as the research files tag it.
 * - GUIDE-META: IPU/INTER PARES pages that describe the 2021 guide (not its text).
 * - IPU: other IPU material (2013 guidelines, e-Parliament reports, ...).
 * - OTHER: parliaments' own pages, studies, press.
 * Only GUIDE-META may be presented as being about "the IPU guide", and only for what it describes.
 */
export const SourceTagSchema = z.enum(['GUIDE-META', 'IPU', 'OTHER']);
export type SourceTag = z.infer<typeof SourceTagSchema>;

const LocalisedLabel = z.strictObject(
  Object.fromEntries(LOCALES.map((l) => [l, z.string().min(2)])) as Record<
    (typeof LOCALES)[number],
    z.ZodString
  >,
);

/**
 * One fact from the research files, with the publication it comes from. Tips and examples cite facts
 * by id; the panel shows each fact's source label and link, grouped by source.
 */
export const FactSchema = z.strictObject({
  id: FactIdSchema,
  tag: SourceTagSchema,
  /** The publication as a reader would name it, with its year: "UK Parliament digital blog, 2018". */
  source: z.string().min(3),
  url: z.url().optional(),
});
export type Fact = z.infer<typeof FactSchema>;

const Platforms = z.union([z.literal('all'), z.array(z.enum(PLATFORM_IDS)).min(1)]);

/** When a tip or example is relevant to a draft. All lists are "any of". */
export const SignalsSchema = z.strictObject({
  /** Findings that make this relevant (strongest signal). */
  findings: z.array(z.enum(FINDING_IDS)).default([]),
  /** Campaign objectives it serves. */
  objectives: z.array(z.enum(OBJECTIVES)).default([]),
  /** Lower-case words or phrases (any content language) whose presence in the draft makes it relevant. */
  keywords: z.array(z.string().min(2)).default([]),
  /** True when only browsing should show it (no draft can reasonably trigger it). */
  browseOnly: z.boolean().default(false),
});
export type Signals = z.infer<typeof SignalsSchema>;

/**
 * The kinds of post an item serves and the needs it answers: the main ground on which it is shown
 * beside a draft (see lib/analysis/match.ts). Empty lists mean it is shown for its findings alone.
 */
export const ServesSchema = z.strictObject({
  postTypes: z.array(z.enum(POST_TYPES)).default([]),
  needs: z.array(z.enum(NEEDS)).default([]),
});
export type Serves = z.infer<typeof ServesSchema>;

const NO_SERVES = { postTypes: [], needs: [] };

/** Language-neutral part of a tip. */
export const TipMetaSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    stage: z.enum(STAGES),
    topic: z.enum(TOPICS),
    platforms: Platforms,
    accounts: z.array(z.enum(ACCOUNTS)).min(1),
    serves: ServesSchema.default(NO_SERVES),
    signals: SignalsSchema,
    /** Fact ids it rests on. Empty means Rostrum's own advice, and the UI says so. */
    facts: z.array(FactIdSchema),
  })
  .refine((t) => t.signals.browseOnly || hasAnySignal(t.signals) || hasAnyServes(t.serves), {
    message: 'a tip needs at least one signal, or browseOnly: true',
    path: ['signals'],
  });
export type TipMeta = z.infer<typeof TipMetaSchema>;

function hasAnyServes(s: Serves): boolean {
  return s.postTypes.length + s.needs.length > 0;
}

function hasAnySignal(s: Signals): boolean {
  return s.findings.length + s.objectives.length + s.keywords.length > 0;
}

/** The words of a tip in one language. */
export const TipTextSchema = z.strictObject({
  title: z.string().min(3).max(90),
  /** What the panel shows: short enough to read beside a draft. */
  body: z.string().min(20).max(280),
  why: z.string().min(20).optional(),
  example: z.strictObject({ do: z.string().min(5), dont: z.string().min(5) }).optional(),
});
export type TipText = z.infer<typeof TipTextSchema>;

/** Parliaments that examples come from. `featured` = one of the five case studies. */
export const ParliamentSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)?$/),
  name: LocalisedLabel,
  country: LocalisedLabel,
  featured: z.boolean(),
});
export type Parliament = z.infer<typeof ParliamentSchema>;

/** Language-neutral part of a case-study example. */
export const ExampleMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  parliament: z.string(),
  platforms: Platforms,
  themes: z.array(z.enum(TOPICS)).min(1),
  objectives: z.array(z.enum(OBJECTIVES)).default([]),
  accounts: z.array(z.enum(ACCOUNTS)).min(1),
  serves: ServesSchema.default(NO_SERVES),
  /** When it happened, as precisely as the source says ("2019", "2012–2016", "undated"). */
  when: z.string().min(4),
  signals: SignalsSchema,
  facts: z.array(FactIdSchema).min(1),
});
export type ExampleMeta = z.infer<typeof ExampleMetaSchema>;

export const ExampleTextSchema = z.strictObject({
  title: z.string().min(3).max(90),
  /** What they did. */
  what: z.string().min(20).max(400),
  /** What came of it, as far as the source tells; say so when it does not. */
  outcome: z.string().min(10).max(300),
  /** The lesson for a comms officer. */
  lesson: z.string().min(10).max(240),
});
export type ExampleText = z.infer<typeof ExampleTextSchema>;

/** A text table for one locale: id → words. */
export const TipTextTableSchema = z.record(z.string(), TipTextSchema);
export const ExampleTextTableSchema = z.record(z.string(), ExampleTextSchema);

/** A tip as the panel uses it: meta plus the words in the chosen locale, plus where it came from. */
export type Tip = TipMeta & TipText & { origin: 'built-in' | { pack: string } };
export type Example = ExampleMeta & ExampleText & { origin: 'built-in' | { pack: string } };

/** What content files are written as (defaults filled in by the schema). */
export type TipMetaInput = z.input<typeof TipMetaSchema>;
export type FactInput = z.input<typeof FactSchema>;
export type ExampleMetaInput = z.input<typeof ExampleMetaSchema>;
export type ParliamentInput = z.input<typeof ParliamentSchema>;
