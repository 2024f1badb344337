import { buildContext } from './context';
import type { AnalysisInput, RawFinding, Rule } from './types';

/** Runs one rule on a draft, for rule tests. Defaults: platform x, no campaign, no account. */
export function runRule(rule: Rule, text: string, input: Partial<AnalysisInput> = {}): readonly RawFinding[] {
  return rule.check(buildContext({ platform: 'x', ...input, text }));
}

/** The highlighted text of each finding, for readable assertions. */
export function highlighted(text: string, findings: readonly RawFinding[]): string[] {
  return findings.map((f) => (f.range === undefined ? '' : text.slice(f.range[0], f.range[1])));
}
