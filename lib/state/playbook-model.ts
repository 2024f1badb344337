import { computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  getPlaybook,
  type ContentPack,
  type Playbook,
  type PlaybookExample,
  type PlaybookTip,
} from '../playbook/index';
import { searchPlaybook, type PlaybookFilters } from '../playbook/search';
import { STAGES, type Stage, type Topic } from '../playbook/signals';
import type { PlatformId } from '../platforms/types';

/** Filters of the playbook view (tips). */
export interface TipFilters {
  stage: Stage | null;
  topic: Topic | null;
  platform: PlatformId | null;
}

/** Filters of the case-study library. */
export interface ExampleFilters {
  parliament: string | null;
  platform: PlatformId | null;
  theme: Topic | null;
}

export const NO_TIP_FILTERS: TipFilters = { stage: null, topic: null, platform: null };
export const NO_EXAMPLE_FILTERS: ExampleFilters = { parliament: null, platform: null, theme: null };

export interface PlaybookModelDeps {
  /** Interface language; the playbook follows it (English where it has no content in it). */
  locale: ReadonlySignal<string>;
  /** Installed content packs, kept by the panel. */
  packs: ReadonlySignal<readonly ContentPack[]>;
  /** The words shown for a topic in a language, so searching for them finds its tips. */
  topicLabel?: (topic: Topic, locale: string) => string;
  /** Builds the playbook; getPlaybook unless a test gives another. */
  load?: (locale: string, packs: readonly ContentPack[]) => Playbook;
}

export interface PlaybookModel {
  /** The playbook in the current language with the packs merged in; null if it could not be built. */
  playbook: ReadonlySignal<Playbook | null>;
  /** Why the playbook could not be built (broken built-in content), for the panel to show. */
  error: ReadonlySignal<string | null>;

  /** The search box of the playbook view. */
  query: ReadonlySignal<string>;
  filters: ReadonlySignal<TipFilters>;
  setQuery(query: string): void;
  setFilter<K extends keyof TipFilters>(key: K, value: TipFilters[K]): void;
  /** Clears the query and the tip filters. */
  reset(): void;
  /** Shows the tips on one topic (from the plan checklist, say): its stage, no search, no open tip. */
  showTopic(topic: Topic): void;
  /** Tips that match the query and filters; examples that match the query (and platform filter). */
  results: ReadonlySignal<{ tips: PlaybookTip[]; examples: PlaybookExample[] }>;
  /** For browsing: the topics that have tips, per stage, in the playbook's order. */
  topicsByStage: ReadonlySignal<Record<Stage, Topic[]>>;

  exampleFilters: ReadonlySignal<ExampleFilters>;
  setExampleFilter<K extends keyof ExampleFilters>(key: K, value: ExampleFilters[K]): void;
  /** The case-study library: examples that pass the library's filters. */
  library: ReadonlySignal<PlaybookExample[]>;

  selectedTipId: ReadonlySignal<string | null>;
  selectedExampleId: ReadonlySignal<string | null>;
  /** The open tip, looked up in the whole playbook so a tip opened from elsewhere is found too. */
  selectedTip: ReadonlySignal<PlaybookTip | null>;
  selectedExample: ReadonlySignal<PlaybookExample | null>;
  selectTip(id: string | null): void;
  selectExample(id: string | null): void;
  /** Display names of the installed packs by id, for "from <pack>" labels. */
  packNames: ReadonlySignal<ReadonlyMap<string, string>>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Search, filters and selection of the playbook view and the case-study library, as signals. */
export function createPlaybookModel(deps: PlaybookModelDeps): PlaybookModel {
  const load = deps.load ?? getPlaybook;
  const query = signal('');
  const filters = signal<TipFilters>(NO_TIP_FILTERS);
  const exampleFilters = signal<ExampleFilters>(NO_EXAMPLE_FILTERS);
  const selectedTipId = signal<string | null>(null);
  const selectedExampleId = signal<string | null>(null);

  const built = computed((): { playbook: Playbook | null; error: string | null } => {
    try {
      return { playbook: load(deps.locale.value, deps.packs.value), error: null };
    } catch (e) {
      return { playbook: null, error: messageOf(e) };
    }
  });
  const playbook = computed(() => built.value.playbook);
  const error = computed(() => built.value.error);

  // A new function per language, so the search's cache of folded text follows the language.
  const topicLabel = computed(() => {
    const label = deps.topicLabel;
    const locale = deps.locale.value;
    return label ? (topic: Topic) => label(topic, locale) : undefined;
  });

  const searchOptions = computed(() => ({
    ...(topicLabel.value ? { topicLabel: topicLabel.value } : {}),
    parliaments: playbook.value?.parliaments ?? [],
  }));

  const results = computed(() => {
    const book = playbook.value;
    if (!book) return { tips: [], examples: [] };
    const f: PlaybookFilters = filters.value;
    const found = searchPlaybook(book, query.value, f, searchOptions.value);
    // Examples appear in the playbook view only as search hits; browsing them is the library's job.
    return { tips: found.tips, examples: query.value.trim() === '' ? [] : found.examples };
  });

  const library = computed(() => {
    const book = playbook.value;
    if (!book) return [];
    return searchPlaybook({ tips: [], examples: book.examples }, '', exampleFilters.value).examples;
  });

  const topicsByStage = computed(() => {
    const out = Object.fromEntries(STAGES.map((s) => [s, [] as Topic[]])) as Record<Stage, Topic[]>;
    for (const tip of playbook.value?.tips ?? []) {
      if (!out[tip.stage].includes(tip.topic)) out[tip.stage].push(tip.topic);
    }
    return out;
  });

  const selectedTip = computed(() => {
    const id = selectedTipId.value;
    return id === null ? null : (playbook.value?.tips.find((t) => t.id === id) ?? null);
  });
  const selectedExample = computed(() => {
    const id = selectedExampleId.value;
    return id === null ? null : (playbook.value?.examples.find((e) => e.id === id) ?? null);
  });
  const packNames = computed(() => new Map(deps.packs.value.map((p) => [p.id, p.name])));

  return {
    playbook,
    error,
    query,
    filters,
    setQuery(value) {
      query.value = value;
    },
    setFilter(key, value) {
      const next = { ...filters.value, [key]: value };
      // A topic belongs to a stage: keep it only if the new stage has tips on it.
      if (
        key === 'stage' &&
        next.stage &&
        next.topic &&
        !topicsByStage.value[next.stage].includes(next.topic)
      ) {
        next.topic = null;
      }
      filters.value = next;
    },
    reset() {
      query.value = '';
      filters.value = NO_TIP_FILTERS;
    },
    showTopic(topic) {
      const stage = STAGES.find((s) => topicsByStage.value[s].includes(topic)) ?? null;
      query.value = '';
      filters.value = { stage, topic, platform: null };
      selectedTipId.value = null;
    },
    results,
    topicsByStage,
    exampleFilters,
    setExampleFilter(key, value) {
      exampleFilters.value = { ...exampleFilters.value, [key]: value };
    },
    library,
    selectedTipId,
    selectedExampleId,
    selectedTip,
    selectedExample,
    selectTip(id) {
      selectedTipId.value = id;
    },
    selectExample(id) {
      selectedExampleId.value = id;
    },
    packNames,
  };
}
