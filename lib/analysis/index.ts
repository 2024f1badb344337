import { analyzeDraftWith } from './analyze';
import { defaultPlaybook } from './default-playbook';
import type { AnalysisInput, AnalysisResult } from './types';

export { analyzeDraftWith, MAX_FINDINGS_PER_RULE, NO_PLAYBOOK } from './analyze';
export { countDraft, measureDraft } from './count';
export type { CountOptions, DraftLength, DraftMeasure } from './count';
export type {
  AnalysisCampaign,
  AnalysisInput,
  AnalysisResult,
  DraftPostType,
  Finding,
  PlaybookContent,
  RankedExample,
  RankedTip,
  Severity,
} from './types';

/**
 * Checks a draft for its platform and ranks the playbook's tips and examples for it: those of
 * `input.playbook`, else the built-in playbook in `input.locale` (whose words must be loaded). Pure and
 * synchronous: same input, same output; never throws on any text.
 * @throws TypeError when `platform` is not a known platform id (a programming error, not user input).
 */
export function analyzeDraft(input: AnalysisInput): AnalysisResult {
  return analyzeDraftWith({ ...input, playbook: input.playbook ?? defaultPlaybook(input.locale ?? 'en') });
}
