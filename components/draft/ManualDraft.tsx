import { t } from '../../lib/i18n';
import type { PlatformId } from '../../lib/platforms/types';
import { PlatformPicker } from '../PlatformPicker';

export interface ManualDraftProps {
  text: string;
  platform: PlatformId;
  onText: (text: string) => void;
  onPlatform: (platform: PlatformId) => void;
}

/** Type or paste a draft into the panel when no composer can be read. */
export function ManualDraft({ text, platform, onText, onPlatform }: ManualDraftProps) {
  return (
    <div class="manual" data-testid="manual-mode">
      <PlatformPicker value={platform} onChange={onPlatform} />
      <div class="field">
        <label for="manual-draft">{t('panel_manualLabel')}</label>
        <textarea
          id="manual-draft"
          rows={6}
          value={text}
          placeholder={t('panel_manualPlaceholder')}
          onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
    </div>
  );
}
