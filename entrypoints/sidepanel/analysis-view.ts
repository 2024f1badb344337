import type { AdviceItem } from '../../components/draft/AdviceList';
import type { FindingView } from '../../components/draft/FindingsList';
import type { HighlightRange } from '../../components/draft/DraftHighlight';
import type { Finding, RankedExample, RankedTip } from '../../lib/analysis';
import { t } from '../../lib/i18n';
import type { Example, Fact, Tip } from '../../lib/playbook/schema';

/** Findings as the panel lists them. */
export function toFindingViews(findings: readonly Finding[]): FindingView[] {
  return findings.map(({ id, severity, message }) => ({ id, severity, message }));
}

/** The ranges to mark in the read-only copy of the draft. */
export function toRanges(findings: readonly Finding[]): HighlightRange[] {
  return findings.flatMap((f) =>
    f.range ? [{ start: f.range[0], end: f.range[1], severity: f.severity }] : [],
  );
}

/**
 * Where a tip or example comes from, in words: the publications behind its facts, the parliament's
 * own pack, or Rostrum's own advice when it rests on no source.
 */
export function sourceLine(
  item: Tip | Example,
  facts: ReadonlyMap<string, Fact>,
  packNames: ReadonlyMap<string, string> = new Map(),
): string {
  if (item.origin !== 'built-in')
    return t('panel_packSource', packNames.get(item.origin.pack) ?? item.origin.pack);
  const labels = [...new Set(item.facts.flatMap((id) => facts.get(id)?.source ?? []))];
  return labels.length === 0 ? t('panel_ownAdvice') : t('panel_sourcePrefix', labels.join('; '));
}

/** Ranked tips and examples as the panel's advice cards. */
export function toAdviceItems(
  tips: readonly RankedTip[],
  examples: readonly RankedExample[],
  facts: ReadonlyMap<string, Fact>,
  packNames?: ReadonlyMap<string, string>,
): { tips: AdviceItem[]; examples: AdviceItem[] } {
  return {
    tips: tips.map(({ tip, reason }) => ({
      id: tip.id,
      kind: 'tip',
      title: tip.title,
      body: tip.body,
      reason,
      source: sourceLine(tip, facts, packNames),
    })),
    examples: examples.map(({ example, reason }) => ({
      id: example.id,
      kind: 'example',
      title: example.title,
      body: `${example.what} ${example.lesson}`,
      reason,
      source: sourceLine(example, facts, packNames),
    })),
  };
}
