import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

/** What the last data action came to, for the page to say. */
export type DataOutcome =
  { kind: 'exported'; filename: string } | { kind: 'deleted' } | { kind: 'failed'; message: string };

export interface DataSettingsProps {
  /** Saves everything as one JSON file. */
  onExport(): void;
  /** Deletes everything; called only after the user confirmed. */
  onDeleteAll(): void;
  /** The action under way, if any. */
  busy: 'export' | 'delete' | null;
  outcome: DataOutcome | null;
}

/** "Your data": export everything, or delete everything after an explicit confirmation. */
export function DataSettings({ onExport, onDeleteAll, busy, outcome }: DataSettingsProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="settings-section data-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings_dataTitle')}</h2>
      <p class="hint">{t('settings_dataHelp')}</p>
      <div class="actions">
        <button type="button" onClick={onExport} disabled={busy !== null}>
          {t('settings_export')}
        </button>
        {!confirming && (
          <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={busy !== null}>
            {t('settings_deleteAll')}
          </button>
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} class="confirm">
          <p id={`${id}-confirm`}>{t('settings_deleteConfirmText')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              {t('settings_deleteConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('settings_cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">
        {outcome?.kind === 'exported'
          ? t('settings_exported', outcome.filename)
          : outcome?.kind === 'deleted'
            ? t('settings_deleted')
            : ''}
      </p>
      {outcome?.kind === 'failed' && (
        <p role="alert" class="error">
          {t('settings_failed', outcome.message)}
        </p>
      )}
    </section>
  );
}
