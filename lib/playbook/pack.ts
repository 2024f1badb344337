import { z } from 'zod';
import { builtInIds, builtInParliamentIds } from './builtin';
import {
  ExampleMetaSchema,
  ExampleTextSchema,
  ParliamentSchema,
  TipMetaSchema,
  TipTextSchema,
  type Example,
  type Parliament,
  type Tip,
} from './schema';
import { LOCALES, type Locale } from './signals';
import type { PackReference } from './sources';

/**
 * Content packs: a parliament's own house rules, tips and examples, as one JSON file that the panel
 * shows beside the built-in playbook, marked as that parliament's own. The format is documented in
 * docs/content-packs.md; docs/sample-content-pack.json is a pack that passes.
 *
 * Pack items use the built-in schemas for everything a draft is matched on (stage, topic, platforms,
 * signals, ...) and for the words (same length limits), but they do not cite the research facts:
 * a pack stands on its own references, so nothing in it is ever shown as coming from the research.
 */

export const PACK_FORMAT = 'rostrum-content-pack';
export const PACK_VERSION = 1;
/** Bigger files are refused before parsing; a pack is text, a few hundred items at most. */
export const MAX_PACK_BYTES = 1_000_000;
const MAX_ITEMS = 500;

const PackReferenceSchema = z.strictObject({
  label: z.string().trim().min(3).max(200),
  url: z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' })
    .optional(),
});

/** Words in each locale: English is required (the fallback), other content locales are optional. */
function localised<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(LOCALES.map((l) => [l, l === 'en' ? schema : schema.optional()]));
  return z.strictObject(shape as { en: T } & Record<Exclude<Locale, 'en'>, z.ZodOptional<T>>);
}

function hasAnySignal(s: {
  findings: unknown[];
  objectives: unknown[];
  keywords: unknown[];
  browseOnly: boolean;
}) {
  return s.browseOnly || s.findings.length + s.objectives.length + s.keywords.length > 0;
}

// The built-in meta schemas carry a refinement, so zod cannot .omit() from them: rebuild from the shape.
const { facts: _tipFacts, ...tipShape } = TipMetaSchema.shape;
const { facts: _exampleFacts, ...exampleShape } = ExampleMetaSchema.shape;

const PackTipSchema = z
  .strictObject({
    ...tipShape,
    references: z.array(PackReferenceSchema).max(20).default([]),
    text: localised(TipTextSchema),
  })
  .refine((t) => hasAnySignal(t.signals), {
    message: 'a tip needs at least one signal (findings, objectives or keywords), or browseOnly: true',
    path: ['signals'],
  });

const PackExampleSchema = z.strictObject({
  ...exampleShape,
  references: z.array(PackReferenceSchema).max(20).default([]),
  text: localised(ExampleTextSchema),
});

/** A parliament a pack's examples come from, when it is not one Rostrum already knows. */
const PackParliamentSchema = z.strictObject({
  id: ParliamentSchema.shape.id,
  name: localised(z.string().trim().min(2).max(120)),
  country: localised(z.string().trim().min(2).max(120)),
});

export const ContentPackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT, {
    error: `this is not a Rostrum content pack (format must be "${PACK_FORMAT}")`,
  }),
  version: z.literal(PACK_VERSION, {
    error: `unsupported version: this version of Rostrum reads content packs of version ${PACK_VERSION}`,
  }),
  id: z
    .string()
    .regex(
      /^[a-z0-9-]{3,60}$/,
      'use 3 to 60 lower-case letters, digits and hyphens, e.g. "folketing-house-rules"',
    ),
  name: z.string().trim().min(3).max(120),
  /** Who publishes it: a team or a parliament's administration. */
  publisher: z.string().trim().min(2).max(120).optional(),
  description: z.string().trim().max(500).optional(),
  parliaments: z.array(PackParliamentSchema).max(50).default([]),
  tips: z.array(PackTipSchema).max(MAX_ITEMS).default([]),
  examples: z.array(PackExampleSchema).max(MAX_ITEMS).default([]),
});

/** A validated content pack, as the panel stores it. */
export type ContentPack = z.infer<typeof ContentPackSchema>;
export type ContentPackInput = z.input<typeof ContentPackSchema>;

export type PackParseResult = { ok: true; pack: ContentPack } | { ok: false; errors: string[] };

