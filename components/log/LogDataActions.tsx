import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { LogProblem } from '../../lib/state/log-model';
import { ConfirmAction } from '../ConfirmAction';

export interface LogDataActionsProps {
  onExportJson(): void;
  onExportCsv(): void;
  /** A file was chosen to import (the parent reads and previews it). */
  onImportFile(file: File): void;
  /** Deletes everything; asked only after an explicit confirmation. */
  onClearAll?(): void;
  /** The last failure: a full disk gets its own plain message and a nudge to export. */
  problem?: LogProblem | null;
  /** False when the browser refused persistent storage: say the log could be evicted. */
  persisted?: boolean | null;
}

/** Export (JSON, CSV), import and wipe, with storage problems said plainly. */
export function LogDataActions(props: LogDataActionsProps) {
  const id = useId();
  return (
    <section class="log-data" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('log_dataTitle')}</h3>
      {props.problem?.kind === 'quota' && (
        <div role="alert" class="error">
          <p>{t('log_quotaFull')}</p>
          <button type="button" onClick={props.onExportJson}>
            {t('log_exportJson')}
          </button>
        </div>
      )}
      {props.problem && props.problem.kind !== 'quota' && (
        <p role="alert" class="error">
          {props.problem.message}
        </p>
      )}
      {props.persisted === false && <p class="hint">{t('log_notPersisted')}</p>}
      <div class="actions">
        <button type="button" onClick={props.onExportJson}>
          {t('log_exportJson')}
        </button>
        <button type="button" onClick={props.onExportCsv}>
          {t('log_exportCsv')}
        </button>
        <label for={`${id}-file`}>{t('log_importFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) props.onImportFile(file);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {props.onClearAll && (
        <ConfirmAction
          label={t('log_clearAll')}
          question={t('log_clearConfirmText')}
          confirmLabel={t('log_clearConfirm')}
          cancelLabel={t('campaigns_cancel')}
          onConfirm={props.onClearAll}
        />
      )}
    </section>
  );
}
