import type { PlatformId } from '../platforms/types';
import type { Example, Parliament, Tip } from './schema';
import type { Stage, Topic } from './signals';

/** What the playbook view can narrow by. `null` (or absent) means "any". */
export interface PlaybookFilters {
  stage?: Stage | null;
  /** A tip's topic. */
  topic?: Topic | null;
  /** Tips and examples that apply to this platform (items for "all" platforms always do). */
  platform?: PlatformId | null;
  /** An example's parliament id. */
  parliament?: string | null;
  /** An example's theme. */
  theme?: Topic | null;
}

export interface SearchOptions {
  /**
   * The words the reader sees for a topic ("Plain language"), so a search for them finds its tips.
   * lib/playbook does not know UI strings; the caller passes them in. Folded text is cached per
   * function, so pass a new function when the interface language changes.
   */
  topicLabel?: (topic: Topic) => string;
  /** Parliaments, so a search for "Riksdag" or "Sweden" finds Sweden's examples. */
  parliaments?: readonly Parliament[];
}

export interface SearchResults<T extends Tip, E extends Example> {
  tips: T[];
  examples: E[];
}

/**
 * Lower case, accents and other marks removed, ligatures spelled out: "Éducation", "education" and
 * "EDUCATION" all become "education", so a search ignores case and accents in every content language.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/[’‘`]/g, "'");
}

/** The words of a query, folded; quotes and punctuation around words do not matter. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[\s,;:!?()"«»]+/u)
    .map((term) => term.replace(/^['.\-]+|['.\-]+$/g, ''))
    .filter((term) => term.length > 0);
}

interface Fields {
  title: string;
  rest: string;
}

// Folding every item on every keystroke would be wasteful; items are immutable once built, so their
// folded text is kept per item, per topic-label function and per parliament list.
const NONE = {};
const caches = new WeakMap<object, WeakMap<object, WeakMap<object, Fields>>>();
function cacheFor(first: object | undefined, second: object | undefined): WeakMap<object, Fields> {
  let level = caches.get(first ?? NONE);
  if (!level) caches.set(first ?? NONE, (level = new WeakMap()));
  let cache = level.get(second ?? NONE);
  if (!cache) level.set(second ?? NONE, (cache = new WeakMap()));
  return cache;
}
const TIPS = {};

function tipFields(tip: Tip, options: SearchOptions): Fields {
  const cache = cacheFor(options.topicLabel, TIPS);
  const cached = cache.get(tip);
  if (cached) return cached;
  const rest = [
    tip.body,
    tip.why ?? '',
    tip.example?.do ?? '',
    tip.example?.dont ?? '',
    tip.topic,
    options.topicLabel?.(tip.topic) ?? '',
  ].join('\n');
  const fields = { title: foldText(tip.title), rest: foldText(rest) };
  cache.set(tip, fields);
  return fields;
}

function exampleFields(example: Example, options: SearchOptions): Fields {
  const cache = cacheFor(options.topicLabel, options.parliaments);
  const cached = cache.get(example);
  if (cached) return cached;
  const parliament = options.parliaments?.find((p) => p.id === example.parliament);
  const rest = [
    example.what,
    example.outcome,
    example.lesson,
    example.when,
    ...example.themes,
    ...example.themes.map((theme) => options.topicLabel?.(theme) ?? ''),
    ...(parliament ? [...Object.values(parliament.name), ...Object.values(parliament.country)] : []),
  ].join('\n');
  const fields = { title: foldText(example.title), rest: foldText(rest) };
  cache.set(example, fields);
  return fields;
}

/** 0 when some term is missing; otherwise higher when terms are in the title. */
function score(fields: Fields, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    if (fields.title.includes(term)) total += 3;
    else if (fields.rest.includes(term)) total += 1;
    else return 0;
  }
  return total;
}

function appliesTo(
  platforms: 'all' | readonly PlatformId[],
  platform: PlatformId | null | undefined,
): boolean {
  return !platform || platforms === 'all' || platforms.includes(platform);
}

function ranked<T>(items: readonly T[], fieldsOf: (item: T) => Fields, terms: readonly string[]): T[] {
  if (terms.length === 0) return [...items];
  return items
    .map((item, index) => ({ item, index, score: score(fieldsOf(item), terms) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((hit) => hit.item);
}

/**
 * Tips and examples that contain every word of `query` (in any order, ignoring case and accents) and
 * pass the filters. Matches in the title rank first; otherwise the playbook's own order is kept.
 * An empty query returns everything that passes the filters.
 */
export function searchPlaybook<T extends Tip, E extends Example>(
  content: { tips: readonly T[]; examples: readonly E[] },
  query: string,
  filters: PlaybookFilters = {},
  options: SearchOptions = {},
): SearchResults<T, E> {
  const terms = queryTerms(query);
  const tips = content.tips.filter(
    (tip) =>
      (!filters.stage || tip.stage === filters.stage) &&
      (!filters.topic || tip.topic === filters.topic) &&
      appliesTo(tip.platforms, filters.platform),
  );
  const examples = content.examples.filter(
    (example) =>
      (!filters.parliament || example.parliament === filters.parliament) &&
      (!filters.theme || example.themes.includes(filters.theme)) &&
      appliesTo(example.platforms, filters.platform),
  );
  return {
    tips: ranked(tips, (tip) => tipFields(tip, options), terms),
    examples: ranked(examples, (example) => exampleFields(example, options), terms),
  };
}
