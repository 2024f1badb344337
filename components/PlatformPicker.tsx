import { PLATFORM_IDS, type PlatformId } from '../lib/platforms/types';
import { t } from '../lib/i18n';

export interface PlatformPickerProps {
  value: PlatformId;
  onChange: (platform: PlatformId) => void;
  id?: string;
}

/** Choose the platform a manual draft is for. */
export function PlatformPicker({ value, onChange, id = 'platform-picker' }: PlatformPickerProps) {
  return (
    <div class="field">
      <label for={id}>{t('panel_platform')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as PlatformId)}
      >
        {PLATFORM_IDS.map((p) => (
          <option key={p} value={p}>
            {t(`platform_${p}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