export interface PackCheckOptions {
  /**
   * Packs already installed. A pack with the same id is an update and replaces it; any other clash of
   * tip or example ids with an installed pack is an error.
   */
  installed?: readonly ContentPack[];
}

/** A tip from a pack as the playbook uses it. */
export type PackTip = Tip & { references: PackReference[] };
export type PackExample = Example & { references: PackReference[] };

/** How much of a value from the file a message shows, and how many problems are listed. */
const MAX_SHOWN = 80;
const MAX_MESSAGE = 500;
export const MAX_ERRORS = 100;

/**
 * `text` cut to `max` characters (never inside a surrogate pair). Messages echo parts of the file;
 * their size must never depend on the size of what was wrong.
 */
function cut(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A bad value as a message shows it: a short string or number as it is, anything else by its type.
 * Never JSON.stringify: a value nested 5,000 levels deep would overflow the stack, and a long one
 * would fill the message.
 */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return `"${cut(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeType(value);
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? cut(String(part)) : `.${cut(String(part))}`;
  }
  return cut(out, 200);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    // Own properties only: a path is data, and "constructor" is on every object.
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** The tip or example an issue sits in, for a message a person can act on: ` (tip "house-style-1")`. */
function itemContext(root: unknown, path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if ((list !== 'tips' && list !== 'examples') || typeof index !== 'number') return '';
  const id = valueAt(root, [list, index, 'id']);
  return typeof id === 'string' && id !== '' ? ` (${list === 'tips' ? 'tip' : 'example'} "${cut(id)}")` : '';
}

/** One zod issue as "path: what is wrong", in words rather than zod's codes (a union may give several). */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string[] {
  const at = formatPath(issue.path);
  const context = itemContext(root, issue.path);
  const value = valueAt(root, issue.path);
  let message: string;
  switch (issue.code) {
    case 'invalid_type':
      message =
        value === undefined
          ? `is missing (expected ${issue.expected})`
          : `should be ${issue.expected}, not ${describeType(value)}`;
      break;
    case 'too_big':
      message =
        issue.origin === 'string' && typeof value === 'string'
          ? `is too long: ${value.length} characters, at most ${issue.maximum}`
          : issue.origin === 'array' && Array.isArray(value)
            ? `has too many entries: ${value.length}, at most ${issue.maximum}`
            : issue.message;
      break;
    case 'too_small':
      message =
        issue.origin === 'string'
          ? `is too short: at least ${issue.minimum} characters`
          : issue.origin === 'array'
            ? `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`
            : issue.message;
      break;
    case 'invalid_value':
      message =
        issue.values.length > 1
          ? `${shownValue(value)} is not allowed; use one of: ${issue.values.map((v) => String(v)).join(', ')}`
          : issue.message;
      break;
    case 'unrecognized_keys':
      message =
        `has unknown field${issue.keys.length > 1 ? 's' : ''} ` +
        issue.keys
          .slice(0, 10)
          .map((k) => `"${cut(k)}"`)
          .join(', ') +
        (issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : '');
      break;
    case 'invalid_union': {
      // Only `platforms` is a union: "all", or a list of platform ids. A list with a bad entry is
      // better explained by that entry than by the union.
      const inList = Array.isArray(value)
        ? issue.errors.find((branch) => branch.some((i) => i.path.length > 0))
        : undefined;
      if (inList) {
        return inList.flatMap((inner) =>
          describeIssue({ ...inner, path: [...issue.path, ...inner.path] }, root),
        );
      }
      message = `must be "all" or a list of platform ids (${describeType(value)} given)`;
      break;
    }
    default:
      message = issue.message;
  }
  return [cut(`${at === '' ? '(the file)' : at}${context}: ${message}`, MAX_MESSAGE)];
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Checks that go beyond one field: ids unique in the pack, and not taken by the playbook or other packs. */
function crossCheck(pack: ContentPack, options: PackCheckOptions): string[] {
  const errors: string[] = [];
  const builtIn = builtInIds();
  const others = new Map<string, string>();
  for (const installed of options.installed ?? []) {
    if (installed.id === pack.id) continue;
    for (const item of [...installed.tips, ...installed.examples]) others.set(item.id, installed.name);
  }
  const seen = new Map<string, string>();
  const items = [
    ...pack.tips.map((tip, i) => ({ id: tip.id, at: `tips[${i}].id` })),
    ...pack.examples.map((example, i) => ({ id: example.id, at: `examples[${i}].id` })),
  ];
  for (const { id, at } of items) {
    const first = seen.get(id);
    if (first) errors.push(`${at}: id "${id}" is used twice in this pack (first at ${first})`);
    else seen.set(id, at);
    if (builtIn.has(id))
      errors.push(`${at}: id "${id}" is already used by Rostrum's built-in playbook; choose another`);
    const owner = others.get(id);
    if (owner) errors.push(`${at}: id "${id}" is already used by the installed pack "${owner}"`);
  }

  const known = new Set(pack.parliaments.map((p) => p.id));
  const builtInParliaments = builtInParliamentIds();
  pack.parliaments.forEach((p, i) => {
    if (pack.parliaments.findIndex((q) => q.id === p.id) !== i) {
      errors.push(`parliaments[${i}].id: parliament "${p.id}" is listed twice`);
    }
    if (builtInParliaments.has(p.id)) {
      errors.push(
        `parliaments[${i}].id: Rostrum already knows parliament "${p.id}"; refer to it without listing it`,
      );
    }
  });
  pack.examples.forEach((example, i) => {
    if (!known.has(example.parliament) && !builtInParliaments.has(example.parliament)) {
      errors.push(
        `examples[${i}].parliament (example "${example.id}"): unknown parliament "${example.parliament}"; ` +
          'add it to the pack\'s "parliaments" list',
      );
    }
  });
  return errors;
}

