import { useCallback, useId } from 'preact/hooks';
import { formatDateTime, formatNumber, t } from '../../lib/i18n';
import type { BulkEntryChange, Entry, EntryQuery } from '../../lib/log/schema';
import type { CampaignChoice } from '../campaigns/CampaignPicker';
import { BulkActions } from './BulkActions';
import { excerpt } from './excerpt';
import { LogFilters } from './LogFilters';
import { VirtualList } from './VirtualList';
import { labelOf } from '../label-of';

/** The machine-readable form of a time, or none when Date cannot hold it (a damaged record). */
function machineTime(time: number): string | undefined {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export interface LogViewProps {
  /** Entries, newest first (the order is the caller's). Used when `total`/`rowAt` are not given. */
  entries: readonly Entry[];
  /** Campaigns, to show names instead of ids. */
  campaigns: readonly CampaignChoice[];
  /** Display names of platforms by id; the id is shown when missing. */
  platformLabels?: Readonly<Record<string, string>>;

  /** Windowed source: how many rows match, and the row at a position (undefined while loading). */
  total?: number;
  rowAt?(index: number): Entry | undefined;
  /** Rows start…end-1 are on screen (plus margin): load them. */
  onRangeChange?(start: number, end: number): void;
  /** Height of one row and of the list (px). */
  rowHeight?: number;
  height?: number;

  /** Filters: shown when both are given. */
  query?: EntryQuery;
  onQueryChange?(query: EntryQuery): void;
  tags?: readonly string[];

  /** Selection for bulk changes: shown when `onToggleSelected` is given. */
  selected?: ReadonlySet<string>;
  onToggleSelected?(id: string): void;
  onClearSelection?(): void;
  onBulkChange?(ids: string[], change: BulkEntryChange): void;

  onEdit?(entry: Entry): void;
  onDelete?(ids: string[]): void;
  /** How many entries the last delete removed, while it can be undone (0: nothing to undo). */
  undoCount?: number;
  onUndo?(): void;
  onDismissUndo?(): void;
}

/**
 * The campaign log: one row per logged post with time, platform, campaign, status and the start of
 * its text, in a windowed list (fixed row height) so a log of 100,000 posts scrolls as one of 30.
 * Filters, selection, edit, delete and undo appear when their callbacks are given.
 */
export function LogView(props: LogViewProps) {
  const { entries, campaigns, platformLabels = {}, rowHeight = 64, height = 480 } = props;
  const headingId = useId();
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const count = props.total ?? entries.length;
  const rowAt = props.rowAt ?? ((i: number) => entries[i]);
  const selected = props.selected ?? new Set<string>();
  const selectable = props.onToggleSelected !== undefined;
  const filtered = props.query !== undefined && Object.keys(props.query).some((k) => k !== 'sort');
  const { onRangeChange } = props;
  const rangeChanged = useCallback(
    (start: number, end: number) => onRangeChange?.(start, end),
    [onRangeChange],
  );

  const platformName = (id: string) => labelOf(platformLabels, id);

  function renderRow(index: number) {
    const entry = rowAt(index);
    if (!entry) return <p class="log-entry log-entry-loading">{t('log_loadingRow')}</p>;
    const text = excerpt(entry.text);
    return (
      <article class="log-entry" aria-label={text || t('log_emptyText')}>
        {selectable && (
          <input
            type="checkbox"
            checked={selected.has(entry.id)}
            aria-label={t('log_select', excerpt(entry.text, 40))}
            onChange={() => props.onToggleSelected?.(entry.id)}
          />
        )}
        <div class="log-entry-meta">
          <time dateTime={machineTime(entry.createdAt)}>{formatDateTime(entry.createdAt)}</time>
          <span class="log-entry-platform">{platformName(entry.platform)}</span>
          <span class="log-entry-campaign">
            {entry.campaignId === null
              ? t('log_noCampaign')
              : (names.get(entry.campaignId) ?? t('log_unknownCampaign'))}
          </span>
          <span class={`log-entry-status status-${entry.status}`}>
            {entry.status === 'draft' ? t('log_statusDraft') : t('log_statusPublished')}
          </span>
          {entry.tags.length > 0 && <span class="log-entry-tags">{entry.tags.join(', ')}</span>}
        </div>
        <p class="log-entry-text">{text}</p>
        {(props.onEdit || props.onDelete) && (
          <div class="log-entry-actions">
            {props.onEdit && (
              <button type="button" onClick={() => props.onEdit?.(entry)}>
                {t('log_edit')}
              </button>
            )}
            {props.onDelete && (
              <button type="button" onClick={() => props.onDelete?.([entry.id])}>
                {t('log_delete')}
              </button>
            )}
          </div>
        )}
      </article>
    );
  }

  return (
    <section class="log-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('log_title')}</h2>
      {props.query !== undefined && props.onQueryChange && (
        <LogFilters
          query={props.query}
          onChange={props.onQueryChange}
          campaigns={campaigns}
          platforms={Object.entries(platformLabels).map(([id, label]) => ({ id, label }))}
          tags={props.tags ?? []}
        />
      )}
      {(props.undoCount ?? 0) > 0 && (
        <div role="status" class="log-undo">
          <span>{t('log_deleted', formatNumber(props.undoCount ?? 0))}</span>
          <button type="button" onClick={props.onUndo}>
            {t('log_undo')}
          </button>
          {props.onDismissUndo && (
            <button type="button" onClick={props.onDismissUndo}>
              {t('log_dismiss')}
            </button>
          )}
        </div>
      )}
      {selectable && selected.size > 0 && props.onBulkChange && (
        <BulkActions
          selected={[...selected]}
          campaigns={campaigns}
          onChange={props.onBulkChange}
          onDelete={(ids) => props.onDelete?.(ids)}
          onClear={() => props.onClearSelection?.()}
        />
      )}
      <p class="log-count" aria-live="polite">
        {count === 1
          ? t(filtered ? 'log_matchingOne' : 'log_countOne')
          : t(filtered ? 'log_matching' : 'log_count', formatNumber(count))}
      </p>
      {count === 0 ? (
        <p>{filtered ? t('log_noMatch') : t('log_empty')}</p>
      ) : (
        <VirtualList
          count={count}
          rowHeight={rowHeight}
          height={height}
          label={t('log_listLabel')}
          renderRow={renderRow}
          rowKey={(i) => rowAt(i)?.id ?? `loading-${i}`}
          onRangeChange={rangeChanged}
        />
      )}
    </section>
  );
}
