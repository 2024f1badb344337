import { EN_DRAFTS } from './en';
import { FR_DRAFTS } from './fr';
import type { CorpusDraft } from './types';

export type { CorpusDraft } from './types';

/** Every corpus draft, English then French. */
export const CORPUS: readonly CorpusDraft[] = [...EN_DRAFTS, ...FR_DRAFTS];
