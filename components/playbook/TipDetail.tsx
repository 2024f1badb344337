import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PlaybookTip } from '../../lib/playbook/index';
import type { Fact } from '../../lib/playbook/schema';
import { accountLabel, platformsLabel, stageLabel, topicLabel } from './labels';
import { SourceList } from './SourceList';

export interface TipDetailProps {
  tip: PlaybookTip;
  facts: ReadonlyMap<string, Fact>;
  /** Display name of the tip's pack, for pack tips. */
  packName?: string;
  /** Back to the list; without it no back button is shown. */
  onBack?: () => void;
  /** Move focus to the title when shown (true when opened from a list). */
  autoFocus?: boolean;
}

/** One tip in full: what to do, why, an example to follow and one to avoid, and where it comes from. */
export function TipDetail({ tip, facts, packName, onBack, autoFocus = false }: TipDetailProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) titleRef.current?.focus();
  }, [autoFocus, tip.id]);

  const titleId = `tip-${tip.id}-title`;
  return (
    <article class="tip-detail" aria-labelledby={titleId} data-tip-id={tip.id}>
      {onBack && (
        <button type="button" class="link-button tip-detail__back" onClick={onBack}>
          {t('playbook_back')}
        </button>
      )}
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {tip.title}
      </h2>
      <p class="tip-detail__meta">
        {stageLabel(tip.stage)} · {topicLabel(tip.topic)} · {platformsLabel(tip.platforms)} ·{' '}
        {tip.accounts.map(accountLabel).join(', ')}
      </p>
      <p class="tip-detail__body">{tip.body}</p>
      {tip.why && (
        <section class="tip-detail__why">
          <h3>{t('playbook_why')}</h3>
          <p>{tip.why}</p>
        </section>
      )}
      {tip.example && (
        <section class="tip-detail__example">
          <h3>{t('playbook_example')}</h3>
          <dl>
            <dt>{t('playbook_do')}</dt>
            <dd class="tip-detail__do">{tip.example.do}</dd>
            <dt>{t('playbook_dont')}</dt>
            <dd class="tip-detail__dont">{tip.example.dont}</dd>
          </dl>
        </section>
      )}
      <SourceList item={tip} facts={facts} packName={packName} />
    </article>
  );
}
