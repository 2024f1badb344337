import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PlaybookExample } from '../../lib/playbook/index';
import type { Fact, Parliament } from '../../lib/playbook/schema';
import { objectiveLabel, parliamentName, platformsLabel, topicLabel, whenLabel } from './labels';
import { SourceList } from './SourceList';

export interface ExampleDetailProps {
  example: PlaybookExample;
  /** The example's parliament, when known. */
  parliament?: Parliament | undefined;
  /** Content language, for the parliament's name. */
  locale: string;
  facts: ReadonlyMap<string, Fact>;
  packName?: string | undefined;
  onBack?: () => void;
  autoFocus?: boolean;
}

/** One case-study example: who, when, on which platform, what they did, what came of it, the lesson. */
export function ExampleDetail(props: ExampleDetailProps) {
  const { example, parliament, locale, facts, packName, onBack, autoFocus = false } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) titleRef.current?.focus();
  }, [autoFocus, example.id]);

  const titleId = `example-${example.id}-title`;
  return (
    <article class="example-detail" aria-labelledby={titleId} data-example-id={example.id}>
      {onBack && (
        <button type="button" class="link-button example-detail__back" onClick={onBack}>
          {t('playbook_backToLibrary')}
        </button>
      )}
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {example.title}
      </h2>
      <dl class="example-detail__facts">
        <dt>{t('playbook_parliament')}</dt>
        <dd>
          {parliament ? parliamentName(parliament, locale) : example.parliament}
          {parliament && !parliament.featured && example.origin === 'built-in' && (
            <span class="badge"> {t('playbook_otherParliamentBadge')}</span>
          )}
        </dd>
        <dt>{t('playbook_when')}</dt>
        <dd>{whenLabel(example.when)}</dd>
        <dt>{t('playbook_platforms')}</dt>
        <dd>{platformsLabel(example.platforms)}</dd>
        <dt>{t('playbook_themes')}</dt>
        <dd>{example.themes.map(topicLabel).join(', ')}</dd>
        {example.objectives.length > 0 && (
          <>
            <dt>{t('playbook_objectives')}</dt>
            <dd>{example.objectives.map(objectiveLabel).join(', ')}</dd>
          </>
        )}
      </dl>
      <h3>{t('playbook_whatTheyDid')}</h3>
      <p>{example.what}</p>
      <h3>{t('playbook_outcome')}</h3>
      <p>{example.outcome}</p>
      <h3>{t('playbook_lesson')}</h3>
      <p>{example.lesson}</p>
      <SourceList item={example} facts={facts} packName={packName} />
    </article>
  );
}
