import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PlaybookExample } from '../../lib/playbook/index';
import type { Fact, Parliament } from '../../lib/playbook/schema';
import { TOPICS, type Topic } from '../../lib/playbook/signals';
import { PLATFORM_IDS, type PlatformId } from '../../lib/platforms/types';
import type { ExampleFilters } from '../../lib/state/playbook-model';
import { ExampleDetail } from './ExampleDetail';
import {
  counted,
  parliamentCountry,
  parliamentName,
  platformsLabel,
  platformLabel,
  topicLabel,
  whenLabel,
} from './labels';

/** The research fact that confirms the 2021 guide's five case studies; cited beside the intro. */
const CASE_STUDIES_FACT = 'PB-03';

export interface CaseStudyLibraryProps {
  /** Examples that pass the filters, in the order to show. */
  examples: readonly PlaybookExample[];
  parliaments: readonly Parliament[];
  /** Content language, for parliaments' names. */
  locale: string;
  filters: ExampleFilters;
  /** Themes offered in the theme filter (default: every topic). */
  themes?: readonly Topic[];
  facts: ReadonlyMap<string, Fact>;
  packNames?: ReadonlyMap<string, string>;
  /** The open example; the list is replaced by its detail while one is open. */
  selectedExample?: PlaybookExample | null;
  onFilterChange<K extends keyof ExampleFilters>(key: K, value: ExampleFilters[K]): void;
  onReset?(): void;
  /** Opens an example; null closes it. */
  onOpenExample(id: string | null): void;
}

/** Case-study examples by parliament, filtered by parliament, platform and theme. */
export function CaseStudyLibrary(props: CaseStudyLibraryProps) {
  const {
    examples,
    parliaments,
    locale,
    filters,
    themes = TOPICS,
    facts,
    packNames,
    selectedExample,
  } = props;
  const { onFilterChange, onReset, onOpenExample } = props;
  const id = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const lastOpened = useRef<string | null>(null);

  useEffect(() => {
    if (selectedExample) {
      lastOpened.current = selectedExample.id;
    } else if (lastOpened.current) {
      buttons.current.get(lastOpened.current)?.focus();
      lastOpened.current = null;
    }
  }, [selectedExample]);

  const byId = new Map(parliaments.map((p) => [p.id, p]));

  if (selectedExample) {
    const pack =
      selectedExample.origin === 'built-in' ? undefined : packNames?.get(selectedExample.origin.pack);
    return (
      <section class="case-studies" aria-label={t('playbook_libraryTitle')}>
        <ExampleDetail
          example={selectedExample}
          parliament={byId.get(selectedExample.parliament)}
          locale={locale}
          facts={facts}
          packName={pack}
          onBack={() => onOpenExample(null)}
          autoFocus
        />
      </section>
    );
  }

  const featured = parliaments.filter((p) => p.featured);
  const others = parliaments.filter((p) => !p.featured);
  const groups = [...featured, ...others]
    .map((parliament) => ({ parliament, items: examples.filter((e) => e.parliament === parliament.id) }))
    .filter((g) => g.items.length > 0);
  const filtered = filters.parliament !== null || filters.platform !== null || filters.theme !== null;
  const guideFact = facts.get(CASE_STUDIES_FACT);

  const option = (p: Parliament) => (
    <option key={p.id} value={p.id}>
      {parliamentName(p, locale)}
    </option>
  );

  return (
    <section class="case-studies" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('playbook_libraryTitle')}</h2>
      <p class="case-studies__intro">
        {t('playbook_libraryIntro')}
        {guideFact?.url && (
          <>
            {' '}
            <a href={guideFact.url} target="_blank" rel="noopener noreferrer">
              {t('playbook_libraryIntroSource', guideFact.source)}
              <span class="sr-only"> {t('playbook_opensInNewTab')}</span>
            </a>
          </>
        )}
      </p>

      <div class="case-studies__filters">
        <div class="compact-field">
          <label for={`${id}-parliament`}>{t('playbook_parliament')}</label>
          <select
            id={`${id}-parliament`}
            value={filters.parliament ?? ''}
            onChange={(e) =>
              onFilterChange('parliament', (e.currentTarget as HTMLSelectElement).value || null)
            }
          >
            <option value="">{t('playbook_allParliaments')}</option>
            {featured.length > 0 && (
              <optgroup label={t('playbook_featuredParliaments')}>{featured.map(option)}</optgroup>
            )}
            {others.length > 0 && (
              <optgroup label={t('playbook_otherParliaments')}>{others.map(option)}</optgroup>
            )}
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
        <div class="compact-field">
          <label for={`${id}-theme`}>{t('playbook_theme')}</label>
          <select
            id={`${id}-theme`}
            value={filters.theme ?? ''}
            onChange={(e) =>
              onFilterChange('theme', ((e.currentTarget as HTMLSelectElement).value || null) as Topic | null)
            }
          >
            <option value="">{t('playbook_allThemes')}</option>
            {themes.map((theme) => (
              <option key={theme} value={theme}>
                {topicLabel(theme)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <p role="status" class="case-studies__count">
        {counted('playbook_exampleCount', examples.length)}
      </p>

      {examples.length === 0 && (
        <div class="case-studies__empty">
          <p>{t('playbook_noExampleMatch')}</p>
          {filtered && onReset && (
            <button type="button" onClick={onReset}>
              {t('playbook_clearFilters')}
            </button>
          )}
        </div>
      )}

      {groups.map(({ parliament, items }) => (
        <section key={parliament.id} class="case-studies__group" aria-labelledby={`${id}-p-${parliament.id}`}>
          <h3 id={`${id}-p-${parliament.id}`}>
            {parliamentName(parliament, locale)}{' '}
            <span class="case-studies__country">({parliamentCountry(parliament, locale)})</span>
            {!parliament.featured && <span class="badge"> {t('playbook_otherParliamentBadge')}</span>}
          </h3>
          <ul class="case-studies__list">
            {items.map((example) => {
              const pack =
                example.origin === 'built-in'
                  ? null
                  : (packNames?.get(example.origin.pack) ?? example.origin.pack);
              return (
                <li key={example.id} data-example-id={example.id}>
                  <button
                    type="button"
                    class="link-button"
                    ref={(el) => {
                      if (el) buttons.current.set(example.id, el);
                      else buttons.current.delete(example.id);
                    }}
                    onClick={() => onOpenExample(example.id)}
                  >
                    {example.title}
                  </button>
                  <p class="case-studies__meta">
                    {whenLabel(example.when)} · {platformsLabel(example.platforms)}
                    {pack !== null && <span class="badge badge--pack">{t('playbook_fromPack', pack)}</span>}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
