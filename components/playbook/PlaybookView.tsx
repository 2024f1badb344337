import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PlaybookExample, PlaybookTip } from '../../lib/playbook/index';
import type { Fact } from '../../lib/playbook/schema';
import { STAGES, type Stage, type Topic } from '../../lib/playbook/signals';
import { isOwnAdvice } from '../../lib/playbook/sources';
import { PLATFORM_IDS, type PlatformId } from '../../lib/platforms/types';
import type { TipFilters } from '../../lib/state/playbook-model';
import { counted, platformLabel, stageLabel, topicLabel } from './labels';
import { TipDetail } from './TipDetail';

export interface PlaybookViewProps {
  /** Tips that match the query and filters, in the order to show. */
  tips: readonly PlaybookTip[];
  /** Case-study examples that match the query (shown only while searching). */
  examples?: readonly PlaybookExample[];
  query: string;
  filters: TipFilters;
  /** Topics that have tips, per stage, for the topic picker. */
  topicsByStage: Readonly<Record<Stage, readonly Topic[]>>;
  facts: ReadonlyMap<string, Fact>;
  /** Names of installed packs by id. */
  packNames?: ReadonlyMap<string, string>;
  /** The open tip; the list is replaced by its detail while one is open. */
  selectedTip?: PlaybookTip | null;
  onQueryChange(query: string): void;
  onFilterChange<K extends keyof TipFilters>(key: K, value: TipFilters[K]): void;
  /** Clears the query and filters. */
  onReset?(): void;
  /** Opens a tip; null closes it. */
  onOpenTip(id: string | null): void;
  onOpenExample?(id: string): void;
}

/** Browse the playbook by stage and topic, search it, and read a tip in full. */
export function PlaybookView(props: PlaybookViewProps) {
  const { tips, examples = [], query, filters, topicsByStage, facts, packNames, selectedTip } = props;
  const { onQueryChange, onFilterChange, onReset, onOpenTip, onOpenExample } = props;
  const id = useId();
  const tipButtons = useRef(new Map<string, HTMLButtonElement>());
  const lastOpened = useRef<string | null>(null);

  // Back from a tip: return focus to the tip it was opened from, so keyboard users keep their place.
  useEffect(() => {
    if (selectedTip) {
      lastOpened.current = selectedTip.id;
    } else if (lastOpened.current) {
      tipButtons.current.get(lastOpened.current)?.focus();
      lastOpened.current = null;
    }
  }, [selectedTip]);

  if (selectedTip) {
    const pack = selectedTip.origin === 'built-in' ? undefined : packNames?.get(selectedTip.origin.pack);
    return (
      <section class="playbook" aria-label={t('playbook_title')}>
        <TipDetail tip={selectedTip} facts={facts} packName={pack} onBack={() => onOpenTip(null)} autoFocus />
      </section>
    );
  }

  const searching = query.trim() !== '';
  const filtered = filters.stage !== null || filters.topic !== null || filters.platform !== null;
  const topics = filters.stage
    ? topicsByStage[filters.stage]
    : [...new Set(STAGES.flatMap((stage) => topicsByStage[stage]))];
  const grouped = !searching && filters.stage === null;

  const tipItem = (tip: PlaybookTip) => {
    const pack = tip.origin === 'built-in' ? null : (packNames?.get(tip.origin.pack) ?? tip.origin.pack);
    return (
      <li key={tip.id} class="playbook__tip" data-tip-id={tip.id}>
        <button
          type="button"
          class="link-button playbook__tip-title"
          ref={(el) => {
            if (el) tipButtons.current.set(tip.id, el);
            else tipButtons.current.delete(tip.id);
          }}
          onClick={() => onOpenTip(tip.id)}
        >
          {tip.title}
        </button>
        <p class="playbook__tip-meta">
          {topicLabel(tip.topic)}
          {pack !== null && <span class="badge badge--pack">{t('playbook_fromPack', pack)}</span>}
          {isOwnAdvice(tip) && <span class="badge badge--own">{t('playbook_ownAdvice')}</span>}
        </p>
        <p class="playbook__tip-body">{tip.body}</p>
      </li>
    );
  };

  return (
    <section class="playbook" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('playbook_title')}</h2>
      <form role="search" class="playbook__search" onSubmit={(e) => e.preventDefault()}>
        <label for={`${id}-q`}>{t('playbook_search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          placeholder={t('playbook_searchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => onQueryChange((e.currentTarget as HTMLInputElement).value)}
        />
      </form>

      <div class="playbook__filters">
        <div role="group" aria-label={t('playbook_stage')} class="playbook__stages">
          <button
            type="button"
            aria-pressed={filters.stage === null}
            onClick={() => onFilterChange('stage', null)}
          >
            {t('playbook_allStages')}
          </button>
          {STAGES.map((stage) => (
            <button
              key={stage}
              type="button"
              aria-pressed={filters.stage === stage}
              onClick={() => onFilterChange('stage', stage)}
            >
              {stageLabel(stage)}
            </button>
          ))}
        </div>
        <div class="compact-field">
          <label for={`${id}-topic`}>{t('playbook_topic')}</label>
          <select
            id={`${id}-topic`}
            value={filters.topic ?? ''}
            onChange={(e) =>
              onFilterChange('topic', ((e.currentTarget as HTMLSelectElement).value || null) as Topic | null)
            }
          >
            <option value="">{t('playbook_allTopics')}</option>
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {topicLabel(topic)}
              </option>
            ))}
          </select>
        </div>
        <div class="compact-field">
          <label for={`${id}-platform`}>{t('playbook_platform')}</label>
          <select
            id={`${id}-platform`}
            value={filters.platform ?? ''}
            onChange={(e) =>
              onFilterChange(
                'platform',
                ((e.currentTarget as HTMLSelectElement).value || null) as PlatformId | null,
              )
            }
          >
            <option value="">{t('playbook_anyPlatform')}</option>
            {PLATFORM_IDS.map((platform) => (
              <option key={platform} value={platform}>
                {platformLabel(platform)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <p role="status" class="playbook__count">
        {counted('playbook_tipCount', tips.length)}
        {searching && examples.length > 0 && ` · ${counted('playbook_exampleCount', examples.length)}`}
      </p>

      {tips.length === 0 && examples.length === 0 && (
        <div class="playbook__empty">
          <p>{t('playbook_noMatch')}</p>
          {(searching || filtered) && onReset && (
            <button type="button" onClick={onReset}>
              {t('playbook_clear')}
            </button>
          )}
        </div>
      )}

      {grouped
        ? STAGES.map((stage) => {
            const inStage = tips.filter((tip) => tip.stage === stage);
            if (inStage.length === 0) return null;
            return (
              <section key={stage} class="playbook__stage" aria-labelledby={`${id}-stage-${stage}`}>
                <h3 id={`${id}-stage-${stage}`}>{stageLabel(stage)}</h3>
                <ul class="playbook__list">{inStage.map(tipItem)}</ul>
              </section>
            );
          })
        : tips.length > 0 && <ul class="playbook__list">{tips.map(tipItem)}</ul>}

      {searching && examples.length > 0 && (
        <section class="playbook__examples" aria-labelledby={`${id}-examples`}>
          <h3 id={`${id}-examples`}>{t('playbook_matchingExamples')}</h3>
          <ul class="playbook__list">
            {examples.map((example) => (
              <li key={example.id} data-example-id={example.id}>
                {onOpenExample ? (
                  <button type="button" class="link-button" onClick={() => onOpenExample(example.id)}>
                    {example.title}
                  </button>
                ) : (
                  example.title
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
