import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from '../../playbook/signals';
import type { Rule } from '../types';
import { RULES } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const ruleFiles = readdirSync(here).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts',
);

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'check' in value;
}

describe('rule registry', () => {
  it.each(ruleFiles)('%s exports a rule named after its file, and it is registered', async (file) => {
    const mod: Record<string, unknown> = await import(`./${file}`);
    const rules = Object.values(mod).filter(isRule);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.id).toBe(basename(file, '.ts'));
    expect(RULES).toContain(rules[0]);
  });

  it('has exactly one rule for every finding id', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...FINDING_IDS].sort());
  });

  it('has a table-driven test beside every rule', () => {
    const tests = new Set(readdirSync(here).filter((f) => f.endsWith('.test.ts')));
    for (const file of ruleFiles) expect(tests, file).toContain(file.replace(/\.ts$/, '.test.ts'));
  });
});
