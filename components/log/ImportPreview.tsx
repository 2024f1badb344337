import { useId } from 'preact/hooks';
import { formatDateTime, formatNumber, t } from '../../lib/i18n';
import type { ImportPreview as Preview } from '../../lib/log/schema';

export interface ImportPreviewProps {
  preview: Preview;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** At most this many invalid records are listed; the count says how many there are. */
const MAX_LISTED = 50;

/** What an import will do, before it does it: new, updated, unchanged, and each record refused and why. */
export function ImportPreview({ preview, busy = false, onConfirm, onCancel }: ImportPreviewProps) {
  const headingId = useId();
  const { campaigns, entries, invalid } = preview;
  const writes =
    campaigns.added.length + campaigns.updated.length + entries.added.length + entries.updated.length;
  const rows: Array<[string, number, number, number]> = [
    [t('log_importCampaigns'), campaigns.added.length, campaigns.updated.length, campaigns.unchanged],
    [t('log_importEntries'), entries.added.length, entries.updated.length, entries.unchanged],
  ];
  return (
    <section class="import-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('log_importTitle')}</h3>
      <p>{t('log_importFormat', formatNumber(preview.formatVersion), exportDate(preview.exportedAt))}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('log_importKind')}</th>
            <th scope="col">{t('log_importNew')}</th>
            <th scope="col">{t('log_importUpdated')}</th>
            <th scope="col">{t('log_importUnchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([kind, added, updated, unchanged]) => (
            <tr key={kind}>
              <th scope="row">{kind}</th>
              <td>{added}</td>
              <td>{updated}</td>
              <td>{unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {invalid.length > 0 && (
        <div class="import-invalid">
          <h4>{t('log_importInvalid', formatNumber(invalid.length))}</h4>
          <ul>
            {invalid.slice(0, MAX_LISTED).map((r) => (
              <li key={`${r.kind}-${r.position}-${r.id ?? ''}`}>
                <strong>
                  {r.kind === 'campaign'
                    ? t('log_importInvalidCampaign', formatNumber(r.position), r.id ?? '')
                    : t('log_importInvalidEntry', formatNumber(r.position), r.id ?? '')}
                </strong>
                <pre>{r.reason}</pre>
              </li>
            ))}
          </ul>
          {invalid.length > MAX_LISTED && (
            <p>{t('log_importMore', formatNumber(invalid.length - MAX_LISTED))}</p>
          )}
        </div>
      )}
      <p>{writes === 0 ? t('log_importNothing') : t('log_importAllOrNothing')}</p>
      <div class="actions">
        <button type="button" disabled={busy || writes === 0} onClick={onConfirm}>
          {t('log_importConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('campaigns_cancel')}
        </button>
      </div>
    </section>
  );
}

/** The export's timestamp in the panel's language; shown as written when it is not a date. */
function exportDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : formatDateTime(time);
}
