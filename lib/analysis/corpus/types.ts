import type { FindingId } from '../../playbook/signals';
import type { AnalysisInput } from '../types';

/** A realistic draft with what the analysis must and must not say about it. */
export interface CorpusDraft {
  id: string;
  /** What kind of post it is and what it is here to test. */
  about: string;
  /** The language it is written in; it is analysed with the panel in this language. */
  lang: 'en' | 'fr';
  input: Omit<AnalysisInput, 'playbook' | 'locale'>;
  must: readonly FindingId[];
  mustNot: readonly FindingId[];
}

/** Wednesday 12 March 2025, 10:30 local time: an ordinary working morning. */
export const WEEKDAY_MORNING = new Date(2025, 2, 12, 10, 30);
/** Wednesday 12 March 2025, 23:40. */
export const WEEKDAY_NIGHT = new Date(2025, 2, 12, 23, 40);
/** Saturday 15 March 2025, 11:00. */
export const SATURDAY = new Date(2025, 2, 15, 11, 0);

/** Media as an adapter reports it. */
export function media(
  images = 0,
  imagesWithAlt = 0,
  videos = 0,
  videosWithCaptions = 0,
): AnalysisInput['media'] {
  return { images, imagesWithAlt, videos, videosWithCaptions };
}
