import { useId, useState } from 'preact/hooks';
import { formatNumber, t } from '../../lib/i18n';
import type { BulkEntryChange } from '../../lib/log/schema';
import type { CampaignChoice } from '../campaigns/CampaignPicker';

export interface BulkActionsProps {
  /** Ids of the selected entries. */
  selected: readonly string[];
  campaigns: readonly CampaignChoice[];
  onChange(ids: string[], change: BulkEntryChange): void;
  onDelete(ids: string[]): void;
  onClear(): void;
}

const KEEP = '';
const NONE = '\u0000none';

/** What can be done to many selected entries at once: tags, campaign, status, delete. */
export function BulkActions({ selected, campaigns, onChange, onDelete, onClear }: BulkActionsProps) {
  const id = useId();
  const [tag, setTag] = useState('');
  const [campaign, setCampaign] = useState(KEEP);
  const ids = [...selected];
  const cleanTag = tag.trim();

  return (
    <div role="region" class="bulk-actions" aria-label={t('log_bulkRegion')}>
      <p>{t('log_selectedCount', formatNumber(selected.length))}</p>
      <div class="field">
        <label for={`${id}-tag`}>{t('log_bulkTag')}</label>
        <input id={`${id}-tag`} type="text" value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
        <button type="button" disabled={!cleanTag} onClick={() => onChange(ids, { addTags: [cleanTag] })}>
          {t('log_bulkAddTag')}
        </button>
        <button type="button" disabled={!cleanTag} onClick={() => onChange(ids, { removeTags: [cleanTag] })}>
          {t('log_bulkRemoveTag')}
        </button>
      </div>
      <div class="field">
        <label for={`${id}-campaign`}>{t('log_bulkMoveTo')}</label>
        <select id={`${id}-campaign`} value={campaign} onChange={(e) => setCampaign(e.currentTarget.value)}>
          <option value={KEEP}>{t('log_bulkChoose')}</option>
          <option value={NONE}>{t('log_noCampaign')}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={campaign === KEEP}
          onClick={() => onChange(ids, { campaignId: campaign === NONE ? null : campaign })}
        >
          {t('log_bulkMove')}
        </button>
      </div>
      <div class="actions">
        <button type="button" onClick={() => onChange(ids, { status: 'published' })}>
          {t('log_bulkMarkPublished')}
        </button>
        <button type="button" onClick={() => onDelete(ids)}>
          {t('log_bulkDelete')}
        </button>
        <button type="button" onClick={onClear}>
          {t('log_bulkClear')}
        </button>
      </div>
    </div>
  );
}
