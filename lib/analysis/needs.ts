import type { Need, PostType } from '../playbook/signals';
import { asksReader } from './lexicon/call-to-action';
import { PhraseMatcher } from './lexicon/phrase-matcher';
import type { RecognisedPostType } from './post-types/index';
import { saysDeadline, saysWhen } from './text/when';
import type { DraftContext } from './types';

/** What the needs read: the draft, the kinds it reads as, and the findings already raised. */
export interface NeedInput {
  ctx: DraftContext;
  postTypes: readonly RecognisedPostType[];
  findings: ReadonlySet<string>;
}

/** A need and the post type that raised it, if one did (for "This reads as a call for evidence: …"). */
export interface RaisedNeed {
  id: Need;
  because?: PostType;
}

type Check = (input: NeedInput, has: (t: PostType) => boolean) => PostType | true | undefined;

const INVITES_REPLIES = new PhraseMatcher(
  [
    'reply',
    'leave a comment',
    'in the comments',
    'laissez un commentaire',
    'en commentaire',
    'tell us',
    'let us know',
    'ask us',
    'your questions',
    'what do you think',
    'share your',
    'répondez',
    'commentez',
    'dites-nous',
    'vos questions',
    'qu’en pensez-vous',
    'partagez vos',
  ].map((p) => [p, p] as const),
);
const LINK_IN_BIO = /\blink in (?:the )?bio\b|\blien (?:dans|en) (?:la )?bio\b/iu;
const PROCEDURE_TERMS = new PhraseMatcher(
  [
    'amendment',
    'amendments',
    'clause',
    'second reading',
    'third reading',
    'report stage',
    'amendement',
    'amendements',
    'article',
    'lecture',
    'navette',
    'commission mixte paritaire',
  ].map((p) => [p, p] as const),
);
const PHOTO_WORDS = /\b(?:photos?|pictures?|images?)\b/iu;

const first = (has: (t: PostType) => boolean, types: readonly PostType[]): PostType | undefined =>
  types.find(has);

/**
 * Each need: when the kind of post calls for it and the draft does not yet meet it. A check returns
 * the post type that raised it, or `true` when the draft itself does (a video, a finding).
 */
const CHECKS: Readonly<Record<Need, Check>> = {
  deadline: ({ ctx }, has) => {
    const t = first(has, ['call-for-evidence', 'petition', 'recruitment']);
    return t !== undefined && !saysDeadline(ctx.text) ? t : undefined;
  },
  link: ({ ctx }, has) => {
    const t = first(has, [
      'call-for-evidence',
      'report-published',
      'petition',
      'recruitment',
      'live-coverage',
    ]);
    if (t === undefined || ctx.urls.length > 0) return undefined;
    // Instagram captions cannot carry links: "link in bio" is how it is done there.
    if (ctx.platform === 'instagram' && LINK_IN_BIO.test(ctx.text)) return undefined;
    return t;
  },
  'call-to-action': ({ ctx }, has) => {
    const t = first(has, ['call-for-evidence', 'petition', 'recruitment']);
    if (t === undefined || asksReader(ctx)) return undefined;
    return t;
  },
  moderation: ({ ctx }, has) => {
    // A Q&A is replies; a call for evidence only when it asks for them under the post, not through a form.
    if (has('questions-answers')) return 'questions-answers';
    if (!INVITES_REPLIES.any(ctx.words)) return undefined;
    return has('call-for-evidence') ? 'call-for-evidence' : true;
  },
  captions: ({ ctx }) => {
    const m = ctx.media;
    return m !== undefined && m.videos > m.videosWithCaptions + (m.videosCaptionsUnknown ?? 0)
      ? true
      : undefined;
  },
  'alt-text': ({ ctx }) => {
    const m = ctx.media;
    return m !== undefined && m.images > m.imagesWithAlt + (m.imagesAltUnknown ?? 0) ? true : undefined;
  },
  'impartial-wording': ({ ctx, findings }, has) => {
    if (ctx.account !== 'institution') return undefined;
    if (findings.has('partisan-language')) return true;
    return first(has, ['political-position', 'vote-result']);
  },
  // Jargon and acronyms bring their own tips as findings; this is about what the kind of post must explain.
  'plain-explanation': ({ ctx }, has) => {
    // Only when it names a procedure: an explainer that uses none has nothing left to put plainly.
    if (!PROCEDURE_TERMS.any(ctx.words)) return undefined;
    return first(has, ['vote-result', 'explainer']);
  },
  'time-and-place': ({ ctx }, has) => {
    const t = first(has, ['event-visit', 'week-ahead']);
    return t !== undefined && !saysWhen(ctx.text) ? t : undefined;
  },
  consent: ({ ctx }, has) => {
    if (!has('youth-schools')) return undefined;
    const pictured = (ctx.media?.images ?? 0) + (ctx.media?.videos ?? 0) > 0 || PHOTO_WORDS.test(ctx.text);
    return pictured ? 'youth-schools' : undefined;
  },
  'lead-with-fact': (_input, has) => (has('correction') ? 'correction' : undefined),
  'strong-opener': ({ ctx }, has) => {
    if (!has('thread-opener')) return undefined;
    // The first post must carry the news alone: a bare "A thread 🧵" or "1/" with a few words does not.
    const words = ctx.sentences[0]?.words ?? 0;
    return words < 12 ? 'thread-opener' : undefined;
  },
};

/** The needs of the draft, in the vocabulary's order. */
export function raiseNeeds(input: NeedInput): RaisedNeed[] {
  // Only the kinds the draft mainly reads as raise needs: a correction that mentions a vote does not
  // need the vote result's neutral wording.
  const top = input.postTypes[0]?.strength ?? 0;
  const types = new Set(input.postTypes.filter((p) => p.strength >= top - 1).map((p) => p.id));
  const has = (t: PostType): boolean => types.has(t);
  const out: RaisedNeed[] = [];
  for (const [id, check] of Object.entries(CHECKS) as [Need, Check][]) {
    const r = check(input, has);
    if (r === undefined) continue;
    out.push(r === true ? { id } : { id, because: r });
  }
  return out;
}
