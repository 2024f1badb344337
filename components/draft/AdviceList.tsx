import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface AdviceItem {
  id: string;
  title: string;
  body: string;
  /** Why it is shown beside this draft. */
  reason: string;
  /** Where it comes from, ready to show ("UK Parliament digital blog, 2018" or "Rostrum's own advice"). */
  source: string;
  kind: 'tip' | 'example';
}

export interface AdviceListProps {
  heading: string;
  items: AdviceItem[];
  onOpen?: (item: AdviceItem) => void;
  testId: string;
  /** How many to show before "Show more": the best few are what matter beside a draft. */
  initial?: number;
}

/** Ranked tips or case-study examples, each with the reason it is shown. */
export function AdviceList({ heading, items, onOpen, testId, initial = 3 }: AdviceListProps) {
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return null;
  const shown = expanded ? items : items.slice(0, initial);
  return (
    <section class="advice" aria-label={heading} data-testid={testId}>
      <h2>{heading}</h2>
      <ol class="advice__list">
        {shown.map((item) => (
          <li key={item.id} class={`advice__item advice__item--${item.kind}`} data-id={item.id}>
            <h3 class="advice__title">
              {onOpen ? (
                <button type="button" class="link-button" onClick={() => onOpen(item)}>
                  {item.title}
                </button>
              ) : (
                item.title
              )}
            </h3>
            <p class="advice__body">{item.body}</p>
            <p class="advice__why">
              <span class="advice__label">{t('panel_whyThis')}</span> {item.reason}
            </p>
            <p class="advice__source">{item.source}</p>
          </li>
        ))}
      </ol>
      {items.length > initial && (
        <button type="button" class="link-button advice__more" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('panel_showFewer') : t('panel_showMore', items.length - initial)}
        </button>
      )}
    </section>
  );
}
