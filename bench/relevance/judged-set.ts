/**
 * The judged relevance set (judged-drafts.json): realistic drafts with the tips and examples a careful
 * parliamentary comms officer would want beside each one. The file is data written by hand, so it is
 * checked with zod like any imported file; tests/unit/judged-drafts.test.ts checks it against the
 * playbook and the vocabulary.
 */
import { z } from 'zod';
import type { AnalysisInput } from '../../lib/analysis/index';
import { PLATFORM_IDS } from '../../lib/platforms/types';
import { ACCOUNTS, LOCALES, OBJECTIVES, POST_TYPES } from '../../lib/playbook/signals';

export const HALVES = ['tune', 'holdout'] as const;
export type Half = (typeof HALVES)[number];

/** 2 = wanted now, for this post; 1 = loosely related. Items left out are 0 (not relevant). */
const Grade = z.union([z.literal(1), z.literal(2)]);
const ItemId = z.string().regex(/^[a-z0-9-]+$/);
const Judgments = z.record(ItemId, Grade);

const count = z.number().int().nonnegative();
const Media = z
  .strictObject({ images: count, imagesWithAlt: count, videos: count, videosWithCaptions: count })
  .refine((m) => m.imagesWithAlt <= m.images && m.videosWithCaptions <= m.videos, {
    message: 'cannot describe more images, or caption more videos, than the draft has',
  });

export const JudgedDraftSchema = z.strictObject({
  id: z.string().regex(/^d\d{2,}$/, 'draft ids look like "d07"'),
  half: z.enum(HALVES),
  locale: z.enum(LOCALES),
  platform: z.enum(PLATFORM_IDS),
  account: z.enum(ACCOUNTS),
  objective: z.enum(OBJECTIVES).optional(),
  text: z.string().min(1),
  media: Media.optional(),
  /** The kinds of post the judge took it to be. */
  postTypes: z.array(z.enum(POST_TYPES)).min(1),
  tips: Judgments,
  examples: Judgments,
  /** What this post needs, in one line. */
  note: z.string().min(10),
});
export type JudgedDraft = z.infer<typeof JudgedDraftSchema>;

export const JudgedSetSchema = z.strictObject({
  version: z.literal(1),
  /**
   * Every tip and example the judge read before grading. A shown item outside these lists was never
   * judged: it scores 0, and the bench counts it so it can be judged rather than silently penalised.
   */
  judgedItems: z.strictObject({
    note: z.string(),
    tips: z.array(ItemId).min(1),
    examples: z.array(ItemId).min(1),
  }),
  /** The day the judgments were written (before any tuning of the ranking). */
  written: z.iso.date(),
  drafts: z.array(JudgedDraftSchema).min(1),
});
export type JudgedSet = z.infer<typeof JudgedSetSchema>;

/** Parses the set, or throws with every problem listed. */
export function parseJudgedSet(raw: unknown): JudgedSet {
  const parsed = JudgedSetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`judged-drafts.json is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The draft as the panel would hand it to analyzeDraft. */
export function toAnalysisInput(draft: JudgedDraft): AnalysisInput {
  return {
    text: draft.text,
    platform: draft.platform,
    account: draft.account,
    locale: draft.locale,
    ...(draft.media ? { media: draft.media } : {}),
    ...(draft.objective
      ? { campaign: { hashtags: [], objective: draft.objective, language: draft.locale } }
      : {}),
  };
}
