import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';

/** What the picker needs to know of a campaign. */
export interface CampaignChoice {
  id: string;
  name: string;
}

export interface CampaignPickerProps {
  campaigns: readonly CampaignChoice[];
  /** The active campaign's id, or null for none. */
  activeId: string | null;
  onChange(id: string | null): void;
  onNew(): void;
}

const NONE = '';

/** Chooses the campaign new posts are logged to, with a "New campaign" action beside it. */
export function CampaignPicker({ campaigns, activeId, onChange, onNew }: CampaignPickerProps) {
  const id = useId();
  const selected = activeId !== null && campaigns.some((c) => c.id === activeId) ? activeId : NONE;
  return (
    <div class="campaign-picker">
      <label for={id}>{t('campaigns_active')}</label>
      <select
        id={id}
        value={selected}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onChange(value === NONE ? null : value);
        }}
      >
        <option value={NONE}>{t('campaigns_none')}</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={onNew}>
        {t('campaigns_new')}
      </button>
    </div>
  );
}
