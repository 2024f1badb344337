import type { Account, PostType } from '../../playbook/signals';
import type { DraftContext } from '../types';

/**
 * How one kind of post is recognised. Phrases are matched as whole words in any content language
 * (a last word of five letters or more also matches as a stem: "consultation" finds "consultations").
 * A strong phrase alone recognises the type; weak ones confirm it, and only three together stand alone.
 */
export interface PostTypeRecogniser {
  id: PostType;
  strong: readonly string[];
  weak?: readonly string[];
  /** Evidence a phrase list cannot express (a "1/" at the start, a vote tally); the matched text, if any. */
  detect?(ctx: DraftContext): string | undefined;
  /** Whose posts this kind can be, when only one account writes it. */
  accounts?: readonly Account[];
}

/** Weight of a strong phrase or a detected structure; a type needs {@link RECOGNISED_AT} in all. */
export const STRONG = 2;
export const WEAK = 1;
export const RECOGNISED_AT = 2;
/** Distinct weak phrases that recognise a type with no strong cue. */
export const WEAK_ALONE = 3;
