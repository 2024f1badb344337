import { describe, expect, it } from 'vitest';
import type { AnalysisInput } from '../types';
import { runRule } from '../testing';
import { nearLimit } from './near-limit';

describe('near-limit', () => {
  it.each<[string, string, Partial<AnalysisInput>, number | null]>([
    ['well under', 'a'.repeat(100), {}, null],
    ['just under 90%', 'a'.repeat(251), {}, null],
    ['at 90%', 'a'.repeat(252), {}, 28],
    ['at the limit', 'a'.repeat(280), {}, 0],
    ['over the limit is not "near"', 'a'.repeat(281), {}, null],
    ['LinkedIn near 3,000', 'a'.repeat(2950), { platform: 'linkedin' }, 50],
  ])('%s', (_name, text, input, remaining) => {
    const found = runRule(nearLimit, text, input);
    if (remaining === null) expect(found).toEqual([]);
    else expect(found.map((f) => [f.severity, f.params?.remaining])).toEqual([['info', remaining]]);
  });
});
