import { describe, expect, it } from 'vitest';
import { analyzeDraftWith } from './analyze';
import { analyzeDraft } from './index';

// A draft that raises checks and that the built-in playbook has tips for.
const input = { text: 'RT if you agree!!! #a #b #c #d #e', platform: 'x', locale: 'en' } as const;

describe('analyzeDraftWith', () => {
  it('gives the checks without tips or examples when no playbook is given', () => {
    const result = analyzeDraftWith(input);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.tips).toEqual([]);
    expect(result.examples).toEqual([]);
    expect(result.findings.map((f) => f.id)).toEqual(analyzeDraft(input).findings.map((f) => f.id));
  });

  it('ranks the playbook it is given, as analyzeDraft ranks the built-in one', () => {
    const builtIn = analyzeDraft(input);
    expect(builtIn.tips.length).toBeGreaterThan(0);
    const tips = builtIn.tips.map((r) => r.tip);
    const examples = builtIn.examples.map((r) => r.example);
    const given = analyzeDraftWith({ ...input, playbook: { tips, examples } });
    expect(given.tips.map((r) => r.tip.id)).toEqual(builtIn.tips.map((r) => r.tip.id));
  });
});
