import { splitRunTogether, toCamelCase } from '../lexicon/hashtag-split';
import type { RawFinding, Rule } from '../types';

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;

/**
 * A hashtag of several words whose capitals do not mark the words (#climateaction, #CLIMATEACTION):
 * screen readers cannot say it, and readers may misread it.
 */
export const hashtagNotCamelcase: Rule = {
  id: 'hashtag-not-camelcase',
  check({ hashtags }) {
    const out: RawFinding[] = [];
    // Campaign posts repeat the same tags; split each distinct one once.
    const splits = new Map<string, ReturnType<typeof splitRunTogether>>();
    for (const tag of hashtags) {
      const lower = tag.body.toLowerCase();
      let parts = splits.get(lower);
      if (!splits.has(lower)) {
        parts = splitRunTogether(lower);
        splits.set(lower, parts);
      }
      if (parts === undefined) continue;
      const wordy = parts.filter((p) => /\p{L}/u.test(p.text)).length;
      const allCaps = !LOWER.test(tag.body);
      const capitals = tag.body.match(UPPER)?.length ?? 0;
      if (!allCaps && capitals >= wordy) continue;
      out.push({
        id: 'hashtag-not-camelcase',
        severity: 'warning',
        range: [tag.start, tag.end],
        params: { tag: tag.text, suggestion: `#${toCamelCase(parts)}` },
      });
    }
    return out;
  },
};
