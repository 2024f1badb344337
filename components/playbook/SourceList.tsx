import { t } from '../../lib/i18n';
import type { Fact } from '../../lib/playbook/schema';
import { isOwnAdvice, sourcesOf, type Citing, type SourceRef } from '../../lib/playbook/sources';

export interface SourceListProps {
  item: Citing;
  facts: ReadonlyMap<string, Fact>;
  /** Display name of the pack the item comes from, when it comes from one. */
  packName?: string;
  /** Heading level of the "Sources" heading, to fit the surrounding outline. */
  level?: 3 | 4;
}

/**
 * How a source is introduced, by its research tag. Only GUIDE-META sources are presented as being
 * about the IPU's 2021 guide, and even they as describing it, not as its text.
 */
function kindLabel(tag: SourceRef['tag']): string {
  switch (tag) {
    case 'GUIDE-META':
      return t('playbook_sourceGuideMeta');
    case 'IPU':
      return t('playbook_sourceIpu');
    case 'OTHER':
      return t('playbook_sourceOther');
    case 'PACK':
      return t('playbook_sourcePack');
  }
}

/** Where a tip or example comes from: its sources with links, the pack it belongs to, or our own advice. */
export function SourceList({ item, facts, packName, level = 3 }: SourceListProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const sources = sourcesOf(item, facts);
  const fromPack = item.origin !== 'built-in';
  const own = !fromPack && isOwnAdvice({ facts: [...item.facts], origin: item.origin });

  return (
    <section class="sources">
      <Heading>{t('playbook_sources')}</Heading>
      {fromPack && (
        <p class="sources__origin sources__origin--pack">
          {t('playbook_packOwn', packName ?? (item.origin as { pack: string }).pack)}
        </p>
      )}
      {own && (
        <p class="sources__origin sources__origin--own">
          <strong>{t('playbook_ownAdvice')}</strong> {t('playbook_ownAdviceNote')}
        </p>
      )}
      {!fromPack && !own && <p class="sources__note">{t('playbook_sourcesNote')}</p>}
      {sources.length > 0 && (
        <ul class="sources__list">
          {sources.map((source) => (
            <li
              key={`${source.tag}:${source.label}:${source.url ?? ''}`}
              class={`source source--${source.tag.toLowerCase()}`}
            >
              <span class="source__kind">{kindLabel(source.tag)}</span>{' '}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.label}
                  <span class="sr-only"> {t('playbook_opensInNewTab')}</span>
                </a>
              ) : (
                <span class="source__label">{source.label}</span>
              )}
              {source.factIds.length > 0 && (
                <span class="source__facts"> {t('playbook_factIds', source.factIds.join(', '))}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
