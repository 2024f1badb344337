import { safeBoundary } from '../text/code-points';
import type { Rule } from '../types';

/**
 * On platforms that cut long posts with "see more" (LinkedIn, YouTube), what shows above the cut is
 * what most people read (GS-37). Flags a first sentence that runs past the cut, or a link that only
 * appears below it.
 */
export const foldCutsMessage: Rule = {
  id: 'fold-cuts-message',
  check({ profile, text, sentences, urls }) {
    const fold = profile.foldAt;
    if (fold === undefined || text.trimEnd().length <= fold) return [];
    const first = sentences[0];
    if (first !== undefined && first.end > fold) {
      return [
        {
          id: 'fold-cuts-message',
          severity: 'warning',
          range: [Math.max(first.start, safeBoundary(text, fold)), first.end],
          params: { variant: 'mid-sentence', fold, platform: profile.label },
        },
      ];
    }
    const link = urls[0];
    if (link !== undefined && link.start >= fold) {
      return [
        {
          id: 'fold-cuts-message',
          severity: 'warning',
          range: [link.start, link.end],
          params: { variant: 'link', fold, platform: profile.label },
        },
      ];
    }
    return [];
  },
};
