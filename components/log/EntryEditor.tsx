import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Entry, EntryPatch, EntryStatus, Metric } from '../../lib/log/schema';
import type { CampaignChoice } from '../campaigns/CampaignPicker';
import { METRIC_KEYS as METRICS, METRIC_LABEL_KEYS } from './metric-labels';

export interface EntryEditorProps {
  entry: Entry;
  campaigns: readonly CampaignChoice[];
  /** Why the last save failed, if it did. */
  error?: string | null;
  busy?: boolean;
  /** Only changed fields are sent; a metric emptied is sent as null (cleared). */
  onSave(patch: EntryPatch): void;
  onCancel(): void;
}

const NONE = '';

function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Edits one logged post: text, status, campaign, tags, and the metrics read from the platform later. */
export function EntryEditor({ entry, campaigns, error, busy = false, onSave, onCancel }: EntryEditorProps) {
  const id = useId();
  const [text, setText] = useState(entry.text);
  const [status, setStatus] = useState<EntryStatus>(entry.status);
  const [campaignId, setCampaignId] = useState(entry.campaignId ?? NONE);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [metrics, setMetrics] = useState<Record<Metric, string>>(
    Object.fromEntries(
      METRICS.map((m) => [m, entry.metrics[m] === undefined ? '' : String(entry.metrics[m])]),
    ) as Record<Metric, string>,
  );
  const [metricErrors, setMetricErrors] = useState<Partial<Record<Metric, string>>>({});

  function submit(event: Event): void {
    event.preventDefault();
    const errors: Partial<Record<Metric, string>> = {};
    const metricPatch: NonNullable<EntryPatch['metrics']> = {};
    for (const m of METRICS) {
      const raw = metrics[m].trim();
      const before = entry.metrics[m];
      if (raw === '') {
        if (before !== undefined) metricPatch[m] = null;
        continue;
      }
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value)) {
        errors[m] = t('log_metricInvalid');
        continue;
      }
      if (value !== before) metricPatch[m] = value;
    }
    setMetricErrors(errors);
    if (Object.keys(errors).length > 0) {
      const first = METRICS.find((m) => errors[m]);
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    const patch: EntryPatch = {};
    if (text !== entry.text) patch.text = text;
    if (status !== entry.status) patch.status = status;
    const nextCampaign = campaignId === NONE ? null : campaignId;
    if (nextCampaign !== entry.campaignId) patch.campaignId = nextCampaign;
    const nextTags = splitTags(tags);
    if (nextTags.join('\u0000') !== entry.tags.join('\u0000')) patch.tags = nextTags;
    if (Object.keys(metricPatch).length > 0) patch.metrics = metricPatch;
    onSave(patch);
  }

  const titleId = `${id}-title`;
  return (
    <form class="entry-editor" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{t('log_editTitle')}</h3>
      <div class="field">
        <label for={`${id}-text`}>{t('log_fieldText')}</label>
        <textarea id={`${id}-text`} rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-status`}>{t('log_fieldStatus')}</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value === 'draft' ? 'draft' : 'published')}
        >
          <option value="draft">{t('log_statusDraft')}</option>
          <option value="published">{t('log_statusPublished')}</option>
        </select>
      </div>
      <div class="field">
        <label for={`${id}-campaign`}>{t('log_fieldCampaign')}</label>
        <select
          id={`${id}-campaign`}
          value={campaignId}
          onChange={(e) => setCampaignId(e.currentTarget.value)}
        >
          <option value={NONE}>{t('log_noCampaign')}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-tags`}>{t('log_fieldTags')}</label>
        <input
          id={`${id}-tags`}
          type="text"
          value={tags}
          aria-describedby={`${id}-tags-hint`}
          onInput={(e) => setTags(e.currentTarget.value)}
        />
        <p id={`${id}-tags-hint`} class="hint">
          {t('log_tagsHint')}
        </p>
      </div>
      <fieldset>
        <legend>{t('log_metrics')}</legend>
        {METRICS.map((m) => (
          <div class="field" key={m}>
            <label for={`${id}-${m}`}>{t(METRIC_LABEL_KEYS[m])}</label>
            <input
              id={`${id}-${m}`}
              type="text"
              inputMode="numeric"
              value={metrics[m]}
              aria-invalid={metricErrors[m] ? 'true' : undefined}
              aria-describedby={metricErrors[m] ? `${id}-${m}-error` : undefined}
              onInput={(e) => setMetrics({ ...metrics, [m]: e.currentTarget.value })}
            />
            {metricErrors[m] && (
              <p id={`${id}-${m}-error`} class="error">
                {metricErrors[m]}
              </p>
            )}
          </div>
        ))}
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('log_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('campaigns_cancel')}
        </button>
      </div>
    </form>
  );
}
