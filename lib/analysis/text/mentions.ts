import { overlapsAny, type Token } from './span';

/** An @mention. `domain` is set for fediverse handles (`@user@instance.social`). */
export interface MentionToken extends Token {
  user: string;
  domain?: string;
}

// Not after a word character, "@", "." or "/" so that e-mail addresses and paths are left alone.
const MENTION_RE =
  /(?<![\p{L}\p{M}\p{N}_@.\/])[@＠]([A-Za-z0-9_]{1,30})(?:@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))?/gu;

/** Mentions in `text`, in order, leaving out those inside links. */
export function findMentions(text: string, urls: readonly Token[]): MentionToken[] {
  const out: MentionToken[] = [];
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(text); m !== null; m = MENTION_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, urls)) continue;
    const token: MentionToken = { start, end, text: m[0], user: m[1] ?? '' };
    if (m[2] !== undefined) token.domain = m[2];
    out.push(token);
  }
  return out;
}
