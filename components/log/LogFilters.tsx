import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { EntryQuery } from '../../lib/log/schema';
import type { CampaignChoice } from '../campaigns/CampaignPicker';

export interface LogFiltersProps {
  query: EntryQuery;
  onChange(query: EntryQuery): void;
  campaigns: readonly CampaignChoice[];
  /** Platform ids to offer, with labels. */
  platforms: ReadonlyArray<{ id: string; label: string }>;
  tags: readonly string[];
  /** Wait this long after the last key before searching (ms). */
  textDelay?: number;
}

const ALL = '';
const NO_CAMPAIGN = '\u0000none';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local midnight at the start (or the last millisecond) of a YYYY-MM-DD day, or undefined. */
export function dayBound(value: string, end: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return end ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1 : start;
}

/** The local day of a time as YYYY-MM-DD, for a date input. */
export function dayOf(time: number | undefined): string {
  if (time === undefined) return '';
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function without<K extends keyof EntryQuery>(
  query: EntryQuery,
  key: K,
  value: EntryQuery[K] | undefined,
): EntryQuery {
  const next = { ...query };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Filters of the log view: campaign, platform, status, tag, dates, words, and the order. */
export function LogFilters({
  query,
  onChange,
  campaigns,
  platforms,
  tags,
  textDelay = 250,
}: LogFiltersProps) {
  const id = useId();
  const [text, setText] = useState(query.text ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(query);
  latest.current = query;

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function typed(value: string): void {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(
      () => onChange(without(latest.current, 'text', value.trim() || undefined)),
      textDelay,
    );
  }

  const campaignValue = query.campaignId === null ? NO_CAMPAIGN : (query.campaignId ?? ALL);
  const field = (name: string, label: string, control: JSX.Element) => (
    <div class="field">
      <label for={`${id}-${name}`}>{label}</label>
      {control}
    </div>
  );

  return (
    <div role="search" class="log-filters" aria-label={t('log_filters')}>
      {field(
        'text',
        t('log_filterText'),
        <input id={`${id}-text`} type="search" value={text} onInput={(e) => typed(e.currentTarget.value)} />,
      )}
      {field(
        'campaign',
        t('log_filterCampaign'),
        <select
          id={`${id}-campaign`}
          value={campaignValue}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange(without(query, 'campaignId', v === ALL ? undefined : v === NO_CAMPAIGN ? null : v));
          }}
        >
          <option value={ALL}>{t('log_filterAll')}</option>
          <option value={NO_CAMPAIGN}>{t('log_noCampaign')}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'platform',
        t('log_filterPlatform'),
        <select
          id={`${id}-platform`}
          value={query.platform ?? ALL}
          onChange={(e) => onChange(without(query, 'platform', e.currentTarget.value || undefined))}
        >
          <option value={ALL}>{t('log_filterAll')}</option>
          {platforms.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>,
      )}
      {field(
        'status',
        t('log_filterStatus'),
        <select
          id={`${id}-status`}
          value={query.status ?? ALL}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange(without(query, 'status', v === 'draft' || v === 'published' ? v : undefined));
          }}
        >
          <option value={ALL}>{t('log_filterAll')}</option>
          <option value="draft">{t('log_statusDraft')}</option>
          <option value="published">{t('log_statusPublished')}</option>
        </select>,
      )}
      {field(
        'tag',
        t('log_filterTag'),
        <select
          id={`${id}-tag`}
          value={query.tag ?? ALL}
          onChange={(e) => onChange(without(query, 'tag', e.currentTarget.value || undefined))}
        >
          <option value={ALL}>{t('log_filterAll')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>,
      )}
      {field(
        'from',
        t('log_filterFrom'),
        <input
          id={`${id}-from`}
          type="date"
          value={dayOf(query.from)}
          onChange={(e) => onChange(without(query, 'from', dayBound(e.currentTarget.value, false)))}
        />,
      )}
      {field(
        'to',
        t('log_filterTo'),
        <input
          id={`${id}-to`}
          type="date"
          value={dayOf(query.to)}
          onChange={(e) => onChange(without(query, 'to', dayBound(e.currentTarget.value, true)))}
        />,
      )}
      {field(
        'sort',
        t('log_sort'),
        <select
          id={`${id}-sort`}
          value={query.sort ?? 'newest'}
          onChange={(e) =>
            onChange(without(query, 'sort', e.currentTarget.value === 'oldest' ? 'oldest' : undefined))
          }
        >
          <option value="newest">{t('log_sortNewest')}</option>
          <option value="oldest">{t('log_sortOldest')}</option>
        </select>,
      )}
    </div>
  );
}
