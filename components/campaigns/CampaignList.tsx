import { useId, useState } from 'preact/hooks';
import { formatDay, formatNumber, t } from '../../lib/i18n';
import type { Campaign } from '../../lib/log/schema';
import { OBJECTIVE_LABEL_KEYS } from './plan-labels';

export interface CampaignListProps {
  campaigns: readonly Campaign[];
  activeId: string | null;
  onEdit(campaign: Campaign): void;
  onArchive(id: string, archived: boolean): void;
  onDashboard(id: string): void;
}

/** Every campaign with its dates and objective, and what can be done to it: edit, dashboard, archive. */
export function CampaignList({ campaigns, activeId, onEdit, onArchive, onDashboard }: CampaignListProps) {
  const headingId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const archivedCount = campaigns.filter((c) => c.archived).length;
  const shown = showArchived ? campaigns : campaigns.filter((c) => !c.archived);
  return (
    <section class="campaign-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('campaigns_listTitle')}</h2>
      {archivedCount > 0 && (
        <label class="checkbox">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
          {t('campaigns_showArchived', formatNumber(archivedCount))}
        </label>
      )}
      {shown.length === 0 ? (
        <p>{t('campaigns_noneYet')}</p>
      ) : (
        <ul>
          {shown.map((c) => (
            <li key={c.id} class={c.archived ? 'archived' : undefined}>
              <h3>
                {c.name}
                {c.id === activeId && <span class="badge"> {t('campaigns_activeBadge')}</span>}
                {c.archived && <span class="badge"> {t('campaigns_archived')}</span>}
              </h3>
              <p>
                {t('log_dashboardDates', formatDay(c.startDate), formatDay(c.endDate))}
                {c.objective && ` · ${t(OBJECTIVE_LABEL_KEYS[c.objective])}`}
              </p>
              <div class="actions" role="group" aria-label={c.name}>
                <button type="button" onClick={() => onDashboard(c.id)}>
                  {t('campaigns_dashboard')}
                </button>
                <button type="button" onClick={() => onEdit(c)}>
                  {t('campaigns_edit')}
                </button>
                <button type="button" onClick={() => onArchive(c.id, !c.archived)}>
                  {c.archived ? t('campaigns_restore') : t('campaigns_archive')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
