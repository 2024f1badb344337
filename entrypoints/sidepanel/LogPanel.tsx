import { useSignal } from '@preact/signals';
import { CampaignForm, type PlanChecklistItem } from '../../components/campaigns/CampaignForm';
import { CampaignList } from '../../components/campaigns/CampaignList';
import { CampaignDashboard } from '../../components/log/CampaignDashboard';
import { EntryEditor } from '../../components/log/EntryEditor';
import { ImportPreview } from '../../components/log/ImportPreview';
import { LogDataActions } from '../../components/log/LogDataActions';
import { LogView } from '../../components/log/LogView';
import { reportLabels } from '../../components/log/report-labels';
import { t } from '../../lib/i18n';
import type { Campaign, Entry } from '../../lib/log/schema';
import type { CampaignModel } from '../../lib/state/campaign-model';
import type { LogModel } from '../../lib/state/log-model';
import { downloadFile, type PanelFile } from './download';

export interface LogPanelProps {
  campaigns: CampaignModel;
  log: LogModel;
  platformLabels: Readonly<Record<string, string>>;
  platforms: ReadonlyArray<{ id: string; label: string }>;
  findingLabels: Readonly<Record<string, string>>;
  checklist: readonly PlanChecklistItem[];
}

const ROW_HEIGHT = 64;

interface FormState {
  busy: boolean;
  fieldErrors?: Record<string, string>;
  error?: string;
}

/**
 * The measure stage: every campaign with its dashboard, the log of posts with filters, editing,
 * bulk changes and undo, and the log's data (export, import with a preview, delete all).
 */
export function LogPanel({
  campaigns,
  log,
  platformLabels,
  platforms,
  findingLabels,
  checklist,
}: LogPanelProps) {
  const editingCampaign = useSignal<Campaign | null>(null);
  const campaignForm = useSignal<FormState>({ busy: false });
  const editingEntry = useSignal<Entry | null>(null);
  const entryError = useSignal<string | null>(null);
  const importing = useSignal(false);

  const save = async (file: Promise<PanelFile | null> | PanelFile | null) => {
    const made = await file;
    if (made) downloadFile(made);
  };

  const dashboard = campaigns.dashboard.value;
  if (dashboard) {
    return (
      <CampaignDashboard
        campaign={dashboard.campaign}
        stats={dashboard.stats}
        platformLabels={platformLabels}
        findingLabels={findingLabels}
        onExportReport={() => void save(campaigns.reportMarkdown({ labels: reportLabels() }))}
        onPrint={() => window.print()}
        onClose={() => campaigns.closeDashboard()}
      />
    );
  }

  const campaign = editingCampaign.value;
  const entry = editingEntry.value;
  const preview = log.importPreview.value;
  const choices = campaigns.campaigns.value;

  return (
    <div class="log-panel">
      {campaigns.error.value && <p role="alert">{campaigns.error.value}</p>}
      {campaign ? (
        <CampaignForm
          mode="save"
          initial={campaign}
          platforms={platforms}
          checklist={checklist}
          busy={campaignForm.value.busy}
          fieldErrors={campaignForm.value.fieldErrors}
          error={campaignForm.value.error}
          onCancel={() => (editingCampaign.value = null)}
          onSubmit={async (values) => {
            campaignForm.value = { busy: true };
            const result = await campaigns.save({ ...values, id: campaign.id });
            campaignForm.value = result.ok
              ? { busy: false }
              : { busy: false, fieldErrors: result.fieldErrors, error: result.message };
            if (result.ok) editingCampaign.value = null;
          }}
        />
      ) : (
        <CampaignList
          campaigns={choices}
          activeId={campaigns.activeCampaignId.value}
          onEdit={(c) => {
            campaignForm.value = { busy: false };
            editingCampaign.value = c;
          }}
          onArchive={(id, archived) => void campaigns.archive(id, archived)}
          onDashboard={(id) => void campaigns.openDashboard(id)}
        />
      )}
      {entry && (
        <EntryEditor
          key={entry.id}
          entry={entry}
          campaigns={choices}
          error={entryError.value}
          onCancel={() => (editingEntry.value = null)}
          onSave={async (patch) => {
            const saved = await log.updateEntry(entry.id, patch);
            entryError.value = saved ? null : (log.error.value ?? t('panel_error'));
            if (saved) editingEntry.value = null;
          }}
        />
      )}
      <LogView
        entries={log.entries.value}
        campaigns={choices}
        platformLabels={platformLabels}
        total={log.total.value}
        // A short log takes only the room it needs; a long one scrolls inside 480 px.
        height={Math.min(480, Math.max(2, log.total.value) * ROW_HEIGHT)}
        rowHeight={ROW_HEIGHT}
        rowAt={(i) => log.rows.value.get(i)}
        onRangeChange={(start, end) => void log.ensureRows(start, end)}
        query={log.query.value}
        onQueryChange={(q) => void log.setQuery(q)}
        tags={log.tags.value.map((x) => x.tag)}
        selected={log.selection.value}
        onToggleSelected={(id) => log.toggleSelected(id)}
        onClearSelection={() => log.clearSelection()}
        onBulkChange={(ids, change) => void log.updateMany(ids, change)}
        onEdit={(e) => {
          entryError.value = null;
          editingEntry.value = e;
        }}
        onDelete={(ids) => void log.deleteEntries(ids)}
        undoCount={log.lastDeleted.value.length}
        onUndo={() => void log.undoDelete()}
        onDismissUndo={() => log.dismissUndo()}
      />
      {preview && (
        <ImportPreview
          preview={preview}
          busy={importing.value}
          onCancel={() => log.cancelImport()}
          onConfirm={async () => {
            importing.value = true;
            if (await log.applyImport()) await campaigns.load();
            importing.value = false;
          }}
        />
      )}
      <LogDataActions
        onExportJson={() => void save(log.exportJson())}
        onExportCsv={() => void save(log.exportCsv(log.query.value))}
        onImportFile={(file) => void log.previewImport(file)}
        onClearAll={async () => {
          if (await log.clearAll()) await campaigns.load();
        }}
        problem={log.problem.value}
        persisted={log.persisted.value}
      />
    </div>
  );
}
