import { t } from '../../lib/i18n';

export type NoticeKind =
  | 'live'
  | 'no-site'
  | 'no-composer'
  | 'layout-changed'
  | 'manual-chosen'
  /** The user switched Rostrum off on this site (Settings → Sites); manual mode still works. */
  | 'site-off';

export interface ComposerNoticeProps {
  kind: NoticeKind;
  platformLabel: string;
  onManual?: () => void;
  onLive?: () => void;
  /** Opens the settings page (offered when Rostrum is switched off on the site). */
  onSettings?: () => void;
}

/** Says plainly where the draft comes from, and what to do when no composer can be read. */
export function ComposerNotice({ kind, platformLabel, onManual, onLive, onSettings }: ComposerNoticeProps) {
  const text = {
    live: t('panel_noticeLive', platformLabel),
    'no-site': t('panel_noticeNoSite'),
    'no-composer': t('panel_noticeNoComposer', platformLabel),
    'layout-changed': t('panel_noticeLayoutChanged', platformLabel),
    'manual-chosen': t('panel_noticeManualChosen'),
    'site-off': t('settings_noticeSiteOff', platformLabel),
  }[kind];
  return (
    <div
      class={`notice notice--${kind}`}
      role={kind === 'layout-changed' ? 'alert' : 'status'}
      data-testid="composer-notice"
      data-kind={kind}
    >
      <p>{text}</p>
      {(kind === 'live' || kind === 'layout-changed') && onManual && (
        <button type="button" class="link-button" onClick={onManual}>
          {t('panel_useManual')}
        </button>
      )}
      {kind === 'site-off' && onSettings && (
        <button type="button" class="link-button" onClick={onSettings}>
          {t('settings_open')}
        </button>
      )}
      {kind === 'manual-chosen' && onLive && (
        <button type="button" class="link-button" onClick={onLive}>
          {t('panel_useLive', platformLabel)}
        </button>
      )}
    </div>
  );
}
