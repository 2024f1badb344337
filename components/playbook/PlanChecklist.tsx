import { useId } from 'preact/hooks';
import { formatNumber, t } from '../../lib/i18n';
import { OBJECTIVES, type Objective, type Topic } from '../../lib/playbook/signals';
import { PLATFORM_IDS, type PlatformId } from '../../lib/platforms/types';
import { objectiveLabel, platformLabel } from './labels';

/** A campaign plan as the plan-stage checklist edits it. The campaign form can store it as is. */
export interface PlanValue {
  objective: Objective | null;
  /** What should change, for whom, by when: the objective in the team's own words. */
  objectiveDetail: string;
  audience: string;
  keyMessage: string;
  channels: PlatformId[];
  resources: string;
  calendar: string;
  targets: string;
}

export const EMPTY_PLAN: PlanValue = {
  objective: null,
  objectiveDetail: '',
  audience: '',
  keyMessage: '',
  channels: [],
  resources: '',
  calendar: '',
  targets: '',
};

/** The seven items of the checklist, in order. */
export const PLAN_ITEMS = [
  'objective',
  'audience',
  'keyMessage',
  'channels',
  'resources',
  'calendar',
  'targets',
] as const;
export type PlanItem = (typeof PLAN_ITEMS)[number];

/** The playbook topic with tips on each item, for "tips on this" links. */
export const PLAN_ITEM_TOPICS: Readonly<Record<PlanItem, Topic>> = {
  objective: 'objectives',
  audience: 'audience',
  keyMessage: 'writing',
  channels: 'platform-choice',
  resources: 'staffing',
  calendar: 'calendar',
  targets: 'targets',
};

/** Whether an item counts as done: something chosen or written. */
export function isPlanItemDone(value: PlanValue, item: PlanItem): boolean {
  switch (item) {
    case 'objective':
      return value.objective !== null && value.objectiveDetail.trim() !== '';
    case 'channels':
      return value.channels.length > 0;
    default:
      return value[item].trim() !== '';
  }
}

export interface PlanChecklistProps {
  value: PlanValue;
  onChange(value: PlanValue): void;
  /** Opens the playbook on a topic; when given, each item links to its tips. */
  onOpenTopic?(topic: Topic): void;
  /** Heading level of the checklist's title, to fit where it is placed. */
  level?: 2 | 3;
  disabled?: boolean;
  /**
   * The items to show, in checklist order (default: all seven). A form that edits some items its own
   * way (numeric targets, say) leaves them out here.
   */
  items?: readonly PlanItem[];
}

type TextItem = 'audience' | 'keyMessage' | 'resources' | 'calendar' | 'targets';

/**
 * The plan-stage checklist: objective, audience, key message, channels, resources, calendar and
 * targets. Controlled: it shows `value` and reports every edit through `onChange`.
 */
export function PlanChecklist({
  value,
  onChange,
  onOpenTopic,
  level = 2,
  disabled = false,
  items = PLAN_ITEMS,
}: PlanChecklistProps) {
  const id = useId();
  const Title = level === 2 ? 'h2' : 'h3';
  const shown = (item: PlanItem) => items.includes(item);
  const done = PLAN_ITEMS.filter((item) => shown(item) && isPlanItemDone(value, item)).length;
  const update = (patch: Partial<PlanValue>) => onChange({ ...value, ...patch });

  const status = (item: PlanItem) =>
    isPlanItemDone(value, item) ? (
      <span class="plan__status plan__status--done">
        <span aria-hidden="true">✓ </span>
        {t('playbook_planDone')}
      </span>
    ) : (
      <span class="plan__status">{t('playbook_planToDo')}</span>
    );

  const tipsLink = (item: PlanItem) =>
    onOpenTopic && (
      <button
        type="button"
        class="link-button plan__tips"
        onClick={() => onOpenTopic(PLAN_ITEM_TOPICS[item])}
      >
        {t('playbook_planTipsOn', t(`playbook_plan_${item}`))}
      </button>
    );

  const textItem = (item: TextItem) => {
    const fieldId = `${id}-${item}`;
    return (
      <li class="plan__item" key={item}>
        <div class="field">
          <div class="plan__label">
            <label for={fieldId}>{t(`playbook_plan_${item}`)}</label> {status(item)}
          </div>
          <p id={`${fieldId}-hint`} class="hint">
            {t(`playbook_plan_${item}Hint`)}
          </p>
          <textarea
            id={fieldId}
            rows={2}
            value={value[item]}
            disabled={disabled}
            aria-describedby={`${fieldId}-hint`}
            onInput={(e) => update({ [item]: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          {tipsLink(item)}
        </div>
      </li>
    );
  };

  const toggleChannel = (platform: PlatformId, on: boolean) => {
    const channels = on
      ? PLATFORM_IDS.filter((p) => p === platform || value.channels.includes(p))
      : value.channels.filter((p) => p !== platform);
    update({ channels });
  };

  return (
    <section class="plan" aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`}>{t('playbook_planTitle')}</Title>
      <p role="status" class="plan__progress">
        {t('playbook_planProgress', formatNumber(done), formatNumber(PLAN_ITEMS.filter(shown).length))}
      </p>
      <ol class="plan__items">
        {shown('objective') && (
          <li class="plan__item">
            <fieldset disabled={disabled}>
              <legend>
                {t('playbook_plan_objective')} {status('objective')}
              </legend>
              <div class="field">
                <label for={`${id}-objective`}>{t('playbook_planObjectiveKind')}</label>
                <select
                  id={`${id}-objective`}
                  value={value.objective ?? ''}
                  onChange={(e) =>
                    update({
                      objective: ((e.currentTarget as HTMLSelectElement).value || null) as Objective | null,
                    })
                  }
                >
                  <option value="">{t('playbook_planChoose')}</option>
                  {OBJECTIVES.map((objective) => (
                    <option key={objective} value={objective}>
                      {objectiveLabel(objective)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for={`${id}-objectiveDetail`}>{t('playbook_planObjectiveDetail')}</label>
                <p id={`${id}-objectiveDetail-hint`} class="hint">
                  {t('playbook_plan_objectiveHint')}
                </p>
                <textarea
                  id={`${id}-objectiveDetail`}
                  rows={2}
                  value={value.objectiveDetail}
                  aria-describedby={`${id}-objectiveDetail-hint`}
                  onInput={(e) => update({ objectiveDetail: (e.currentTarget as HTMLTextAreaElement).value })}
                />
              </div>
              {tipsLink('objective')}
            </fieldset>
          </li>
        )}
        {shown('audience') && textItem('audience')}
        {shown('keyMessage') && textItem('keyMessage')}
        {shown('channels') && (
          <li class="plan__item">
            <fieldset disabled={disabled} aria-describedby={`${id}-channels-hint`}>
              <legend>
                {t('playbook_plan_channels')} {status('channels')}
              </legend>
              <p id={`${id}-channels-hint`} class="hint">
                {t('playbook_plan_channelsHint')}
              </p>
              <div class="plan__channels">
                {PLATFORM_IDS.map((platform) => (
                  <label key={platform} class="plan__channel">
                    <input
                      type="checkbox"
                      checked={value.channels.includes(platform)}
                      onChange={(e) => toggleChannel(platform, (e.currentTarget as HTMLInputElement).checked)}
                    />{' '}
                    {platformLabel(platform)}
                  </label>
                ))}
              </div>
              {tipsLink('channels')}
            </fieldset>
          </li>
        )}
        {shown('resources') && textItem('resources')}
        {shown('calendar') && textItem('calendar')}
        {shown('targets') && textItem('targets')}
      </ol>
    </section>
  );
}