/** The first {@link MAX_ERRORS} problems, and how many more there are: a list a person can read. */
function atMost(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems`];
}

/**
 * Validates a pack already read from JSON (or from storage). Every problem is reported, each naming its
 * field; a pack with any problem is refused whole.
 */
export function validatePack(value: unknown, options: PackCheckOptions = {}): PackParseResult {
  const parsed = ContentPackSchema.safeParse(value);
  if (!parsed.success) {
    // A wrong format tag means this is some other file: its other fields are noise, say only that.
    const formatIssue = parsed.error.issues.find((i) => i.path.length === 1 && i.path[0] === 'format');
    if (formatIssue) return { ok: false, errors: describeIssue(formatIssue, value) };
    return { ok: false, errors: atMost(parsed.error.issues.flatMap((issue) => describeIssue(issue, value))) };
  }
  const errors = crossCheck(parsed.data, options);
  return errors.length > 0 ? { ok: false, errors: atMost(errors) } : { ok: true, pack: parsed.data };
}

/** Parses and validates the text of a pack file. Nothing is imported unless everything is valid. */
export function parsePack(jsonText: string, options: PackCheckOptions = {}): PackParseResult {
  if (jsonText.length > MAX_PACK_BYTES) {
    return {
      ok: false,
      errors: [`the file is too large: a content pack is at most ${MAX_PACK_BYTES / 1_000_000} MB`],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      ok: false,
      errors: [cut(`the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, MAX_MESSAGE)],
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: ['the file is not a Rostrum content pack: it must hold one JSON object'] };
  }
  return validatePack(value, options);
}

function pick<T>(text: Partial<Record<Locale, T>> & { en: T }, locale: Locale): T {
  return text[locale] ?? text.en;
}

/** A pack's tips in `locale` (English where the pack has no text in it), marked with the pack's id. */
export function packTips(pack: ContentPack, locale: Locale): PackTip[] {
  return pack.tips.map(({ text, ...meta }) => ({
    ...meta,
    ...pick(text, locale),
    facts: [],
    origin: { pack: pack.id },
  }));
}

/** A pack's examples in `locale`, marked with the pack's id. */
export function packExamples(pack: ContentPack, locale: Locale): PackExample[] {
  return pack.examples.map(({ text, ...meta }) => ({
    ...meta,
    ...pick(text, locale),
    facts: [],
    origin: { pack: pack.id },
  }));
}

/** The parliaments a pack adds, with every content locale filled (English where missing). */
export function packParliaments(pack: ContentPack): Parliament[] {
  return pack.parliaments.map((p) => ({
    id: p.id,
    name: Object.fromEntries(LOCALES.map((l) => [l, pick(p.name, l)])) as Record<Locale, string>,
    country: Object.fromEntries(LOCALES.map((l) => [l, pick(p.country, l)])) as Record<Locale, string>,
    featured: false,
  }));
}
