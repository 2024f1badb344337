import { useSignal } from '@preact/signals';
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useErrorBoundary, useMemo } from 'preact/hooks';
import { browser } from '#imports';
import { DraftView } from '../../components/draft/DraftView';
import { findingLabel } from '../../components/draft/finding-label';
import type { NoticeKind } from '../../components/draft/ComposerNotice';
import { ViewTabs } from '../../components/ViewTabs';
import { labelOf } from '../../components/label-of';
import { changeLocale, currentLocale, isUiLocale, t, textDirection, UI_LOCALES } from '../../lib/i18n';
import { createDraftModel } from '../../lib/state/draft-model';
import { toAdviceItems, toFindingViews, toRanges } from './analysis-view';
import { CampaignForm } from '../../components/campaigns/CampaignForm';
import { CampaignPicker } from '../../components/campaigns/CampaignPicker';
import { LogPostButton } from '../../components/log/LogPostButton';
import { FINDING_IDS } from '../../lib/playbook/signals';
import { isPlatformId, PLATFORM_IDS } from '../../lib/platforms/types';
import type { PanelPlaybook } from './panel-playbook';
import type { Fact } from '../../lib/playbook/schema';
import { accountSetting, localeSetting, manualPlatformSetting } from './settings';
import { followTab } from './follow-tab';
import { createLogWiring } from './log-wiring';
import { planChecklist } from './plan-checklist';
import { TeamLogStateLoader } from './TeamLogStateLoader';
// ---- publish capture, badge and Mastodon wiring (helper-owned, for the lead to integrate) ----
import { InstanceSettings } from '../../components/mastodon/InstanceSettings';
import { PublishNotices } from '../../components/publish/PublishNotices';
import { PublishSettings } from '../../components/publish/PublishSettings';
import { createPublishWiring, toInstanceViews, toNoticeViews } from './publish-wiring';
// ---- end ----

// The playbook and log views load when first opened: a panel opens on the draft, so its first paint
// does not wait for their code.
const PlaybookPanel = lazy(() => import('./PlaybookPanel').then((m) => m.PlaybookPanel));
const LogPanel = lazy(() => import('./LogPanel').then((m) => m.LogPanel));

type View = 'draft' | 'playbook' | 'log';

const NO_FACTS: ReadonlyMap<string, Fact> = new Map();

