import { formatNumber, t } from '../../lib/i18n';
import type { TargetKey } from '../../lib/log/schema';

/** What the campaign form holds, as the user typed it. */
export interface CampaignFormValues {
  name: string;
  /** As typed: "#Budget2025, #AskParliament". */
  hashtags: string;
  startDate: string;
  endDate: string;
  /** '' for not set. */
  objective: string;
  audience: string;
  /** One key message per line. */
  keyMessages: string;
  platforms: string[];
  /** '' for not set. */
  account: string;
  language: string;
  /** Targets as typed, '' for none. */
  targets: Partial<Record<TargetKey, string>>;
}

export type CampaignFormErrors = Partial<
  Record<Exclude<keyof CampaignFormValues, 'targets'> | `target-${TargetKey}`, string>
>;

const MAX_NAME = 120;
const MAX_MESSAGE = 280;
const MAX_MESSAGES = 10;
const HASHTAG = /^[\p{L}\p{M}\p{N}_]+$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE = /^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$/;

/** Hashtags without '#', split on spaces and commas, repeats dropped. */
export function splitHashtags(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[\s,]+/)) {
    const tag = piece.replace(/^#+/, '');
    if (tag !== '' && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** Key messages: one per non-blank line, trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Checks the form before it is sent, so the user sees every problem at once beside its field. The
 * repository checks again (it is the authority); this is for quick, translated feedback.
 */
export function validateCampaignForm(values: CampaignFormValues): CampaignFormErrors {
  const errors: CampaignFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = t('campaigns_errorNameRequired');
  else if (name.length > MAX_NAME) errors.name = t('campaigns_errorNameTooLong', formatNumber(MAX_NAME));
  const badTag = splitHashtags(values.hashtags).find((tag) => !HASHTAG.test(tag));
  if (badTag !== undefined) errors.hashtags = t('campaigns_errorHashtag', `#${badTag}`);
  if (!DATE.test(values.startDate)) errors.startDate = t('campaigns_errorDateRequired');
  if (!DATE.test(values.endDate)) errors.endDate = t('campaigns_errorDateRequired');
  else if (DATE.test(values.startDate) && values.endDate < values.startDate) {
    errors.endDate = t('campaigns_errorEndBeforeStart');
  }
  const messages = splitLines(values.keyMessages);
  if (messages.length > MAX_MESSAGES)
    errors.keyMessages = t('campaigns_errorTooManyMessages', formatNumber(MAX_MESSAGES));
  else if (messages.some((m) => m.length > MAX_MESSAGE)) {
    errors.keyMessages = t('campaigns_errorMessageTooLong', formatNumber(MAX_MESSAGE));
  }
  if (!LANGUAGE.test(values.language.trim())) errors.language = t('campaigns_errorLanguage');
  for (const [key, raw] of Object.entries(values.targets) as Array<[TargetKey, string | undefined]>) {
    const text = (raw ?? '').trim();
    if (text !== '' && !/^\d{1,15}$/.test(text)) errors[`target-${key}`] = t('campaigns_errorTarget');
  }
  return errors;
}
