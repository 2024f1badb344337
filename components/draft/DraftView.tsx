import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { PlatformId } from '../../lib/platforms/types';
import { AdviceList, type AdviceItem } from './AdviceList';
import { ComposerNotice, type NoticeKind } from './ComposerNotice';
import { DraftHighlight, type HighlightRange } from './DraftHighlight';
import { FindingsAnnouncer } from './FindingsAnnouncer';
import { FindingsList, type FindingView } from './FindingsList';
import { findingLabel } from './finding-label';
import { LengthMeter } from './LengthMeter';
import { ManualDraft } from './ManualDraft';
import { PostTypeStrip, type PostTypeView } from './PostTypeStrip';
import type { PostType } from '../../lib/playbook/signals';

export interface DraftViewProps {
  notice: NoticeKind;
  platform: PlatformId;
  platformLabel: string;
  text: string;
  manual: boolean;
  length: { used: number; limit: number };
  findings: FindingView[];
  ranges: HighlightRange[];
  /** The kinds of post the tips are chosen for (recognised, or the user's correction). */
  postTypes: PostTypeView[];
  onPostTypes: (types: PostType[] | undefined) => void;
  tips: AdviceItem[];
  examples: AdviceItem[];
  onManualText: (text: string) => void;
  onManualPlatform: (platform: PlatformId) => void;
  onUseManual: () => void;
  onUseLive: () => void;
  onOpenAdvice?: (item: AdviceItem) => void;
  /** Opens the settings page (offered when Rostrum is switched off on the site). */
  onOpenSettings?: () => void;
  /** Campaign tagging and the log button. */
  children?: ComponentChildren;
}

/**
 * The main view in the order of the work: the draft, the kind of post it reads as, its length, the checks, then `children` (the
 * campaign and "Log this post"), then the tips and examples that fit it.
 */
export function DraftView(props: DraftViewProps) {
  return (
    <div class="draft-view">
      <ComposerNotice
        kind={props.notice}
        platformLabel={props.platformLabel}
        onManual={() => {
          props.onUseManual();
          // The panel's box is where the draft goes now; put the cursor there so typing can start.
          requestAnimationFrame(() => document.getElementById('manual-draft')?.focus());
        }}
        onLive={props.onUseLive}
        onSettings={props.onOpenSettings}
      />
      {props.manual ? (
        <ManualDraft
          text={props.text}
          platform={props.platform}
          onText={props.onManualText}
          onPlatform={props.onManualPlatform}
        />
      ) : (
        <DraftHighlight text={props.text} ranges={props.ranges} label={t('panel_draftLabel')} />
      )}
      {props.text.trim() !== '' && <PostTypeStrip types={props.postTypes} onChange={props.onPostTypes} />}
      <LengthMeter used={props.length.used} limit={props.length.limit} platformLabel={props.platformLabel} />
      <section aria-label={t('panel_checks')} class="checks">
        <h2>{t('panel_checks')}</h2>
        <FindingsList findings={props.findings} />
        <FindingsAnnouncer ids={props.findings.map((f) => f.id)} labelOf={findingLabel} />
      </section>
      {props.children}
      <AdviceList heading={t('panel_tips')} items={props.tips} onOpen={props.onOpenAdvice} testId="tips" />
      <AdviceList
        heading={t('panel_examples')}
        items={props.examples}
        onOpen={props.onOpenAdvice}
        testId="examples"
      />
    </div>
  );
}