/** The composition root: creates the models once, feeds them from the browser, picks the view. */
export function App({ windowId }: { windowId?: number }) {
  const [error, resetError] = useErrorBoundary((e: unknown) => console.error('[Rostrum] panel error', e));
  const model = useMemo(() => createDraftModel(), []);
  const { campaigns, log } = useMemo(() => createLogWiring(windowId), [windowId]);
  const postTags = useSignal('');
  const postStatus = useSignal<'published' | 'draft'>('published');
  // ---- publish capture, badge and Mastodon wiring ----
  const wiring = useMemo(() => createPublishWiring(model, () => void log.refresh()), [model, log]);
  useEffect(() => () => wiring.dispose(), [wiring]);
  const { publish, instances } = wiring;
  // ---- end ----
  const view = useSignal<View>('draft');
  // The playbook's code and words load after the first paint: the checks do not wait for them.
  const panelPlaybook = useSignal<PanelPlaybook | null>(null);
  const campaignForm = useSignal<{
    open: boolean;
    busy: boolean;
    fieldErrors?: Record<string, string>;
    error?: string;
  }>({
    open: false,
    busy: false,
  });

  useEffect(() => {
    let stop: (() => void) | undefined;
    void followTab((state) => (model.tab.value = state)).then((s) => (stop = s));
    void accountSetting.getValue().then((a) => (model.account.value = a));
    // Choices made on the settings page reach an open panel at once.
    const unwatchAccount = accountSetting.watch((a) => (model.account.value = a));
    const unwatchLocale = localeSetting.watch((saved) => {
      if (saved && isUiLocale(saved)) void changeLocale(saved);
    });
    void manualPlatformSetting.getValue().then((p) => (model.manualPlatform.value = p));
    // Once campaigns are known, pick the one last used on this tab's platform.
    void campaigns.load().then(() => campaigns.setPlatform(model.platform.peek()));
    void import('./panel-playbook')
      .then((m) => m.loadPanelPlaybook())
      .then((loaded) => (panelPlaybook.value = loaded));
    void log.load();
    return () => {
      stop?.();
      unwatchAccount();
      unwatchLocale();
    };
  }, [model, campaigns, log, panelPlaybook]);

  const playbook = panelPlaybook.value?.model;
  const book = playbook?.playbook.value;
  useEffect(() => {
    model.playbook.value = book ?? undefined;
  }, [book, model]);

  const platformNow = model.platform.value;
  useEffect(() => {
    void campaigns.setPlatform(platformNow);
  }, [platformNow, campaigns]);

  const active = campaigns.activeCampaign.value;
  useEffect(() => {
    model.campaign.value = active ? { hashtags: active.hashtags } : undefined;
  }, [active, model]);

  const locale = currentLocale.value;
  // The campaign form's reminders change only with the language, not with each keystroke.
  const checklist = useMemo(() => (book ? planChecklist(book) : []), [book]);
  useEffect(() => {
    model.locale.value = locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale, model]);

  if (error) {
    return (
      <main class="panel">
        <p role="alert">{t('panel_error')}</p>
        <button type="button" onClick={resetError}>
          {t('panel_errorReset')}
        </button>
      </main>
    );
  }

  const tab = model.tab.value;
  const platform = model.platform.value;
  const platformLabel = t(`platform_${platform}`);
  const analysis = model.analysis.value;
  const platformLabels = Object.fromEntries(PLATFORM_IDS.map((p) => [p, t(`platform_${p}`)]));
  const platformChoices = PLATFORM_IDS.map((p) => ({ id: p, label: labelOf(platformLabels, p) }));
  const advice = toAdviceItems(
    analysis.tips,
    analysis.examples,
    book?.facts ?? NO_FACTS,
    playbook?.packNames.value,
  );
  const notice: NoticeKind =
    model.source.value === 'live'
      ? 'live'
      : model.preferManual.value && tab?.status === 'composer'
        ? 'manual-chosen'
        : !tab
          ? 'no-site'
          : tab.status === 'layout-changed'
            ? 'layout-changed'
            : tab.status === 'site-off'
              ? 'site-off'
              : 'no-composer';

  return (
    <main class="panel">
      <header class="panel__header">
        <h1 class="panel__title">{t('panel_title')}</h1>
        <div class="panel__settings">
          <label class="compact-field">
            <span>{t('panel_account')}</span>
            <select
              value={model.account.value}
              onChange={(e) => {
                const value =
                  (e.currentTarget as HTMLSelectElement).value === 'member' ? 'member' : 'institution';
                model.account.value = value;
                void accountSetting.setValue(value);
              }}
            >
              <option value="institution">{t('panel_accountInstitution')}</option>
              <option value="member">{t('panel_accountMember')}</option>
            </select>
          </label>
          <label class="compact-field">
            <span>{t('panel_language')}</span>
            <select
              value={locale}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLSelectElement).value;
                if (!isUiLocale(value)) return;
                void changeLocale(value);
                void localeSetting.setValue(value);
              }}
            >
              {UI_LOCALES.map((l) => (
                <option key={l} value={l}>
                  {new Intl.DisplayNames([l], { type: 'language' }).of(l)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <TeamLogStateLoader />
      <ViewTabs
        label={t('panel_views')}
        current={view.value}
        onSelect={(v) => (view.value = v)}
        tabs={[
          { id: 'draft', label: t('panel_viewDraft') },
          { id: 'playbook', label: t('panel_viewPlaybook') },
          { id: 'log', label: t('panel_viewLog') },
        ]}
      />
      <section
        id={`view-${view.value}`}
        role="tabpanel"
        aria-labelledby={`tab-${view.value}`}
        class="panel__view"
      >
        {view.value === 'draft' && (
          <DraftView
            notice={notice}
            platform={platform}
            platformLabel={platformLabel}
            text={model.text.value}
            manual={model.source.value === 'manual'}
            length={{ used: analysis.length.used, limit: analysis.length.limit }}
            findings={toFindingViews(analysis.findings)}
            ranges={toRanges(analysis.findings)}
            postTypes={analysis.postTypes}
            onPostTypes={(types) => (model.postTypeChoice.value = types)}
            tips={advice.tips}
            examples={advice.examples}
            onManualText={(text) => (model.manualText.value = text)}
            onManualPlatform={(p) => {
              model.manualPlatform.value = p;
              void manualPlatformSetting.setValue(p);
            }}
            onUseManual={() => {
              model.manualText.value = model.text.value;
              model.manualPlatform.value = platform;
              model.preferManual.value = true;
            }}
            onUseLive={() => (model.preferManual.value = false)}
            onOpenSettings={() => void browser.runtime.openOptionsPage()}
          >
            <section class="campaign-bar" aria-label={t('panel_campaignSection')}>
              <CampaignPicker
                campaigns={campaigns.openCampaigns.value}
                activeId={campaigns.activeCampaignId.value}
                onChange={(id) => void campaigns.setActive(id)}
                onNew={() => (campaignForm.value = { open: true, busy: false })}
              />
              {campaignForm.value.open && (
                <CampaignForm
                  platforms={platformChoices}
                  checklist={checklist}
                  initial={{ platforms: [platform] }}
                  busy={campaignForm.value.busy}
                  fieldErrors={campaignForm.value.fieldErrors}
                  error={campaignForm.value.error}
                  onCancel={() => (campaignForm.value = { open: false, busy: false })}
                  onSubmit={async (values) => {
                    campaignForm.value = { open: true, busy: true };
                    const result = await campaigns.save(values);
                    campaignForm.value = result.ok
                      ? { open: false, busy: false }
                      : { open: true, busy: false, fieldErrors: result.fieldErrors, error: result.message };
                  }}
                />
              )}
              <LogPostButton
                draft={
                  model.text.value.trim()
                    ? {
                        text: model.text.value,
                        platform,
                        url: model.source.value === 'live' ? (tab?.url ?? '') : '',
                      }
                    : null
                }
                status={log.status.value}
                error={log.error.value}
                campaignName={active?.name ?? null}
                tags={postTags.value}
                onTagsChange={(tags) => (postTags.value = tags)}
                entryStatus={postStatus.value}
                onEntryStatusChange={(status) => (postStatus.value = status)}
                onLog={(draft) =>
                  void log
                    .logPost({
                      ...draft,
                      findings: [...new Set(analysis.findings.map((f) => f.id))],
                      tips: advice.tips.map((tip) => tip.id),
                    })
                    .then((entry) => {
                      if (entry) postTags.value = '';
                    })
                }
              />
              {/* ---- publish capture wiring ---- */}
              <PublishNotices
                items={toNoticeViews(publish.items.value, campaigns.campaigns.value)}
                busyId={publish.busy.value}
                error={publish.error.value}
                onLog={(id) => void publish.log(id)}
                onUndo={(id) => void publish.undo(id)}
                onDismiss={(id) => void publish.dismiss(id)}
              />
              {/* ---- end ---- */}
            </section>
          </DraftView>
        )}
        <Suspense fallback={null}>
          {view.value === 'playbook' && panelPlaybook.value && (
            <PlaybookPanel
              model={panelPlaybook.value.model}
              packs={panelPlaybook.value.packs}
              locale={locale}
            />
          )}
          {view.value === 'log' && (
            <LogPanel
              campaigns={campaigns}
              log={log}
              platformLabels={platformLabels}
              platforms={platformChoices}
              findingLabels={Object.fromEntries(FINDING_IDS.map((id) => [id, findingLabel(id)]))}
              checklist={checklist}
            />
          )}
        </Suspense>
      </section>
      {/* ---- publish, badge and Mastodon settings (helper-owned block, for the lead to place) ---- */}
      <details class="panel__more">
        <summary>{t('publish_settingsSummary')}</summary>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('panel_allSettings')}
        </button>
        <PublishSettings
          policy={publish.policy.value}
          onPolicy={(p) => void publish.setPolicy(p)}
          platforms={PLATFORM_IDS.map((p) => ({ id: p, label: t(`platform_${p}`) }))}
          badgeHiddenOn={publish.badgeHiddenOn.value}
          onBadgeShown={(p, shown) => {
            if (isPlatformId(p)) void publish.setBadgeShown(p, shown);
          }}
        />
        <InstanceSettings
          instances={toInstanceViews(instances)}
          adding={instances.adding.value}
          added={instances.added.value}
          error={instances.problem.value}
          onAdd={(host) => void instances.add(host)}
          onRemove={(host) => void instances.remove(host)}
        />
      </details>
      {/* ---- end ---- */}
    </main>
  );
}
