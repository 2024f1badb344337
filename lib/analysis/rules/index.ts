import type { Rule } from '../types';
import { allCaps } from './all-caps';
import { campaignHashtagMissing } from './campaign-hashtag-missing';
import { emojiOveruse } from './emoji-overuse';
import { emojiReplacesWords } from './emoji-replaces-words';
import { fancyUnicodeText } from './fancy-unicode-text';
import { foldCutsMessage } from './fold-cuts-message';
import { hashtagNotCamelcase } from './hashtag-not-camelcase';
import { imageMissingAlt } from './image-missing-alt';
import { jargon } from './jargon';
import { languageMismatch } from './language-mismatch';
import { linkShortener } from './link-shortener';
import { longSentence } from './long-sentence';
import { mentionHeavy } from './mention-heavy';
import { nearLimit } from './near-limit';
import { noCallToAction } from './no-call-to-action';
import { overLimit } from './over-limit';
import { partisanLanguage } from './partisan-language';
import { postingTime } from './posting-time';
import { threadNumbering } from './thread-numbering';
import { tooManyHashtags } from './too-many-hashtags';
import { tooManyLinks } from './too-many-links';
import { unexplainedAcronym } from './unexplained-acronym';
import { videoMissingCaptions } from './video-missing-captions';

/** Every check, one per finding id. A rule file that is not listed here fails rules/registry.test.ts. */
export const RULES: readonly Rule[] = [
  overLimit,
  nearLimit,
  hashtagNotCamelcase,
  tooManyHashtags,
  campaignHashtagMissing,
  imageMissingAlt,
  videoMissingCaptions,
  emojiOveruse,
  emojiReplacesWords,
  fancyUnicodeText,
  allCaps,
  longSentence,
  jargon,
  unexplainedAcronym,
  partisanLanguage,
  noCallToAction,
  linkShortener,
  tooManyLinks,
  mentionHeavy,
  threadNumbering,
  postingTime,
  languageMismatch,
  foldCutsMessage,
];
