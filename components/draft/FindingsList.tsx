import { t } from '../../lib/i18n';

export interface FindingView {
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface FindingsListProps {
  findings: FindingView[];
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The checks the draft raises, worst first. */
export function FindingsList({ findings }: FindingsListProps) {
  if (findings.length === 0) {
    return (
      <p class="findings-empty" data-testid="findings-empty">
        {t('panel_noFindings')}
      </p>
    );
  }
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul class="findings" data-testid="findings">
      {sorted.map((f) => (
        <li key={f.id} class={`finding finding--${f.severity}`} data-finding={f.id}>
          <span class="finding__severity">{t(`panel_severity_${f.severity}`)}</span>
          <span class="finding__message">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}
