import { profileFor } from '../platforms/profiles';
import { measureDraft } from './count';
import { capsRuns } from './text/caps';
import { findEmoji } from './text/emoji';
import { findHashtags } from './text/hashtags';
import { guessLanguage } from './text/language';
import { findMentions } from './text/mentions';
import { findSentences } from './text/sentences';
import type { Token } from './text/span';
import { findUrls } from './text/urls';
import { findWords } from './text/words';
import type { AnalysisInput, DraftContext } from './types';

/** Scans the draft once into everything the rules read. */
export function buildContext(input: AnalysisInput): DraftContext {
  const { text } = input;
  const profile = profileFor(input.platform);
  const urls = findUrls(text);
  const hashtags = findHashtags(text, urls);
  const mentions = findMentions(text, urls);
  const skip: Token[] = [...urls, ...hashtags, ...mentions].sort((a, b) => a.start - b.start);
  const words = findWords(text, skip);
  return {
    text,
    platform: input.platform,
    profile,
    length: measureDraft(text, profile, {
      ...(input.limit === undefined ? {} : { limit: input.limit }),
      ...(input.contentWarning ? { contentWarning: input.contentWarning } : {}),
    }),
    media: input.media,
    campaign: input.campaign,
    account: input.account,
    now: input.now,
    urls,
    hashtags,
    mentions,
    emoji: findEmoji(text),
    words,
    sentences: findSentences(text, words),
    capsRuns: capsRuns(words),
    language: guessLanguage(text, words),
  };
}
