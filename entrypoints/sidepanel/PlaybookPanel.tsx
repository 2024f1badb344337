import type { Signal } from '@preact/signals';
import { useSignal } from '@preact/signals';
import { CaseStudyLibrary } from '../../components/playbook/CaseStudyLibrary';
import { PackManager } from '../../components/playbook/PackManager';
import { PlaybookView } from '../../components/playbook/PlaybookView';
import { t } from '../../lib/i18n';
import type { ContentPack } from '../../lib/playbook';
import type { PlaybookModel } from '../../lib/state/playbook-model';
import { savePacks } from './packs';

type Section = 'tips' | 'cases' | 'packs';

export interface PlaybookPanelProps {
  model: PlaybookModel;
  packs: Signal<readonly ContentPack[]>;
  locale: string;
}

/** The Playbook view: tips by stage and topic, the case-study library, and the parliament's own packs. */
export function PlaybookPanel({ model, packs, locale }: PlaybookPanelProps) {
  const section = useSignal<Section>('tips');
  const book = model.playbook.value;
  if (!book) return <p role="alert">{model.error.value ?? t('panel_error')}</p>;
  const store = async (next: readonly ContentPack[]) => {
    packs.value = next;
    await savePacks(next);
  };
  return (
    <div class="playbook-panel">
      <nav class="subnav" aria-label={t('panel_viewPlaybook')}>
        {(['tips', 'cases', 'packs'] as const).map((id) => (
          <button
            key={id}
            type="button"
            aria-current={section.value === id ? 'page' : undefined}
            onClick={() => (section.value = id)}
          >
            {t(`panel_playbook_${id}`)}
          </button>
        ))}
      </nav>
      {section.value === 'tips' && (
        <PlaybookView
          tips={model.results.value.tips}
          examples={model.results.value.examples}
          query={model.query.value}
          filters={model.filters.value}
          topicsByStage={model.topicsByStage.value}
          facts={book.facts}
          packNames={model.packNames.value}
          selectedTip={model.selectedTip.value}
          onQueryChange={model.setQuery}
          onFilterChange={model.setFilter}
          onReset={model.reset}
          onOpenTip={model.selectTip}
          onOpenExample={(id) => {
            model.selectExample(id);
            section.value = 'cases';
          }}
        />
      )}
      {section.value === 'cases' && (
        <CaseStudyLibrary
          examples={model.library.value}
          parliaments={book.parliaments}
          locale={locale}
          filters={model.exampleFilters.value}
          facts={book.facts}
          packNames={model.packNames.value}
          selectedExample={model.selectedExample.value}
          onFilterChange={model.setExampleFilter}
          onOpenExample={model.selectExample}
        />
      )}
      {section.value === 'packs' && (
        <PackManager
          packs={packs.value}
          onInstall={(pack) => store([...packs.value.filter((p) => p.id !== pack.id), pack])}
          onRemove={(id) => store(packs.value.filter((p) => p.id !== id))}
        />
      )}
    </div>
  );
}
