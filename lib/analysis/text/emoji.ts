import type { Token } from './span';

/*
 * One emoji as people see it: flags (two regional indicators), keycaps, and pictographs with their
 * skin-tone modifiers, variation selectors, tag sequences and ZWJ joins. Text-style symbols such as
 * "©" or "™" without U+FE0F are not emoji for this purpose.
 */
const EMOJI_AT =
  /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{EMod}|\uFE0F|[\u{E0020}-\u{E007F}]+)*(?:\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})(?:\p{EMod}|\uFE0F)*)*/uy;

// Where an emoji can start: a keycap, a BMP symbol block, or an astral high surrogate of the emoji
// planes. Scanning for these first and matching the full pattern only there is many times faster on
// long drafts than trying the full pattern at every character.
const CANDIDATE = /[#*0-9]\uFE0F?\u20E3|[\u00A9\u00AE\u2000-\u33FF\uD83C-\uD83E]/g;

/** Every emoji in `text`, in order. */
export function findEmoji(text: string): Token[] {
  const out: Token[] = [];
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text)) {
    EMOJI_AT.lastIndex = c.index;
    const m = EMOJI_AT.exec(text);
    if (m === null) continue;
    const end = c.index + m[0].length;
    out.push({ start: c.index, end, text: m[0] });
    CANDIDATE.lastIndex = end;
  }
  return out;
}
