import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ConfirmAction } from '../ConfirmAction';

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
  return (
    <section class="settings-section data-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings_dataTitle')}</h2>
      <p class="hint">{t('settings_dataHelp')}</p>
      <div class="actions">
        <button type="button" onClick={onExport} disabled={busy !== null}>
          {t('settings_export')}
        </button>
        <ConfirmAction
          label={t('settings_deleteAll')}
          question={t('settings_deleteConfirmText')}
          confirmLabel={t('settings_deleteConfirm')}
          cancelLabel={t('settings_cancel')}
          onConfirm={onDeleteAll}
          disabled={busy !== null}
          tone="danger"
        />
      </div>
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
